// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! The event callbacks (事件订阅): a payload model per event of `schemas/events/` (its `x-event`), the
//! definitions they share, and the table of event names.
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
#[allow(unused_imports)]
use super::root::*;
/// One transcribed sentence (转写句子).
///
/// Generated from `schemas/events/meeting-asr-push.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct AsrSentence {
    /// Who spoke (发言人).
    ///
    /// Wire name `speaker`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub speaker: ::std::option::Option<AsrSpeaker>,
    /// When it was spoken (发言时间): Unix milliseconds as a string of digits (时间戳,毫秒).
    ///
    /// Wire name `speech_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub speech_time: ::std::option::Option<::std::string::String>,
    /// What was said, and its translations (发言内容).
    ///
    /// Wire name `content`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub content: ::std::option::Option<AsrSentenceContent>,
    /// ID of the sentence (句子 ID).
    ///
    /// Wire name `sid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sid: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl AsrSentence {
    /// A builder of [`AsrSentence`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::AsrSentenceBuilder {
        builders::AsrSentenceBuilder {
            speaker: ::std::option::Option::None,
            speech_time: ::std::option::Option::None,
            content: ::std::option::Option::None,
            sid: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for AsrSentence {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AsrSentence")
            .field("speaker", &self.speaker)
            .field("speech_time", &self.speech_time)
            .field("content", &self.content)
            .field("sid", &self.sid)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// The text of a transcribed sentence (发言内容).
///
/// Generated from `schemas/events/meeting-asr-push.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct AsrSentenceContent {
    /// The original text (原文内容).
    ///
    /// Wire name `text`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub text: ::std::option::Option<::std::string::String>,
    /// Language of the original (原文语言).
    ///
    /// Wire name `language`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub language: ::std::option::Option<::std::string::String>,
    /// Translations of the sentence (翻译).
    ///
    /// Wire name `translate`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub translate: ::std::option::Option<::std::vec::Vec<AsrTranslation>>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl AsrSentenceContent {
    /// A builder of [`AsrSentenceContent`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::AsrSentenceContentBuilder {
        builders::AsrSentenceContentBuilder {
            text: ::std::option::Option::None,
            language: ::std::option::Option::None,
            translate: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for AsrSentenceContent {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AsrSentenceContent")
            .field("text", &self.text)
            .field("language", &self.language)
            .field("translate", &self.translate)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// The speaker of a transcribed sentence (发言人).
///
/// Generated from `schemas/events/meeting-asr-push.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct AsrSpeaker {
    /// User ID (用户 ID), given only for users of the same enterprise.
    ///
    /// Wire name `userid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub userid: ::std::option::Option<::std::string::String>,
    /// Open ID (open_id), given for OAuth users.
    ///
    /// Wire name `open_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub open_id: ::std::option::Option<::std::string::String>,
    /// Temporary ID of the user in the meeting (会中临时 ID).
    ///
    /// Wire name `ms_open_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ms_open_id: ::std::option::Option<::std::string::String>,
    /// Name of the speaker in the meeting (发言人会中名称).
    ///
    /// Wire name `nickname`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub nickname: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl AsrSpeaker {
    /// A builder of [`AsrSpeaker`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::AsrSpeakerBuilder {
        builders::AsrSpeakerBuilder {
            userid: ::std::option::Option::None,
            open_id: ::std::option::Option::None,
            ms_open_id: ::std::option::Option::None,
            nickname: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for AsrSpeaker {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AsrSpeaker")
            .field("userid", &self.userid)
            .field("open_id", &self.open_id)
            .field("ms_open_id", &self.ms_open_id)
            .field("nickname", &self.nickname)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// A translation of a transcribed sentence (翻译).
///
/// Generated from `schemas/events/meeting-asr-push.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct AsrTranslation {
    /// The translated text (翻译内容).
    ///
    /// Wire name `text`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub text: ::std::option::Option<::std::string::String>,
    /// Language of the translation (翻译语言).
    ///
    /// Wire name `language`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub language: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl AsrTranslation {
    /// A builder of [`AsrTranslation`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::AsrTranslationBuilder {
        builders::AsrTranslationBuilder {
            text: ::std::option::Option::None,
            language: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for AsrTranslation {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AsrTranslation")
            .field("text", &self.text)
            .field("language", &self.language)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// A content of an asynchronous job (任务内容).
///
/// Generated from `schemas/events/control-definitions.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct AsyncJobContent {
    /// The content, a URL (url).
    ///
    /// Wire name `content`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub content: ::std::option::Option<::std::string::String>,
    /// Content type (内容类型): 1 video, 2 picture, 3 file by the page's comment, though its example sends the empty string; kept as any JSON value (no `type`), so both decode and re-encode unchanged.
    ///
    /// Wire name `type`, optional.
    #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
    pub content_type: ::std::option::Option<::serde_json::Value>,
    /// Why it failed (失败原因), for failed contents.
    ///
    /// Wire name `error_msg`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error_msg: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl AsyncJobContent {
    /// A builder of [`AsyncJobContent`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::AsyncJobContentBuilder {
        builders::AsyncJobContentBuilder {
            content: ::std::option::Option::None,
            content_type: ::std::option::Option::None,
            error_msg: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for AsyncJobContent {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AsyncJobContent")
            .field("content", &self.content)
            .field("content_type", &self.content_type)
            .field("error_msg", &self.error_msg)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// What an asynchronous job did, when the API sends it (任务信息): the contents that succeeded and those that failed.
///
/// Generated from `schemas/events/control-definitions.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct AsyncJobInfo {
    /// Contents handled (成功的内容).
    ///
    /// Wire name `success`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<::std::vec::Vec<AsyncJobContent>>,
    /// Contents that failed, with the reason (失败的内容).
    ///
    /// Wire name `failed`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub failed: ::std::option::Option<::std::vec::Vec<AsyncJobContent>>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl AsyncJobInfo {
    /// A builder of [`AsyncJobInfo`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::AsyncJobInfoBuilder {
        builders::AsyncJobInfoBuilder {
            success: ::std::option::Option::None,
            failed: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for AsyncJobInfo {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AsyncJobInfo")
            .field("success", &self.success)
            .field("failed", &self.failed)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// The enrolment an `enroll.cancel` event is about (报名信息).
///
/// Generated from `schemas/events/enroll-cancel.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct EnrollCancelInfo {
    /// Meeting ID (会议 ID).
    ///
    /// Wire name `meeting_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_id: ::std::option::Option<::std::string::String>,
    /// Enrolment ID (报名 ID).
    ///
    /// Wire name `enroll_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enroll_id: ::std::option::Option<i64>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl EnrollCancelInfo {
    /// A builder of [`EnrollCancelInfo`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::EnrollCancelInfoBuilder {
        builders::EnrollCancelInfoBuilder {
            meeting_id: ::std::option::Option::None,
            enroll_id: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for EnrollCancelInfo {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EnrollCancelInfo")
            .field("meeting_id", &self.meeting_id)
            .field("enroll_id", &self.enroll_id)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `enroll.cancel` (用户取消报名): a user cancelled an enrolment in a meeting or webinar (会议、网络研讨会).
///
/// Generated from `schemas/events/enroll-cancel.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct EnrollCancelPayload {
    /// When the operation happened (操作时间): Unix milliseconds (毫秒).
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// The user who cancelled (事件操作者).
    ///
    /// Wire name `operator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator: ::std::option::Option<EventUser>,
    /// The cancelled enrolment (报名信息).
    ///
    /// Wire name `enroll_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enroll_info: ::std::option::Option<EnrollCancelInfo>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl EnrollCancelPayload {
    /// A builder of [`EnrollCancelPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::EnrollCancelPayloadBuilder {
        builders::EnrollCancelPayloadBuilder {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            enroll_info: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for EnrollCancelPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EnrollCancelPayload")
            .field("operate_time", &self.operate_time)
            .field("operator", &self.operator)
            .field("enroll_info", &self.enroll_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Extra information of a participant event (扩展信息).
///
/// Generated from `schemas/events/definitions.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct EventExtendInfo {
    /// The personal data of the join link the user came by (客户透传字段), see create customer short URL.
    ///
    /// Wire name `customer_data`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub customer_data: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl EventExtendInfo {
    /// A builder of [`EventExtendInfo`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::EventExtendInfoBuilder {
        builders::EventExtendInfoBuilder {
            customer_data: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for EventExtendInfo {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EventExtendInfo")
            .field("customer_data", &self.customer_data)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
///Whether a meeting is external or internal (会议类型): 1 external (外部会议), 2 internal (内部会议). The smart-minutes table types it Integer; its example and the recording-completed example send the string "1" or "2": both are accepted and re-encoded as they came.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[serde(untagged)]
pub enum EventMediaSetType {
    /// The code as a number (the table): 1 external, 2 internal.
    Number(i64),
    /// The code as a string of digits (the example).
    Text(::std::string::String),
}
impl ::std::fmt::Display for EventMediaSetType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Number(x) => x.fmt(f),
            Self::Text(x) => x.fmt(f),
        }
    }
}
impl ::std::convert::From<i64> for EventMediaSetType {
    fn from(value: i64) -> Self {
        Self::Number(value)
    }
}
/// The meeting an event is about (会议信息). Which fields are present depends on the event: the sub-meeting fields come with recurring meetings in the recording and transcription events, `media_set_type` with the recording-completed and smart-minutes events.
///
/// Generated from `schemas/events/definitions.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
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
    /// Whether the meeting is external or internal (会议类型), sent by the recording-completed and smart-minutes events: 1 external (外部会议), 2 internal (内部会议).
    ///
    /// Wire name `media_set_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub media_set_type: ::std::option::Option<EventMediaSetType>,
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
    /// ID of the sub-meeting of a recurring meeting (周期性会议的子会议 ID), sent by the recording and transcription events.
    ///
    /// Wire name `sub_meeting_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sub_meeting_id: ::std::option::Option<::std::string::String>,
    /// Scheduled start of the sub-meeting (子会议开始时间), Unix seconds.
    ///
    /// Wire name `sub_meeting_start_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sub_meeting_start_time: ::std::option::Option<crate::EventTime>,
    /// Scheduled end of the sub-meeting (子会议结束时间), Unix seconds.
    ///
    /// Wire name `sub_meeting_end_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sub_meeting_end_time: ::std::option::Option<crate::EventTime>,
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
    /// Whether `meeting_id` is the main meeting's or a breakout room's (会议 ID 类型).
    ///
    /// Wire name `meeting_id_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_id_type: ::std::option::Option<crate::events::MeetingIdType>,
    /// Where the user went in or out (事件行为类型): the main meeting or a breakout room.
    ///
    /// Wire name `action_scene_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub action_scene_type: ::std::option::Option<crate::events::ActionSceneType>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
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
            media_set_type: ::std::option::Option::None,
            start_time: ::std::option::Option::None,
            end_time: ::std::option::Option::None,
            sub_meeting_id: ::std::option::Option::None,
            sub_meeting_start_time: ::std::option::Option::None,
            sub_meeting_end_time: ::std::option::Option::None,
            meeting_create_mode: ::std::option::Option::None,
            meeting_create_from: ::std::option::Option::None,
            meeting_id_type: ::std::option::Option::None,
            action_scene_type: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for EventMeetingInfo {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EventMeetingInfo")
            .field("meeting_id", &self.meeting_id)
            .field("meeting_code", &self.meeting_code)
            .field("subject", &self.subject)
            .field("creator", &self.creator)
            .field("creator_id", &self.creator_id)
            .field("hosts", &self.hosts)
            .field("meeting_type", &self.meeting_type)
            .field("media_set_type", &self.media_set_type)
            .field("start_time", &self.start_time)
            .field("end_time", &self.end_time)
            .field("sub_meeting_id", &self.sub_meeting_id)
            .field("sub_meeting_start_time", &self.sub_meeting_start_time)
            .field("sub_meeting_end_time", &self.sub_meeting_end_time)
            .field("meeting_create_mode", &self.meeting_create_mode)
            .field("meeting_create_from", &self.meeting_create_from)
            .field("meeting_id_type", &self.meeting_id_type)
            .field("action_scene_type", &self.action_scene_type)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// A meeting-room access (MRA) device as an event reports it (MRA 对象).
///
/// Generated from `schemas/events/rooms-definitions.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct EventMraAddress {
    /// Signalling protocol (信令协议).
    ///
    /// Wire name `protocol`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub protocol: ::std::option::Option<crate::MraProtocol>,
    /// Signalling address (信令地址).
    ///
    /// Wire name `dial_string`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub dial_string: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl EventMraAddress {
    /// A builder of [`EventMraAddress`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::EventMraAddressBuilder {
        builders::EventMraAddressBuilder {
            protocol: ::std::option::Option::None,
            dial_string: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for EventMraAddress {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EventMraAddress")
            .field("protocol", &self.protocol)
            .field("dial_string", &self.dial_string)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// A cloud-recording file an event is about (云录制文件, RecordingFiles 对象), in the recording and smart-minutes events.
///
/// Generated from `schemas/events/definitions.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct EventRecordingFile {
    /// Recording file ID (云录制文件 ID), as the recording and smart-minutes endpoints take it.
    ///
    /// Wire name `record_file_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub record_file_id: ::std::option::Option<::std::string::String>,
    /// Language of the transcript's translation (转写翻译), sent by the smart-minutes events.
    ///
    /// Wire name `lang`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub lang: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl EventRecordingFile {
    /// A builder of [`EventRecordingFile`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::EventRecordingFileBuilder {
        builders::EventRecordingFileBuilder {
            record_file_id: ::std::option::Option::None,
            lang: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for EventRecordingFile {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EventRecordingFile")
            .field("record_file_id", &self.record_file_id)
            .field("lang", &self.lang)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// The user whose role changed (被操作者,即角色变更的用户), with the new role.
///
/// Generated from `schemas/events/control-definitions.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct EventRoleChangedUser {
    /// User ID (用户 ID): the enterprise userid for users of the same enterprise, the open_id for OAuth users, the rooms_id for Rooms.
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
    /// Temporary ID of the user in the meeting (用户会中身份 ID).
    ///
    /// Wire name `ms_open_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ms_open_id: ::std::option::Option<::std::string::String>,
    /// Display name (用户名称).
    ///
    /// Wire name `user_name`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub user_name: ::std::option::Option<::std::string::String>,
    /// Name in the meeting (会中昵称).
    ///
    /// Wire name `nick_name`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub nick_name: ::std::option::Option<::std::string::String>,
    /// Device type of the user (用户的终端设备类型), a string of the device code such as "2".
    ///
    /// Wire name `instance_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// The user's role after the change (被操作者变更后的角色).
    ///
    /// Wire name `user_role`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub user_role: ::std::option::Option<crate::ParticipantRole>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl EventRoleChangedUser {
    /// A builder of [`EventRoleChangedUser`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::EventRoleChangedUserBuilder {
        builders::EventRoleChangedUserBuilder {
            userid: ::std::option::Option::None,
            open_id: ::std::option::Option::None,
            uuid: ::std::option::Option::None,
            ms_open_id: ::std::option::Option::None,
            user_name: ::std::option::Option::None,
            nick_name: ::std::option::Option::None,
            instance_id: ::std::option::Option::None,
            user_role: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for EventRoleChangedUser {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EventRoleChangedUser")
            .field("userid", &self.userid)
            .field("open_id", &self.open_id)
            .field("uuid", &self.uuid)
            .field("ms_open_id", &self.ms_open_id)
            .field("user_name", &self.user_name)
            .field("nick_name", &self.nick_name)
            .field("instance_id", &self.instance_id)
            .field("user_role", &self.user_role)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// A Tencent Meeting Rooms device of the meeting (Rooms 信息).
///
/// Generated from `schemas/events/definitions.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
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
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
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
impl ::std::fmt::Debug for EventRoomInfo {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EventRoomInfo")
            .field("meeting_room_id", &self.meeting_room_id)
            .field("meeting_room_name", &self.meeting_room_name)
            .field("rooms_id", &self.rooms_id)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// A user in an event: the operator (事件操作者), the creator (创建者) or a host (主持人). Which fields are present depends on the event and the user.
///
/// Generated from `schemas/events/definitions.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
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
    /// Name in the meeting (会中昵称).
    ///
    /// Wire name `nick_name`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub nick_name: ::std::option::Option<::std::string::String>,
    /// Identifier of a PSTN or MRA user (pstn/mra 用户唯一标识); such users may have no `userid` or `uuid`.
    ///
    /// Wire name `pstn_number`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pstn_number: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
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
            nick_name: ::std::option::Option::None,
            pstn_number: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for EventUser {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EventUser")
            .field("userid", &self.userid)
            .field("open_id", &self.open_id)
            .field("uuid", &self.uuid)
            .field("user_name", &self.user_name)
            .field("ms_open_id", &self.ms_open_id)
            .field("instance_id", &self.instance_id)
            .field("nick_name", &self.nick_name)
            .field("pstn_number", &self.pstn_number)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// The upload result of one material (素材上传信息).
///
/// Generated from `schemas/events/meeting-medium-uploaded.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
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
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
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
impl ::std::fmt::Debug for MediumUploadInfo {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MediumUploadInfo")
            .field("upload_status", &self.upload_status)
            .field("error_msg", &self.error_msg)
            .field("medium_type", &self.medium_type)
            .field("medium_url", &self.medium_url)
            .field("medium_id", &self.medium_id)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `meeting.asr-push` (实时转写推送): sentences of a meeting's real-time transcription, pushed once the push is turned on (开启/关闭实时转写推送, `POST /v1/asr/push-status`). The page's example is not valid JSON (comments, trailing commas): the example drops the comments and the trailing commas.
///
/// Generated from `schemas/events/meeting-asr-push.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct MeetingAsrPushPayload {
    /// The transcribed sentences (转写内容).
    ///
    /// Wire name `asr_content`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub asr_content: ::std::option::Option<::std::vec::Vec<AsrSentence>>,
    /// The meeting (会议信息).
    ///
    /// Wire name `meeting_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_info: ::std::option::Option<EventMeetingInfo>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl MeetingAsrPushPayload {
    /// A builder of [`MeetingAsrPushPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::MeetingAsrPushPayloadBuilder {
        builders::MeetingAsrPushPayloadBuilder {
            asr_content: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for MeetingAsrPushPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MeetingAsrPushPayload")
            .field("asr_content", &self.asr_content)
            .field("meeting_info", &self.meeting_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `meeting.canceled` (会议取消): the creator or an administrator cancelled a scheduled meeting from a client, the web or the REST cancel-meeting API.
///
/// Generated from `schemas/events/meeting-canceled.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
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
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
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
impl ::std::fmt::Debug for MeetingCanceledPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MeetingCanceledPayload")
            .field("operate_time", &self.operate_time)
            .field("operator", &self.operator)
            .field("cancel_reason", &self.cancel_reason)
            .field("meeting_info", &self.meeting_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `meeting.created` (会议创建): a meeting was created from a client, the web or the REST create-meeting API.
///
/// Generated from `schemas/events/meeting-created.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
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
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
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
impl ::std::fmt::Debug for MeetingCreatedPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MeetingCreatedPayload")
            .field("operate_time", &self.operate_time)
            .field("operator", &self.operator)
            .field("meeting_info", &self.meeting_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `meeting.end` (会议结束, page 51619): a host ended the meeting, or it emptied, around its scheduled end. When several of these happen, one event comes per reason: tell them apart by `meeting_end_type`. A webinar in preparation mode that never started sends none. The page's example is cut off inside `meeting_info` in the retrieved copy: closed after `end_time`, comments removed.
///
/// Generated from `schemas/events/meeting-end.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct MeetingEndPayload {
    /// When the event happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// Who ended the meeting (事件操作者).
    ///
    /// Wire name `operator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator: ::std::option::Option<EventUser>,
    /// Why the meeting ended (结束类型).
    ///
    /// Wire name `meeting_end_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_end_type: ::std::option::Option<crate::events::MeetingEndType>,
    /// The meeting (会议信息).
    ///
    /// Wire name `meeting_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_info: ::std::option::Option<EventMeetingInfo>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl MeetingEndPayload {
    /// A builder of [`MeetingEndPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::MeetingEndPayloadBuilder {
        builders::MeetingEndPayloadBuilder {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            meeting_end_type: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for MeetingEndPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MeetingEndPayload")
            .field("operate_time", &self.operate_time)
            .field("operator", &self.operator)
            .field("meeting_end_type", &self.meeting_end_type)
            .field("meeting_info", &self.meeting_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `meeting.job-results` (异步任务结果, page 86417): an asynchronous API job finished. The page names the jobs that report this way: the PSTN participant-detail query or export (查询 PSTN 参会数据明细, PSTN family, not in the SDKs) and setting a meeting room's background (设置会议室背景, service meeting_room, `POST /v1/meeting-rooms/{meeting_room_id}/background`); the virtual-background page (meetings) also points to it. It is kept with the control family's event definitions, not tied to one service. The page's example quotes neither `success` nor `failed` and carries `//` comments: quoted and removed.
///
/// Generated from `schemas/events/meeting-job-results.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct MeetingJobResultsPayload {
    /// When the job succeeded or failed (成功/失败时间点): Unix milliseconds, or a date and time string in the legacy envelope.
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// ID of the API request that started the job (api 请求 id): its `X-TC-Trace` response header.
    ///
    /// Wire name `request_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// Job ID (任务 ID), as the starting call answered it.
    ///
    /// Wire name `job_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub job_id: ::std::option::Option<::std::string::String>,
    /// Kind of job (任务类型): UPLOAD or DOWNLOAD.
    ///
    /// Wire name `job_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub job_type: ::std::option::Option<crate::events::AsyncJobType>,
    /// Whether the job succeeded (任务状态).
    ///
    /// Wire name `total_job_status`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub total_job_status: ::std::option::Option<bool>,
    /// Why the job failed (任务失败原因); empty on success.
    ///
    /// Wire name `error_msg`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error_msg: ::std::option::Option<::std::string::String>,
    /// What the job did (任务信息), when the API sends it (根据具体接口看是否发送任务信息).
    ///
    /// Wire name `job_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub job_info: ::std::option::Option<AsyncJobInfo>,
    /// The meeting of the job (会议信息), only when the job has one (如果有会议信息就发送).
    ///
    /// Wire name `meeting_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_info: ::std::option::Option<EventMeetingInfo>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl MeetingJobResultsPayload {
    /// A builder of [`MeetingJobResultsPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::MeetingJobResultsPayloadBuilder {
        builders::MeetingJobResultsPayloadBuilder {
            operate_time: ::std::option::Option::None,
            request_id: ::std::option::Option::None,
            job_id: ::std::option::Option::None,
            job_type: ::std::option::Option::None,
            total_job_status: ::std::option::Option::None,
            error_msg: ::std::option::Option::None,
            job_info: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for MeetingJobResultsPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MeetingJobResultsPayload")
            .field("operate_time", &self.operate_time)
            .field("request_id", &self.request_id)
            .field("job_id", &self.job_id)
            .field("job_type", &self.job_type)
            .field("total_job_status", &self.total_job_status)
            .field("error_msg", &self.error_msg)
            .field("job_info", &self.job_info)
            .field("meeting_info", &self.meeting_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `meeting.live-started` (直播开始): live streaming of a meeting started.
///
/// Generated from `schemas/events/meeting-live-started.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
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
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
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
impl ::std::fmt::Debug for MeetingLiveStartedPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MeetingLiveStartedPayload")
            .field("operate_time", &self.operate_time)
            .field("operator", &self.operator)
            .field("meeting_info", &self.meeting_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `meeting.live-stopped` (直播停止): live streaming of a meeting stopped.
///
/// Generated from `schemas/events/meeting-live-stopped.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
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
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
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
impl ::std::fmt::Debug for MeetingLiveStoppedPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MeetingLiveStoppedPayload")
            .field("operate_time", &self.operate_time)
            .field("operator", &self.operator)
            .field("meeting_info", &self.meeting_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `meeting.medium-uploaded` (素材上传结果): the materials (videos, pictures, files) of an API request, such as adding meeting backgrounds, were uploaded or failed to. The envelope's `trace_id` is the `X-TC-Trace` response header of that request.
///
/// Generated from `schemas/events/meeting-medium-uploaded.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
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
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
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
impl ::std::fmt::Debug for MeetingMediumUploadedPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MeetingMediumUploadedPayload")
            .field("operate_time", &self.operate_time)
            .field("event_upload_status", &self.event_upload_status)
            .field("upload_info", &self.upload_info)
            .field("meeting_info", &self.meeting_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `meeting.open-asr` (开启实时转写): real-time transcription was turned on in a meeting. The page's example is not valid JSON (comments, a missing comma, a trailing comma) and the captured copy is cut off inside `sub_meeting_start_time`: the example drops the comments, fixes the commas and completes the last two times like the `meeting.asr-push` page's.
///
/// Generated from `schemas/events/meeting-open-asr.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct MeetingOpenAsrPayload {
    /// When the operation happened (操作时间): Unix milliseconds (毫秒).
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// Who turned transcription on (事件操作者).
    ///
    /// Wire name `operator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator: ::std::option::Option<EventUser>,
    /// The meeting (会议信息).
    ///
    /// Wire name `meeting_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_info: ::std::option::Option<EventMeetingInfo>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl MeetingOpenAsrPayload {
    /// A builder of [`MeetingOpenAsrPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::MeetingOpenAsrPayloadBuilder {
        builders::MeetingOpenAsrPayloadBuilder {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for MeetingOpenAsrPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MeetingOpenAsrPayload")
            .field("operate_time", &self.operate_time)
            .field("operator", &self.operator)
            .field("meeting_info", &self.meeting_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `meeting.participant-admitted` (用户从等候室进入会议, page 51640): the host let a participant in from the waiting room. The page's example is cut off after `start_time` in the retrieved copy: closed there, comments removed; an older copy adds `extend_info`.
///
/// Generated from `schemas/events/meeting-participant-admitted.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct MeetingParticipantAdmittedPayload {
    /// When the event happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// The host who let the participant in (事件操作者).
    ///
    /// Wire name `operator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator: ::std::option::Option<EventUser>,
    /// The participant let in (事件被操作人); `user_name` only for users of the same enterprise.
    ///
    /// Wire name `to_operator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub to_operator: ::std::option::Option<EventUser>,
    /// The meeting (会议信息).
    ///
    /// Wire name `meeting_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_info: ::std::option::Option<EventMeetingInfo>,
    /// Extra information (扩展信息), such as the personal data of the join link used.
    ///
    /// Wire name `extend_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub extend_info: ::std::option::Option<EventExtendInfo>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl MeetingParticipantAdmittedPayload {
    /// A builder of [`MeetingParticipantAdmittedPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::MeetingParticipantAdmittedPayloadBuilder {
        builders::MeetingParticipantAdmittedPayloadBuilder {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            to_operator: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
            extend_info: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for MeetingParticipantAdmittedPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MeetingParticipantAdmittedPayload")
            .field("operate_time", &self.operate_time)
            .field("operator", &self.operator)
            .field("to_operator", &self.to_operator)
            .field("meeting_info", &self.meeting_info)
            .field("extend_info", &self.extend_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `meeting.participant-jbh-waiting` (用户等待主持人入会, page 51624): a participant joined a meeting that lets members in before the host (允许成员在主持人进会前加入会议), and the host is not there yet. Personal-meeting-ID meetings do not send it. The page's example, comments removed.
///
/// Generated from `schemas/events/meeting-participant-jbh-waiting.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct MeetingParticipantJbhWaitingPayload {
    /// When the event happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// The participant waiting for the host (事件操作者).
    ///
    /// Wire name `operator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator: ::std::option::Option<EventUser>,
    /// The meeting (会议信息).
    ///
    /// Wire name `meeting_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_info: ::std::option::Option<EventMeetingInfo>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl MeetingParticipantJbhWaitingPayload {
    /// A builder of [`MeetingParticipantJbhWaitingPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::MeetingParticipantJbhWaitingPayloadBuilder {
        builders::MeetingParticipantJbhWaitingPayloadBuilder {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for MeetingParticipantJbhWaitingPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MeetingParticipantJbhWaitingPayload")
            .field("operate_time", &self.operate_time)
            .field("operator", &self.operator)
            .field("meeting_info", &self.meeting_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `meeting.participant-joined` (用户入会, page 51620): a participant, host or not, joined the meeting. `operate_time` is when the join message was sent, close to the join time. The page's example is cut off after `action_scene_type` in the retrieved copy: closed there, comments removed; the older copy adds `extend_info`.
///
/// Generated from `schemas/events/meeting-participant-joined.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct MeetingParticipantJoinedPayload {
    /// When the event happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// The participant who joined (事件操作者).
    ///
    /// Wire name `operator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator: ::std::option::Option<EventUser>,
    /// The meeting (会议信息).
    ///
    /// Wire name `meeting_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_info: ::std::option::Option<EventMeetingInfo>,
    /// Extra information (扩展信息), such as the personal data of the join link used.
    ///
    /// Wire name `extend_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub extend_info: ::std::option::Option<EventExtendInfo>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl MeetingParticipantJoinedPayload {
    /// A builder of [`MeetingParticipantJoinedPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::MeetingParticipantJoinedPayloadBuilder {
        builders::MeetingParticipantJoinedPayloadBuilder {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
            extend_info: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for MeetingParticipantJoinedPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MeetingParticipantJoinedPayload")
            .field("operate_time", &self.operate_time)
            .field("operator", &self.operator)
            .field("meeting_info", &self.meeting_info)
            .field("extend_info", &self.extend_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `meeting.participant-joined-waiting-room` (用户进入等候室, page 51627): a participant entered the waiting room of a meeting that has one, each time they do. The page's example, comments removed.
///
/// Generated from `schemas/events/meeting-participant-joined-waiting-room.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct MeetingParticipantJoinedWaitingRoomPayload {
    /// When the event happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// The participant who entered the waiting room (事件操作者).
    ///
    /// Wire name `operator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator: ::std::option::Option<EventUser>,
    /// The meeting (会议信息).
    ///
    /// Wire name `meeting_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_info: ::std::option::Option<EventMeetingInfo>,
    /// Extra information (扩展信息), such as the personal data of the join link used.
    ///
    /// Wire name `extend_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub extend_info: ::std::option::Option<EventExtendInfo>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl MeetingParticipantJoinedWaitingRoomPayload {
    /// A builder of [`MeetingParticipantJoinedWaitingRoomPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::MeetingParticipantJoinedWaitingRoomPayloadBuilder {
        builders::MeetingParticipantJoinedWaitingRoomPayloadBuilder {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
            extend_info: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for MeetingParticipantJoinedWaitingRoomPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MeetingParticipantJoinedWaitingRoomPayload")
            .field("operate_time", &self.operate_time)
            .field("operator", &self.operator)
            .field("meeting_info", &self.meeting_info)
            .field("extend_info", &self.extend_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `meeting.participant-left` (用户离会, page 51622): a participant, host or not, left the meeting. The page's example, comments removed.
///
/// Generated from `schemas/events/meeting-participant-left.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct MeetingParticipantLeftPayload {
    /// When the event happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// The participant who left (事件操作者).
    ///
    /// Wire name `operator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator: ::std::option::Option<EventUser>,
    /// The meeting (会议信息).
    ///
    /// Wire name `meeting_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_info: ::std::option::Option<EventMeetingInfo>,
    /// Extra information (扩展信息), such as the personal data of the join link used.
    ///
    /// Wire name `extend_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub extend_info: ::std::option::Option<EventExtendInfo>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl MeetingParticipantLeftPayload {
    /// A builder of [`MeetingParticipantLeftPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::MeetingParticipantLeftPayloadBuilder {
        builders::MeetingParticipantLeftPayloadBuilder {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
            extend_info: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for MeetingParticipantLeftPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MeetingParticipantLeftPayload")
            .field("operate_time", &self.operate_time)
            .field("operator", &self.operator)
            .field("meeting_info", &self.meeting_info)
            .field("extend_info", &self.extend_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `meeting.participant-left-waiting-room` (用户离开等候室): a participant left the waiting room, by themselves or removed by the host. No current page was retrieved: transcribed from the older copy of the page, whose example is used (comments removed).
///
/// Generated from `schemas/events/meeting-participant-left-waiting-room.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct MeetingParticipantLeftWaitingRoomPayload {
    /// When the event happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// Who acted (事件操作者).
    ///
    /// Wire name `operator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator: ::std::option::Option<EventUser>,
    /// The participant who left the waiting room (事件被操作人).
    ///
    /// Wire name `to_operator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub to_operator: ::std::option::Option<EventUser>,
    /// Why the participant left (离开原因), free text such as 主动离开 (left by themselves).
    ///
    /// Wire name `leave_reason`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub leave_reason: ::std::option::Option<::std::string::String>,
    /// The meeting (会议信息).
    ///
    /// Wire name `meeting_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_info: ::std::option::Option<EventMeetingInfo>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl MeetingParticipantLeftWaitingRoomPayload {
    /// A builder of [`MeetingParticipantLeftWaitingRoomPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::MeetingParticipantLeftWaitingRoomPayloadBuilder {
        builders::MeetingParticipantLeftWaitingRoomPayloadBuilder {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            to_operator: ::std::option::Option::None,
            leave_reason: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for MeetingParticipantLeftWaitingRoomPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MeetingParticipantLeftWaitingRoomPayload")
            .field("operate_time", &self.operate_time)
            .field("operator", &self.operator)
            .field("to_operator", &self.to_operator)
            .field("leave_reason", &self.leave_reason)
            .field("meeting_info", &self.meeting_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `meeting.participant-put-in-waiting-room` (用户从会议中被移入等候室): the host moved a participant from the meeting into the waiting room. No current page was retrieved: transcribed from the older copy of the page, whose example is used (comments removed).
///
/// Generated from `schemas/events/meeting-participant-put-in-waiting-room.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct MeetingParticipantPutInWaitingRoomPayload {
    /// When the event happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// The host who moved the participant (事件操作者).
    ///
    /// Wire name `operator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator: ::std::option::Option<EventUser>,
    /// The participant moved (事件被操作人).
    ///
    /// Wire name `to_operator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub to_operator: ::std::option::Option<EventUser>,
    /// The meeting (会议信息).
    ///
    /// Wire name `meeting_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_info: ::std::option::Option<EventMeetingInfo>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl MeetingParticipantPutInWaitingRoomPayload {
    /// A builder of [`MeetingParticipantPutInWaitingRoomPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::MeetingParticipantPutInWaitingRoomPayloadBuilder {
        builders::MeetingParticipantPutInWaitingRoomPayloadBuilder {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            to_operator: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for MeetingParticipantPutInWaitingRoomPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MeetingParticipantPutInWaitingRoomPayload")
            .field("operate_time", &self.operate_time)
            .field("operator", &self.operator)
            .field("to_operator", &self.to_operator)
            .field("meeting_info", &self.meeting_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `meeting.participant-role-changed` (会议用户角色变更, page 64639): a user's role changed in a meeting, for example by the set-co-host call. The page's example is cut off after `meeting_create_mode` in the retrieved copy: closed here.
///
/// Generated from `schemas/events/meeting-participant-role-changed.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct MeetingParticipantRoleChangedPayload {
    /// When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// Who changed the role (事件操作者).
    ///
    /// Wire name `operator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator: ::std::option::Option<EventUser>,
    /// The user whose role changed, with the new role (被操作者).
    ///
    /// Wire name `to_operator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub to_operator: ::std::option::Option<EventRoleChangedUser>,
    /// The meeting (会议信息).
    ///
    /// Wire name `meeting_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_info: ::std::option::Option<EventMeetingInfo>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl MeetingParticipantRoleChangedPayload {
    /// A builder of [`MeetingParticipantRoleChangedPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::MeetingParticipantRoleChangedPayloadBuilder {
        builders::MeetingParticipantRoleChangedPayloadBuilder {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            to_operator: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for MeetingParticipantRoleChangedPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MeetingParticipantRoleChangedPayload")
            .field("operate_time", &self.operate_time)
            .field("operator", &self.operator)
            .field("to_operator", &self.to_operator)
            .field("meeting_info", &self.meeting_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `meeting.phone.participant-status-updated` (PSTN 外呼状态更新, page 80737): the state of a telephone call-out changed; call-outs and their cancellations (service pstn) report their outcome this way. The payload does not name the phone number called.
///
/// Generated from `schemas/events/meeting-phone-participant-status-updated.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct MeetingPhoneParticipantStatusUpdatedPayload {
    /// When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// Who placed the call (事件操作者).
    ///
    /// Wire name `operator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator: ::std::option::Option<EventUser>,
    /// The meeting (会议信息).
    ///
    /// Wire name `meeting_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_info: ::std::option::Option<EventMeetingInfo>,
    /// The call-out's new state (外呼状态).
    ///
    /// Wire name `status`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<crate::events::PstnCallStatus>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl MeetingPhoneParticipantStatusUpdatedPayload {
    /// A builder of [`MeetingPhoneParticipantStatusUpdatedPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::MeetingPhoneParticipantStatusUpdatedPayloadBuilder {
        builders::MeetingPhoneParticipantStatusUpdatedPayloadBuilder {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
            status: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for MeetingPhoneParticipantStatusUpdatedPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MeetingPhoneParticipantStatusUpdatedPayload")
            .field("operate_time", &self.operate_time)
            .field("operator", &self.operator)
            .field("meeting_info", &self.meeting_info)
            .field("status", &self.status)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `meeting.share-screen-close` (共享屏幕结束): screen sharing ended in a meeting, for example after the stop-screen-share call. The current page was not retrieved: this follows an older copy of the docs (third-party copy), whose example has fewer user fields than the opening event's current page; the shape is the same as `meeting.share-screen-open`.
///
/// Generated from `schemas/events/meeting-share-screen-close.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct MeetingShareScreenClosePayload {
    /// When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// Who stopped sharing (事件操作者).
    ///
    /// Wire name `operator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator: ::std::option::Option<EventUser>,
    /// The meeting (会议信息).
    ///
    /// Wire name `meeting_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_info: ::std::option::Option<EventMeetingInfo>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl MeetingShareScreenClosePayload {
    /// A builder of [`MeetingShareScreenClosePayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::MeetingShareScreenClosePayloadBuilder {
        builders::MeetingShareScreenClosePayloadBuilder {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for MeetingShareScreenClosePayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MeetingShareScreenClosePayload")
            .field("operate_time", &self.operate_time)
            .field("operator", &self.operator)
            .field("meeting_info", &self.meeting_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `meeting.share-screen-open` (共享屏幕开启, page 59453): screen sharing started in a meeting. The page's example lacks commas after two `user_name` lines: added.
///
/// Generated from `schemas/events/meeting-share-screen-open.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct MeetingShareScreenOpenPayload {
    /// When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// Who started sharing (事件操作者).
    ///
    /// Wire name `operator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator: ::std::option::Option<EventUser>,
    /// The meeting (会议信息).
    ///
    /// Wire name `meeting_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_info: ::std::option::Option<EventMeetingInfo>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl MeetingShareScreenOpenPayload {
    /// A builder of [`MeetingShareScreenOpenPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::MeetingShareScreenOpenPayloadBuilder {
        builders::MeetingShareScreenOpenPayloadBuilder {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for MeetingShareScreenOpenPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MeetingShareScreenOpenPayload")
            .field("operate_time", &self.operate_time)
            .field("operator", &self.operator)
            .field("meeting_info", &self.meeting_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `meeting.started` (会议开始, page 51618): a host (the creator or an alternative host) entered the meeting from a client, a mini program, Rooms or a SIP device. The example is the older copy of the page's (comments removed); the current page carries the user fields of `meeting.updated` (open_id, ms_open_id, instance_id) and `meeting_create_from`, all properties of the shared definitions.
///
/// Generated from `schemas/events/meeting-started.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct MeetingStartedPayload {
    /// When the event happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// The host who entered (事件操作者).
    ///
    /// Wire name `operator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator: ::std::option::Option<EventUser>,
    /// The meeting (会议信息).
    ///
    /// Wire name `meeting_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_info: ::std::option::Option<EventMeetingInfo>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl MeetingStartedPayload {
    /// A builder of [`MeetingStartedPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::MeetingStartedPayloadBuilder {
        builders::MeetingStartedPayloadBuilder {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for MeetingStartedPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MeetingStartedPayload")
            .field("operate_time", &self.operate_time)
            .field("operator", &self.operator)
            .field("meeting_info", &self.meeting_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `meeting.unmute-all` (会议解除全体静音, page 70218): mute-all was lifted in a meeting, for example by the in-meeting settings call with `mute_all` false. Lifting and setting mute-all do not come in pairs: several lifts may follow one another (解除全体静音和全体静音并非成对出现).
///
/// Generated from `schemas/events/meeting-unmute-all.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct MeetingUnmuteAllPayload {
    /// When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// Who lifted mute-all (事件操作者).
    ///
    /// Wire name `operator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator: ::std::option::Option<EventUser>,
    /// The meeting (会议信息).
    ///
    /// Wire name `meeting_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_info: ::std::option::Option<EventMeetingInfo>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl MeetingUnmuteAllPayload {
    /// A builder of [`MeetingUnmuteAllPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::MeetingUnmuteAllPayloadBuilder {
        builders::MeetingUnmuteAllPayloadBuilder {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for MeetingUnmuteAllPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MeetingUnmuteAllPayload")
            .field("operate_time", &self.operate_time)
            .field("operator", &self.operator)
            .field("meeting_info", &self.meeting_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `meeting.updated` (会议更新): the creator or an administrator changed a scheduled meeting from a client, the web or the REST modify-meeting API. Personal-meeting-ID (PMI) meetings do not send it.
///
/// Generated from `schemas/events/meeting-updated.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
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
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
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
impl ::std::fmt::Debug for MeetingUpdatedPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MeetingUpdatedPayload")
            .field("operate_time", &self.operate_time)
            .field("operator", &self.operator)
            .field("meeting_info", &self.meeting_info)
            .field("rooms_info", &self.rooms_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// The application an OAuth event is about (应用基础信息).
///
/// Generated from `schemas/events/users-definitions.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct OauthAppInfo {
    /// ID of the application (应用 ID).
    ///
    /// Wire name `sdk_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sdk_id: ::std::option::Option<OauthAppSdkId>,
    /// Name of the application (应用名称).
    ///
    /// Wire name `app_name`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub app_name: ::std::option::Option<::std::string::String>,
    /// Level of the application (应用类型).
    ///
    /// Wire name `app_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub app_type: ::std::option::Option<crate::events::OauthAppType>,
    /// Whether the application is promoted to other enterprises (是否推广应用).
    ///
    /// Wire name `is_app_publish`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub is_app_publish: ::std::option::Option<bool>,
    /// Categories of the application, comma-separated (应用类目), such as `APP_MARKETING_MANAGE,APP_CUSTOMER_SERVICE`.
    ///
    /// Wire name `app_classes`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub app_classes: ::std::option::Option<::std::string::String>,
    /// When the application was created (应用创建时间戳), in Unix seconds.
    ///
    /// Wire name `app_create_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub app_create_time: ::std::option::Option<crate::EventTime>,
    /// State of the application (应用状态).
    ///
    /// Wire name `app_status`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub app_status: ::std::option::Option<crate::events::OauthAppStatus>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl OauthAppInfo {
    /// A builder of [`OauthAppInfo`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::OauthAppInfoBuilder {
        builders::OauthAppInfoBuilder {
            sdk_id: ::std::option::Option::None,
            app_name: ::std::option::Option::None,
            app_type: ::std::option::Option::None,
            is_app_publish: ::std::option::Option::None,
            app_classes: ::std::option::Option::None,
            app_create_time: ::std::option::Option::None,
            app_status: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for OauthAppInfo {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("OauthAppInfo")
            .field("sdk_id", &self.sdk_id)
            .field("app_name", &self.app_name)
            .field("app_type", &self.app_type)
            .field("is_app_publish", &self.is_app_publish)
            .field("app_classes", &self.app_classes)
            .field("app_create_time", &self.app_create_time)
            .field("app_status", &self.app_status)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
///ID of an application (应用 ID): most pages' examples send a string of digits, the 授权应用 page (oauth.auth-user) a number; both are accepted.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[serde(untagged)]
pub enum OauthAppSdkId {
    /// The ID as a string (most examples).
    Text(::std::string::String),
    /// The ID as a number (the oauth.auth-user example).
    Number(i64),
}
impl ::std::fmt::Display for OauthAppSdkId {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Text(x) => x.fmt(f),
            Self::Number(x) => x.fmt(f),
        }
    }
}
impl ::std::convert::From<i64> for OauthAppSdkId {
    fn from(value: i64) -> Self {
        Self::Number(value)
    }
}
/// One item of the `payload` of the event `oauth.auth-user` (授权应用: a user authorized the application, or an administrator authorized it for employees (用户自主授权或者管理员为员工授权该应用)). Page 1095/105273. Its example sends `sdk_id` as a number, the other pages as a string (`OauthAppSdkId` accepts both). The example is the page's, comments removed.
///
/// Generated from `schemas/events/oauth-auth-user.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct OauthAuthUserPayload {
    /// When the operation happened (事件操作时间戳), in Unix milliseconds (毫秒).
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// Who triggered the event (事件操作者).
    ///
    /// Wire name `operator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator: ::std::option::Option<OauthEventOperator>,
    /// The users who authorized the application (授权的用户 open_id 列表).
    ///
    /// Wire name `oauth_open_id_list`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub oauth_open_id_list: ::std::option::Option<::std::vec::Vec<OauthOpenId>>,
    /// The application (应用基础信息).
    ///
    /// Wire name `app_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub app_info: ::std::option::Option<OauthAppInfo>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl OauthAuthUserPayload {
    /// A builder of [`OauthAuthUserPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::OauthAuthUserPayloadBuilder {
        builders::OauthAuthUserPayloadBuilder {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            oauth_open_id_list: ::std::option::Option::None,
            app_info: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for OauthAuthUserPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("OauthAuthUserPayload")
            .field("operate_time", &self.operate_time)
            .field("operator", &self.operator)
            .field("oauth_open_id_list", &self.oauth_open_id_list)
            .field("app_info", &self.app_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `oauth.cancel-auth` (取消授权: a user withdrew the application's authorization, or an administrator withdrew it for employees in bulk (用户取消授权应用或者管理员批量取消授权员工该应用)). Page 1095/97929, the successor of `oauth.user-cancel-auth`. The example is the page's, comments removed.
///
/// Generated from `schemas/events/oauth-cancel-auth.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct OauthCancelAuthPayload {
    /// When the operation happened (事件操作时间戳), in Unix milliseconds (毫秒).
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// Who triggered the event (事件操作者).
    ///
    /// Wire name `operator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator: ::std::option::Option<OauthEventOperator>,
    /// The users whose authorization was withdrawn (被取消授权的用户 open_id 列表).
    ///
    /// Wire name `cancel_open_id_list`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cancel_open_id_list: ::std::option::Option<::std::vec::Vec<OauthOpenId>>,
    /// The application (应用基础信息).
    ///
    /// Wire name `app_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub app_info: ::std::option::Option<OauthAppInfo>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl OauthCancelAuthPayload {
    /// A builder of [`OauthCancelAuthPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::OauthCancelAuthPayloadBuilder {
        builders::OauthCancelAuthPayloadBuilder {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            cancel_open_id_list: ::std::option::Option::None,
            app_info: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for OauthCancelAuthPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("OauthCancelAuthPayload")
            .field("operate_time", &self.operate_time)
            .field("operator", &self.operator)
            .field("cancel_open_id_list", &self.cancel_open_id_list)
            .field("app_info", &self.app_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `oauth.corp-auth` (开通应用: an enterprise administrator opened the application to the enterprise's members in the admin console (企业管理员后台开通应用)). Only an older copy of the docs was found (腾讯会议 API 文档, 事件订阅 \> 应用管理事件); the example is its, comments removed.
///
/// Generated from `schemas/events/oauth-corp-auth.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct OauthCorpAuthPayload {
    /// When the operation happened (事件操作时间戳), in Unix milliseconds (毫秒).
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// Who triggered the event (事件操作者).
    ///
    /// Wire name `operator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator: ::std::option::Option<OauthEventOperator>,
    /// Whether the application is opened for the first time (是否首次).
    ///
    /// Wire name `is_first`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub is_first: ::std::option::Option<bool>,
    /// The application (应用基础信息).
    ///
    /// Wire name `app_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub app_info: ::std::option::Option<OauthAppInfo>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl OauthCorpAuthPayload {
    /// A builder of [`OauthCorpAuthPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::OauthCorpAuthPayloadBuilder {
        builders::OauthCorpAuthPayloadBuilder {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            is_first: ::std::option::Option::None,
            app_info: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for OauthCorpAuthPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("OauthCorpAuthPayload")
            .field("operate_time", &self.operate_time)
            .field("operator", &self.operator)
            .field("is_first", &self.is_first)
            .field("app_info", &self.app_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `oauth.corp-cancel-auth` (停用应用: an enterprise administrator stopped the application in the admin console (企业管理员后台停用应用)). Only an older copy of the docs was found (腾讯会议 API 文档, 事件订阅 \> 应用管理事件); the example is its, comments removed.
///
/// Generated from `schemas/events/oauth-corp-cancel-auth.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct OauthCorpCancelAuthPayload {
    /// When the operation happened (事件操作时间戳), in Unix milliseconds (毫秒).
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// Who triggered the event (事件操作者).
    ///
    /// Wire name `operator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator: ::std::option::Option<OauthEventOperator>,
    /// The application (应用基础信息).
    ///
    /// Wire name `app_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub app_info: ::std::option::Option<OauthAppInfo>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl OauthCorpCancelAuthPayload {
    /// A builder of [`OauthCorpCancelAuthPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::OauthCorpCancelAuthPayloadBuilder {
        builders::OauthCorpCancelAuthPayloadBuilder {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            app_info: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for OauthCorpCancelAuthPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("OauthCorpCancelAuthPayload")
            .field("operate_time", &self.operate_time)
            .field("operator", &self.operator)
            .field("app_info", &self.app_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Who triggered an OAuth application event (事件操作者).
///
/// Generated from `schemas/events/users-definitions.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct OauthEventOperator {
    /// ID of the operator (事件操作者 id): the enterprise userid for users of the same enterprise, the openId for OAuth users, the roomsId for Rooms.
    ///
    /// Wire name `userid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub userid: ::std::option::Option<::std::string::String>,
    /// Open ID of the operator (事件操作者 open_id).
    ///
    /// Wire name `open_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub open_id: ::std::option::Option<::std::string::String>,
    /// User identity ID of the operator (事件操作者 uuid).
    ///
    /// Wire name `uuid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub uuid: ::std::option::Option<::std::string::String>,
    /// Name of the operator (事件操作者名称).
    ///
    /// Wire name `user_name`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub user_name: ::std::option::Option<::std::string::String>,
    /// ID of the operator's enterprise (企业 id).
    ///
    /// Wire name `app_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub app_id: ::std::option::Option<::std::string::String>,
    /// Open ID of the operator's enterprise (企业的对外 id).
    ///
    /// Wire name `open_corp_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub open_corp_id: ::std::option::Option<::std::string::String>,
    /// What the operator is in the enterprise (操作者类型).
    ///
    /// Wire name `role_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub role_type: ::std::option::Option<crate::events::OauthOperatorRole>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl OauthEventOperator {
    /// A builder of [`OauthEventOperator`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::OauthEventOperatorBuilder {
        builders::OauthEventOperatorBuilder {
            userid: ::std::option::Option::None,
            open_id: ::std::option::Option::None,
            uuid: ::std::option::Option::None,
            user_name: ::std::option::Option::None,
            app_id: ::std::option::Option::None,
            open_corp_id: ::std::option::Option::None,
            role_type: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for OauthEventOperator {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("OauthEventOperator")
            .field("userid", &self.userid)
            .field("open_id", &self.open_id)
            .field("uuid", &self.uuid)
            .field("user_name", &self.user_name)
            .field("app_id", &self.app_id)
            .field("open_corp_id", &self.open_corp_id)
            .field("role_type", &self.role_type)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// A user named by open_id in an OAuth event's list (授权或取消授权的用户).
///
/// Generated from `schemas/events/users-definitions.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct OauthOpenId {
    /// The user's open_id (用户 open_id).
    ///
    /// Wire name `open_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub open_id: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl OauthOpenId {
    /// A builder of [`OauthOpenId`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::OauthOpenIdBuilder {
        builders::OauthOpenIdBuilder {
            open_id: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for OauthOpenId {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("OauthOpenId")
            .field("open_id", &self.open_id)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `oauth.user-auth` (授权应用: a user authorized the application (用户授权该应用)). Page 1095/58787; the later pages name 授权应用 `oauth.auth-user` (1095/105273). The example is the page's, comments removed.
///
/// Generated from `schemas/events/oauth-user-auth.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct OauthUserAuthPayload {
    /// When the operation happened (事件操作时间戳), in Unix milliseconds (毫秒).
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// Who triggered the event (事件操作者).
    ///
    /// Wire name `operator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator: ::std::option::Option<OauthEventOperator>,
    /// The application (应用基础信息).
    ///
    /// Wire name `app_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub app_info: ::std::option::Option<OauthAppInfo>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl OauthUserAuthPayload {
    /// A builder of [`OauthUserAuthPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::OauthUserAuthPayloadBuilder {
        builders::OauthUserAuthPayloadBuilder {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            app_info: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for OauthUserAuthPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("OauthUserAuthPayload")
            .field("operate_time", &self.operate_time)
            .field("operator", &self.operator)
            .field("app_info", &self.app_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `oauth.user-cancel-auth` (取消授权: a user withdrew the application's authorization (用户取消应用)). Page 1095/58788, which asks subscribers to move to the new event `oauth.cancel-auth` (1095/97929) and not to subscribe to both. The example is the page's, comments removed.
///
/// Generated from `schemas/events/oauth-user-cancel-auth.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct OauthUserCancelAuthPayload {
    /// When the operation happened (事件操作时间戳), in Unix milliseconds (毫秒).
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// Who triggered the event (事件操作者).
    ///
    /// Wire name `operator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator: ::std::option::Option<OauthEventOperator>,
    /// The application (应用基础信息).
    ///
    /// Wire name `app_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub app_info: ::std::option::Option<OauthAppInfo>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl OauthUserCancelAuthPayload {
    /// A builder of [`OauthUserCancelAuthPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::OauthUserCancelAuthPayloadBuilder {
        builders::OauthUserCancelAuthPayloadBuilder {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            app_info: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for OauthUserCancelAuthPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("OauthUserCancelAuthPayload")
            .field("operate_time", &self.operate_time)
            .field("operator", &self.operator)
            .field("app_info", &self.app_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// An application to view a cloud recording (云录制查看申请信息).
///
/// Generated from `schemas/events/records-definitions.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RecordingApplyInfo {
    /// Meeting recording ID (会议录制 ID) applied for.
    ///
    /// Wire name `meeting_record_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_record_id: ::std::option::Option<::std::string::String>,
    /// Application ID (申请 ID), as the approval API `PUT /v1/records/approvals/{meeting_record_id}` takes it in `apply_id_list`.
    ///
    /// Wire name `apply_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub apply_id: ::std::option::Option<::std::string::String>,
    /// What the applicant wrote (申请说明); the wire name is spelled so.
    ///
    /// Wire name `apply_spesification`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub apply_spesification: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RecordingApplyInfo {
    /// A builder of [`RecordingApplyInfo`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RecordingApplyInfoBuilder {
        builders::RecordingApplyInfoBuilder {
            meeting_record_id: ::std::option::Option::None,
            apply_id: ::std::option::Option::None,
            apply_spesification: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RecordingApplyInfo {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RecordingApplyInfo")
            .field("meeting_record_id", &self.meeting_record_id)
            .field("apply_id", &self.apply_id)
            .field("apply_spesification", &self.apply_spesification)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `recording.apply` (云录制查看申请): a user applied to view a cloud recording; decide with `PUT /v1/records/approvals/{meeting_record_id}`. Page 90396; its example has comments and lacks a comma after `record_apply_info`, fixed here.
///
/// Generated from `schemas/events/recording-apply.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RecordingApplyPayload {
    /// When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// Who applied (事件操作者): the userid for members of the same enterprise, the openId for OAuth users, the roomsId for Rooms.
    ///
    /// Wire name `operator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator: ::std::option::Option<EventUser>,
    /// The application (云录制查看申请信息).
    ///
    /// Wire name `record_apply_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub record_apply_info: ::std::option::Option<RecordingApplyInfo>,
    /// The meeting (会议信息), with `sub_meeting_id`, `sub_meeting_start_time` and `sub_meeting_end_time` for a recurring meeting.
    ///
    /// Wire name `meeting_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_info: ::std::option::Option<EventMeetingInfo>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RecordingApplyPayload {
    /// A builder of [`RecordingApplyPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RecordingApplyPayloadBuilder {
        builders::RecordingApplyPayloadBuilder {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            record_apply_info: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RecordingApplyPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RecordingApplyPayload")
            .field("operate_time", &self.operate_time)
            .field("operator", &self.operator)
            .field("record_apply_info", &self.record_apply_info)
            .field("meeting_info", &self.meeting_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `recording.clipped` (云录制剪辑生成): the meeting creator clipped a recording and the clip files were made. Page 90393; its example has comments and lacks a comma after the operator's `user_name`, fixed here.
///
/// Generated from `schemas/events/recording-clipped.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RecordingClippedPayload {
    /// When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// Who clipped the recording (事件操作者): the userid for members of the same enterprise, the openId for OAuth users, the roomsId for Rooms.
    ///
    /// Wire name `operator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator: ::std::option::Option<EventUser>,
    /// The new clip files (新增剪辑文件列表信息).
    ///
    /// Wire name `recording_files`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub recording_files: ::std::option::Option<::std::vec::Vec<EventRecordingFile>>,
    /// The meeting (会议信息).
    ///
    /// Wire name `meeting_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_info: ::std::option::Option<EventMeetingInfo>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RecordingClippedPayload {
    /// A builder of [`RecordingClippedPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RecordingClippedPayloadBuilder {
        builders::RecordingClippedPayloadBuilder {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            recording_files: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RecordingClippedPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RecordingClippedPayload")
            .field("operate_time", &self.operate_time)
            .field("operator", &self.operator)
            .field("recording_files", &self.recording_files)
            .field("meeting_info", &self.meeting_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `recording.completed` (云录制已完成): the meeting ended and its cloud recording finished transcoding; the files can now be listed and downloaded. Page 53230; its example's comments are removed here.
///
/// Generated from `schemas/events/recording-completed.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RecordingCompletedPayload {
    /// When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// The recording's files (云录制文件列表信息).
    ///
    /// Wire name `recording_files`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub recording_files: ::std::option::Option<::std::vec::Vec<EventRecordingFile>>,
    /// The meeting (会议信息), with `media_set_type` as a string: "1" external meeting (外部会议), "2" internal meeting (内部会议).
    ///
    /// Wire name `meeting_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_info: ::std::option::Option<EventMeetingInfo>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RecordingCompletedPayload {
    /// A builder of [`RecordingCompletedPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RecordingCompletedPayloadBuilder {
        builders::RecordingCompletedPayloadBuilder {
            operate_time: ::std::option::Option::None,
            recording_files: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RecordingCompletedPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RecordingCompletedPayload")
            .field("operate_time", &self.operate_time)
            .field("recording_files", &self.recording_files)
            .field("meeting_info", &self.meeting_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `recording.deleted` (删除云录制): the meeting creator, an administrator or an API call (`DELETE /v1/records`, `DELETE /v1/records/{record_file_id}`) deleted cloud-recording files. Page 53232; its example has comments and lacks two commas (after the operator's and the creator's `user_name`), fixed here. Uploaded recording files carry no `meeting_info` (上传类型的录制文件不返回该信息).
///
/// Generated from `schemas/events/recording-deleted.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RecordingDeletedPayload {
    /// When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// Who deleted the files (事件操作者): the userid for members of the same enterprise, the openId for OAuth users, the roomsId for Rooms.
    ///
    /// Wire name `operator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator: ::std::option::Option<EventUser>,
    /// The deleted files (云录制文件列表信息).
    ///
    /// Wire name `recording_files`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub recording_files: ::std::option::Option<::std::vec::Vec<EventRecordingFile>>,
    /// The meeting (会议信息). Absent for uploaded recording files.
    ///
    /// Wire name `meeting_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_info: ::std::option::Option<EventMeetingInfo>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RecordingDeletedPayload {
    /// A builder of [`RecordingDeletedPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RecordingDeletedPayloadBuilder {
        builders::RecordingDeletedPayloadBuilder {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            recording_files: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RecordingDeletedPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RecordingDeletedPayload")
            .field("operate_time", &self.operate_time)
            .field("operator", &self.operator)
            .field("recording_files", &self.recording_files)
            .field("meeting_info", &self.meeting_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// The meeting recording an event is about (录制信息).
///
/// Generated from `schemas/events/records-definitions.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RecordingEventRecordInfo {
    /// Meeting recording ID (会议录制 ID) of the recording that changed.
    ///
    /// Wire name `meeting_record_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_record_id: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RecordingEventRecordInfo {
    /// A builder of [`RecordingEventRecordInfo`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RecordingEventRecordInfoBuilder {
        builders::RecordingEventRecordInfoBuilder {
            meeting_record_id: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RecordingEventRecordInfo {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RecordingEventRecordInfo")
            .field("meeting_record_id", &self.meeting_record_id)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `recording.failed` (云录制失败): the meeting ended and transcoding its cloud recording failed. Its current page was not found in the stored copies: transcribed from the older copy of the docs, whose example's comments are removed here.
///
/// Generated from `schemas/events/recording-failed.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RecordingFailedPayload {
    /// When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// The operator the event names (事件操作者): the userid for members of the same enterprise, the openId for OAuth users, the roomsId for Rooms.
    ///
    /// Wire name `operator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator: ::std::option::Option<EventUser>,
    /// The recording's files (云录制文件列表信息).
    ///
    /// Wire name `recording_files`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub recording_files: ::std::option::Option<::std::vec::Vec<EventRecordingFile>>,
    /// The meeting (会议信息).
    ///
    /// Wire name `meeting_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_info: ::std::option::Option<EventMeetingInfo>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RecordingFailedPayload {
    /// A builder of [`RecordingFailedPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RecordingFailedPayloadBuilder {
        builders::RecordingFailedPayloadBuilder {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            recording_files: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RecordingFailedPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RecordingFailedPayload")
            .field("operate_time", &self.operate_time)
            .field("operator", &self.operator)
            .field("recording_files", &self.recording_files)
            .field("meeting_info", &self.meeting_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `recording.paused` (暂停云录制): a host or co-host paused the cloud recording. Its current page was not found in the stored copies: transcribed from the older copy of the docs (tourze/tencent-meeting-bundle), whose example's comments are removed here.
///
/// Generated from `schemas/events/recording-paused.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RecordingPausedPayload {
    /// When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// Who paused the recording (事件操作者): the userid for members of the same enterprise, the openId for OAuth users, the roomsId for Rooms.
    ///
    /// Wire name `operator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator: ::std::option::Option<EventUser>,
    /// The meeting (会议信息).
    ///
    /// Wire name `meeting_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_info: ::std::option::Option<EventMeetingInfo>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RecordingPausedPayload {
    /// A builder of [`RecordingPausedPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RecordingPausedPayloadBuilder {
        builders::RecordingPausedPayloadBuilder {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RecordingPausedPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RecordingPausedPayload")
            .field("operate_time", &self.operate_time)
            .field("operator", &self.operator)
            .field("meeting_info", &self.meeting_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `recording.resumed` (恢复云录制): a host or co-host resumed a paused cloud recording. Its current page was not found in the stored copies: transcribed from the older copy of the docs, whose example's comments are removed here.
///
/// Generated from `schemas/events/recording-resumed.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RecordingResumedPayload {
    /// When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// Who resumed the recording (事件操作者): the userid for members of the same enterprise, the openId for OAuth users, the roomsId for Rooms.
    ///
    /// Wire name `operator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator: ::std::option::Option<EventUser>,
    /// The meeting (会议信息).
    ///
    /// Wire name `meeting_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_info: ::std::option::Option<EventMeetingInfo>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RecordingResumedPayload {
    /// A builder of [`RecordingResumedPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RecordingResumedPayloadBuilder {
        builders::RecordingResumedPayloadBuilder {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RecordingResumedPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RecordingResumedPayload")
            .field("operate_time", &self.operate_time)
            .field("operator", &self.operator)
            .field("meeting_info", &self.meeting_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `recording.started` (开始云录制): a host or co-host started the cloud recording of a meeting, or the enterprise's automatic recording did. Page 53226; its example has comments, removed here.
///
/// Generated from `schemas/events/recording-started.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RecordingStartedPayload {
    /// When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// Who started the recording (事件操作者): the userid for members of the same enterprise, the openId for OAuth users, the roomsId for Rooms.
    ///
    /// Wire name `operator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator: ::std::option::Option<EventUser>,
    /// The meeting (会议信息).
    ///
    /// Wire name `meeting_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_info: ::std::option::Option<EventMeetingInfo>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RecordingStartedPayload {
    /// A builder of [`RecordingStartedPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RecordingStartedPayloadBuilder {
        builders::RecordingStartedPayloadBuilder {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RecordingStartedPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RecordingStartedPayload")
            .field("operate_time", &self.operate_time)
            .field("operator", &self.operator)
            .field("meeting_info", &self.meeting_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `recording.stopped` (停止云录制): a host or co-host stopped the cloud recording, or the meeting ended it. Page 53229; its example has comments and lacks two commas (after the operator's `user_name` and the creator's `instance_id`), fixed here.
///
/// Generated from `schemas/events/recording-stopped.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RecordingStoppedPayload {
    /// When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// Who stopped the recording (事件操作者): the userid for members of the same enterprise, the openId for OAuth users, the roomsId for Rooms.
    ///
    /// Wire name `operator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator: ::std::option::Option<EventUser>,
    /// The meeting (会议信息).
    ///
    /// Wire name `meeting_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_info: ::std::option::Option<EventMeetingInfo>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RecordingStoppedPayload {
    /// A builder of [`RecordingStoppedPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RecordingStoppedPayloadBuilder {
        builders::RecordingStoppedPayloadBuilder {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RecordingStoppedPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RecordingStoppedPayload")
            .field("operate_time", &self.operate_time)
            .field("operator", &self.operator)
            .field("meeting_info", &self.meeting_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `recording.updated` (录制信息更新): a recording's name or sharing settings changed; read the new settings with `GET /v1/records/settings/{meeting_record_id}`. Not sent for uploaded recordings, recordings without a meeting, or changes of access members (录制访问成员变更不会发送该事件). Page 105653; its example has comments and lacks a comma after `record_info`, fixed here.
///
/// Generated from `schemas/events/recording-updated.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RecordingUpdatedPayload {
    /// When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// Who changed the recording (事件操作者): the userid for members of the same enterprise, the openId for OAuth users, the roomsId for Rooms.
    ///
    /// Wire name `operator`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator: ::std::option::Option<EventUser>,
    /// The recording that changed (录制信息).
    ///
    /// Wire name `record_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub record_info: ::std::option::Option<RecordingEventRecordInfo>,
    /// The meeting (会议信息). Absent for uploaded recording files.
    ///
    /// Wire name `meeting_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_info: ::std::option::Option<EventMeetingInfo>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RecordingUpdatedPayload {
    /// A builder of [`RecordingUpdatedPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RecordingUpdatedPayloadBuilder {
        builders::RecordingUpdatedPayloadBuilder {
            operate_time: ::std::option::Option::None,
            operator: ::std::option::Option::None,
            record_info: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RecordingUpdatedPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RecordingUpdatedPayload")
            .field("operate_time", &self.operate_time)
            .field("operator", &self.operator)
            .field("record_info", &self.record_info)
            .field("meeting_info", &self.meeting_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// The alert (告警信息).
///
/// Generated from `schemas/events/room-alert.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RoomAlertEvent {
    /// Severity (健康状态).
    ///
    /// Wire name `health_status`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub health_status: ::std::option::Option<crate::events::RoomHealthStatus>,
    /// Whether the device is connected (设备状态).
    ///
    /// Wire name `device_connect_status`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub device_connect_status: ::std::option::Option<
        crate::events::RoomDeviceConnectStatus,
    >,
    /// When the problem appeared (问题时间), an RFC 3339 date and time such as `2022-05-20T11:19:55+08:00`.
    ///
    /// Wire name `create_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// Description of the problem (告警描述), such as `连接:设备掉线`.
    ///
    /// Wire name `health_desc`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub health_desc: ::std::option::Option<::std::string::String>,
    /// Code of the problem (告警 code), such as `device_off_line`, `display_refresh_too_low`, `cpu_occupancy_rate_overtop` or `speaker_volume_too_low`; the list is not complete in the docs, so it is kept as a string.
    ///
    /// Wire name `health_code`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub health_code: ::std::option::Option<::std::string::String>,
    /// Whether the alert was raised or cleared (告警生成/告警恢复).
    ///
    /// Wire name `alert_kind`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub alert_kind: ::std::option::Option<crate::events::RoomAlertKind>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RoomAlertEvent {
    /// A builder of [`RoomAlertEvent`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RoomAlertEventBuilder {
        builders::RoomAlertEventBuilder {
            health_status: ::std::option::Option::None,
            device_connect_status: ::std::option::Option::None,
            create_time: ::std::option::Option::None,
            health_desc: ::std::option::Option::None,
            health_code: ::std::option::Option::None,
            alert_kind: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RoomAlertEvent {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RoomAlertEvent")
            .field("health_status", &self.health_status)
            .field("device_connect_status", &self.device_connect_status)
            .field("create_time", &self.create_time)
            .field("health_desc", &self.health_desc)
            .field("health_code", &self.health_code)
            .field("alert_kind", &self.alert_kind)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
///A meeting room ID as the alert event sends it: the page's example has a number, every endpoint a string; both are accepted.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[serde(untagged)]
pub enum RoomAlertMeetingRoomId {
    /// The ID as a JSON number.
    Number(i64),
    /// The ID as a string.
    Text(::std::string::String),
}
impl ::std::fmt::Display for RoomAlertMeetingRoomId {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Number(x) => x.fmt(f),
            Self::Text(x) => x.fmt(f),
        }
    }
}
impl ::std::convert::From<i64> for RoomAlertMeetingRoomId {
    fn from(value: i64) -> Self {
        Self::Number(value)
    }
}
/// One item of the `payload` of the event `room.alert` (会议室告警与告警恢复事件): a meeting room's device raised an alert or recovered from one. Devices are checked every five minutes and the network every minute; the thresholds are the enterprise admin console's (企业管理后台设置). Lenient: nothing is required and unknown fields are kept. The example is the page's, comments removed.
///
/// Generated from `schemas/events/room-alert.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RoomAlertPayload {
    /// When the event happened (事件操作时间): Unix milliseconds (毫秒).
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// The meeting room and its alert (会议室信息).
    ///
    /// Wire name `room_event`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub room_event: ::std::option::Option<RoomAlertRoom>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RoomAlertPayload {
    /// A builder of [`RoomAlertPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RoomAlertPayloadBuilder {
        builders::RoomAlertPayloadBuilder {
            operate_time: ::std::option::Option::None,
            room_event: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RoomAlertPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RoomAlertPayload")
            .field("operate_time", &self.operate_time)
            .field("room_event", &self.room_event)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// The meeting room an alert is about (会议室信息).
///
/// Generated from `schemas/events/room-alert.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RoomAlertRoom {
    /// Rooms device ID (rooms_id).
    ///
    /// Wire name `rooms_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub rooms_id: ::std::option::Option<::std::string::String>,
    /// Meeting room ID (会议室 ID).
    ///
    /// Wire name `meeting_room_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_room_id: ::std::option::Option<RoomAlertMeetingRoomId>,
    /// Device model (型号).
    ///
    /// Wire name `device_model`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub device_model: ::std::option::Option<::std::string::String>,
    /// Application version (应用程序版本).
    ///
    /// Wire name `app_version`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub app_version: ::std::option::Option<::std::string::String>,
    /// Whether the device has a touch screen (是否触屏设备).
    ///
    /// Wire name `is_support_screen_touch`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub is_support_screen_touch: ::std::option::Option<bool>,
    /// The alert (告警信息).
    ///
    /// Wire name `alert_event`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub alert_event: ::std::option::Option<RoomAlertEvent>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RoomAlertRoom {
    /// A builder of [`RoomAlertRoom`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RoomAlertRoomBuilder {
        builders::RoomAlertRoomBuilder {
            rooms_id: ::std::option::Option::None,
            meeting_room_id: ::std::option::Option::None,
            device_model: ::std::option::Option::None,
            app_version: ::std::option::Option::None,
            is_support_screen_touch: ::std::option::Option::None,
            alert_event: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RoomAlertRoom {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RoomAlertRoom")
            .field("rooms_id", &self.rooms_id)
            .field("meeting_room_id", &self.meeting_room_id)
            .field("device_model", &self.device_model)
            .field("app_version", &self.app_version)
            .field("is_support_screen_touch", &self.is_support_screen_touch)
            .field("alert_event", &self.alert_event)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// The call and its answer (会议室应答信息).
///
/// Generated from `schemas/events/room-response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RoomResponseEvent {
    /// ID of the meeting that called (发起呼叫的会议 ID).
    ///
    /// Wire name `meeting_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_id: ::std::option::Option<::std::string::String>,
    /// ID of the meeting room called (会议室 ID); either this or `mra_address` (与 mra_address 二选一).
    ///
    /// Wire name `meeting_room_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_room_id: ::std::option::Option<::std::string::String>,
    /// The MRA device called (MRA 对象); either this or `meeting_room_id`.
    ///
    /// Wire name `mra_address`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mra_address: ::std::option::Option<EventMraAddress>,
    /// The answer (应答结果).
    ///
    /// Wire name `response_event`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub response_event: ::std::option::Option<RoomResponseResult>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RoomResponseEvent {
    /// A builder of [`RoomResponseEvent`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RoomResponseEventBuilder {
        builders::RoomResponseEventBuilder {
            meeting_id: ::std::option::Option::None,
            meeting_room_id: ::std::option::Option::None,
            mra_address: ::std::option::Option::None,
            response_event: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RoomResponseEvent {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RoomResponseEvent")
            .field("meeting_id", &self.meeting_id)
            .field("meeting_room_id", &self.meeting_room_id)
            .field("mra_address", &self.mra_address)
            .field("response_event", &self.response_event)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `room.response` (会议室应答事件): a meeting room called from a meeting answered. Only enterprise self-built apps may subscribe (仅企业自建应用可以订阅). Lenient: nothing is required and unknown fields are kept. The example is the page's, comments removed; it sends `operate_time` as a string of digits with `x` placeholders, which `EventTime` accepts as a string.
///
/// Generated from `schemas/events/room-response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RoomResponsePayload {
    /// When the event happened (事件操作时间): Unix milliseconds (毫秒); the page's example sends a string.
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// The call and its answer (会议室应答信息).
    ///
    /// Wire name `room_response_event`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub room_response_event: ::std::option::Option<RoomResponseEvent>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RoomResponsePayload {
    /// A builder of [`RoomResponsePayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RoomResponsePayloadBuilder {
        builders::RoomResponsePayloadBuilder {
            operate_time: ::std::option::Option::None,
            room_response_event: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RoomResponsePayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RoomResponsePayload")
            .field("operate_time", &self.operate_time)
            .field("room_response_event", &self.room_response_event)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// The answer (应答结果).
///
/// Generated from `schemas/events/room-response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RoomResponseResult {
    /// How the room answered (应答状态).
    ///
    /// Wire name `response_status`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub response_status: ::std::option::Option<crate::events::RoomResponseStatus>,
    /// When it answered (应答时间), an RFC 3339 date and time such as `2022-05-20T11:19:55+08:00`.
    ///
    /// Wire name `response_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub response_time: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RoomResponseResult {
    /// A builder of [`RoomResponseResult`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RoomResponseResultBuilder {
        builders::RoomResponseResultBuilder {
            response_status: ::std::option::Option::None,
            response_time: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RoomResponseResult {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RoomResponseResult")
            .field("response_status", &self.response_status)
            .field("response_time", &self.response_time)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `smart.transcripts` (智能转写: the transcripts of cloud recordings are ready). Page 1095/121282; its example is cut off inside the creator in the retrieved copy: completed from the tables' example values, comments removed.
///
/// Generated from `schemas/events/smart-transcripts.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct SmartTranscriptsPayload {
    /// When the event happened (事件操作时间戳), in Unix milliseconds (毫秒); the table types it String, the example sends a number.
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// The cloud recording files (云录制文件列表信息).
    ///
    /// Wire name `recording_files`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub recording_files: ::std::option::Option<::std::vec::Vec<EventRecordingFile>>,
    /// The meeting (会议信息).
    ///
    /// Wire name `meeting_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_info: ::std::option::Option<EventMeetingInfo>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl SmartTranscriptsPayload {
    /// A builder of [`SmartTranscriptsPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SmartTranscriptsPayloadBuilder {
        builders::SmartTranscriptsPayloadBuilder {
            operate_time: ::std::option::Option::None,
            recording_files: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for SmartTranscriptsPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SmartTranscriptsPayload")
            .field("operate_time", &self.operate_time)
            .field("recording_files", &self.recording_files)
            .field("meeting_info", &self.meeting_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// The result of a webinar warm-up upload (暖场上传信息).
///
/// Generated from `schemas/events/webinar-warm-up-uploaded.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct WarmUpUploadInfo {
    /// Whether the upload succeeded (上传状态): `true` success, `false` failure.
    ///
    /// Wire name `upload_status`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub upload_status: ::std::option::Option<bool>,
    /// Why the upload failed (失败原因); empty on success.
    ///
    /// Wire name `error_msg`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error_msg: ::std::option::Option<::std::string::String>,
    /// URL of the warm-up picture (暖场图片 url).
    ///
    /// Wire name `warm_up_picture`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub warm_up_picture: ::std::option::Option<::std::string::String>,
    /// URL of the warm-up video (暖场视频 url).
    ///
    /// Wire name `warm_up_video`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub warm_up_video: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl WarmUpUploadInfo {
    /// A builder of [`WarmUpUploadInfo`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::WarmUpUploadInfoBuilder {
        builders::WarmUpUploadInfoBuilder {
            upload_status: ::std::option::Option::None,
            error_msg: ::std::option::Option::None,
            warm_up_picture: ::std::option::Option::None,
            warm_up_video: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for WarmUpUploadInfo {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("WarmUpUploadInfo")
            .field("upload_status", &self.upload_status)
            .field("error_msg", &self.error_msg)
            .field("warm_up_picture", &self.warm_up_picture)
            .field("warm_up_video", &self.warm_up_video)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One item of the `payload` of the event `webinar.warm-up-uploaded` (网络研讨会暖场上传结果, page 79826): the warm-up picture or video set through the webinar warm-up API was uploaded, or failed to be. The page's example, comments removed and the comma after `warm_up_video` dropped.
///
/// Generated from `schemas/events/webinar-warm-up-uploaded.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct WebinarWarmUpUploadedPayload {
    /// When the upload succeeded or failed (操作时间): Unix milliseconds (毫秒).
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<crate::EventTime>,
    /// The upload's result (暖场信息).
    ///
    /// Wire name `warm_up_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub warm_up_info: ::std::option::Option<WarmUpUploadInfo>,
    /// The webinar (会议信息).
    ///
    /// Wire name `meeting_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_info: ::std::option::Option<EventMeetingInfo>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl WebinarWarmUpUploadedPayload {
    /// A builder of [`WebinarWarmUpUploadedPayload`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::WebinarWarmUpUploadedPayloadBuilder {
        builders::WebinarWarmUpUploadedPayloadBuilder {
            operate_time: ::std::option::Option::None,
            warm_up_info: ::std::option::Option::None,
            meeting_info: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for WebinarWarmUpUploadedPayload {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("WebinarWarmUpUploadedPayload")
            .field("operate_time", &self.operate_time)
            .field("warm_up_info", &self.warm_up_info)
            .field("meeting_info", &self.meeting_info)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Builders of the models, one per model: `Model::builder()`, a setter per field, `build()` once every
/// required field is set (a missing one is a compile error naming it: "the required field `subject` of
/// `CreateMeetingRequest` is not set").
pub mod builders {
    use super::*;
    /// Builds a [`AsrSentence`](super::AsrSentence): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct AsrSentenceBuilder {
        pub(crate) speaker: ::std::option::Option<AsrSpeaker>,
        pub(crate) speech_time: ::std::option::Option<::std::string::String>,
        pub(crate) content: ::std::option::Option<AsrSentenceContent>,
        pub(crate) sid: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for AsrSentenceBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(AsrSentenceBuilder)).finish_non_exhaustive()
        }
    }
    impl AsrSentenceBuilder {
        /// Sets [`speaker`](super::AsrSentence::speaker).
        ///
        /// Optional.
        pub fn speaker(mut self, value: impl ::std::convert::Into<AsrSpeaker>) -> Self {
            self.speaker = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`speech_time`](super::AsrSentence::speech_time).
        ///
        /// Optional.
        pub fn speech_time(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.speech_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`content`](super::AsrSentence::content).
        ///
        /// Optional.
        pub fn content(
            mut self,
            value: impl ::std::convert::Into<AsrSentenceContent>,
        ) -> Self {
            self.content = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`sid`](super::AsrSentence::sid).
        ///
        /// Optional.
        pub fn sid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.sid = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl AsrSentenceBuilder {
        /// The [`AsrSentence`](super::AsrSentence).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::AsrSentence {
            super::AsrSentence {
                speaker: self.speaker,
                speech_time: self.speech_time,
                content: self.content,
                sid: self.sid,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`AsrSentenceContent`](super::AsrSentenceContent): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct AsrSentenceContentBuilder {
        pub(crate) text: ::std::option::Option<::std::string::String>,
        pub(crate) language: ::std::option::Option<::std::string::String>,
        pub(crate) translate: ::std::option::Option<::std::vec::Vec<AsrTranslation>>,
    }
    impl ::std::fmt::Debug for AsrSentenceContentBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(AsrSentenceContentBuilder)).finish_non_exhaustive()
        }
    }
    impl AsrSentenceContentBuilder {
        /// Sets [`text`](super::AsrSentenceContent::text).
        ///
        /// Optional.
        pub fn text(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.text = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`language`](super::AsrSentenceContent::language).
        ///
        /// Optional.
        pub fn language(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.language = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`translate`](super::AsrSentenceContent::translate).
        ///
        /// Optional.
        pub fn translate(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<AsrTranslation>,
            >,
        ) -> Self {
            self.translate = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl AsrSentenceContentBuilder {
        /// The [`AsrSentenceContent`](super::AsrSentenceContent).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::AsrSentenceContent {
            super::AsrSentenceContent {
                text: self.text,
                language: self.language,
                translate: self.translate,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`AsrSpeaker`](super::AsrSpeaker): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct AsrSpeakerBuilder {
        pub(crate) userid: ::std::option::Option<::std::string::String>,
        pub(crate) open_id: ::std::option::Option<::std::string::String>,
        pub(crate) ms_open_id: ::std::option::Option<::std::string::String>,
        pub(crate) nickname: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for AsrSpeakerBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(AsrSpeakerBuilder)).finish_non_exhaustive()
        }
    }
    impl AsrSpeakerBuilder {
        /// Sets [`userid`](super::AsrSpeaker::userid).
        ///
        /// Optional.
        pub fn userid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.userid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`open_id`](super::AsrSpeaker::open_id).
        ///
        /// Optional.
        pub fn open_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.open_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`ms_open_id`](super::AsrSpeaker::ms_open_id).
        ///
        /// Optional.
        pub fn ms_open_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.ms_open_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`nickname`](super::AsrSpeaker::nickname).
        ///
        /// Optional.
        pub fn nickname(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.nickname = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl AsrSpeakerBuilder {
        /// The [`AsrSpeaker`](super::AsrSpeaker).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::AsrSpeaker {
            super::AsrSpeaker {
                userid: self.userid,
                open_id: self.open_id,
                ms_open_id: self.ms_open_id,
                nickname: self.nickname,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`AsrTranslation`](super::AsrTranslation): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct AsrTranslationBuilder {
        pub(crate) text: ::std::option::Option<::std::string::String>,
        pub(crate) language: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for AsrTranslationBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(AsrTranslationBuilder)).finish_non_exhaustive()
        }
    }
    impl AsrTranslationBuilder {
        /// Sets [`text`](super::AsrTranslation::text).
        ///
        /// Optional.
        pub fn text(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.text = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`language`](super::AsrTranslation::language).
        ///
        /// Optional.
        pub fn language(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.language = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl AsrTranslationBuilder {
        /// The [`AsrTranslation`](super::AsrTranslation).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::AsrTranslation {
            super::AsrTranslation {
                text: self.text,
                language: self.language,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`AsyncJobContent`](super::AsyncJobContent): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct AsyncJobContentBuilder {
        pub(crate) content: ::std::option::Option<::std::string::String>,
        pub(crate) content_type: ::std::option::Option<::serde_json::Value>,
        pub(crate) error_msg: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for AsyncJobContentBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(AsyncJobContentBuilder)).finish_non_exhaustive()
        }
    }
    impl AsyncJobContentBuilder {
        /// Sets [`content`](super::AsyncJobContent::content).
        ///
        /// Optional.
        pub fn content(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.content = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`content_type`](super::AsyncJobContent::content_type).
        ///
        /// Optional.
        pub fn content_type(
            mut self,
            value: impl ::std::convert::Into<::serde_json::Value>,
        ) -> Self {
            self.content_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`error_msg`](super::AsyncJobContent::error_msg).
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
    impl AsyncJobContentBuilder {
        /// The [`AsyncJobContent`](super::AsyncJobContent).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::AsyncJobContent {
            super::AsyncJobContent {
                content: self.content,
                content_type: self.content_type,
                error_msg: self.error_msg,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`AsyncJobInfo`](super::AsyncJobInfo): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct AsyncJobInfoBuilder {
        pub(crate) success: ::std::option::Option<::std::vec::Vec<AsyncJobContent>>,
        pub(crate) failed: ::std::option::Option<::std::vec::Vec<AsyncJobContent>>,
    }
    impl ::std::fmt::Debug for AsyncJobInfoBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(AsyncJobInfoBuilder)).finish_non_exhaustive()
        }
    }
    impl AsyncJobInfoBuilder {
        /// Sets [`success`](super::AsyncJobInfo::success).
        ///
        /// Optional.
        pub fn success(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<AsyncJobContent>,
            >,
        ) -> Self {
            self.success = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`failed`](super::AsyncJobInfo::failed).
        ///
        /// Optional.
        pub fn failed(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<AsyncJobContent>,
            >,
        ) -> Self {
            self.failed = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl AsyncJobInfoBuilder {
        /// The [`AsyncJobInfo`](super::AsyncJobInfo).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::AsyncJobInfo {
            super::AsyncJobInfo {
                success: self.success,
                failed: self.failed,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`EnrollCancelInfo`](super::EnrollCancelInfo): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct EnrollCancelInfoBuilder {
        pub(crate) meeting_id: ::std::option::Option<::std::string::String>,
        pub(crate) enroll_id: ::std::option::Option<i64>,
    }
    impl ::std::fmt::Debug for EnrollCancelInfoBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(EnrollCancelInfoBuilder)).finish_non_exhaustive()
        }
    }
    impl EnrollCancelInfoBuilder {
        /// Sets [`meeting_id`](super::EnrollCancelInfo::meeting_id).
        ///
        /// Optional.
        pub fn meeting_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`enroll_id`](super::EnrollCancelInfo::enroll_id).
        ///
        /// Optional.
        pub fn enroll_id(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.enroll_id = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl EnrollCancelInfoBuilder {
        /// The [`EnrollCancelInfo`](super::EnrollCancelInfo).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::EnrollCancelInfo {
            super::EnrollCancelInfo {
                meeting_id: self.meeting_id,
                enroll_id: self.enroll_id,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`EnrollCancelPayload`](super::EnrollCancelPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct EnrollCancelPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) operator: ::std::option::Option<EventUser>,
        pub(crate) enroll_info: ::std::option::Option<EnrollCancelInfo>,
    }
    impl ::std::fmt::Debug for EnrollCancelPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(EnrollCancelPayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl EnrollCancelPayloadBuilder {
        /// Sets [`operate_time`](super::EnrollCancelPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator`](super::EnrollCancelPayload::operator).
        ///
        /// Optional.
        pub fn operator(mut self, value: impl ::std::convert::Into<EventUser>) -> Self {
            self.operator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`enroll_info`](super::EnrollCancelPayload::enroll_info).
        ///
        /// Optional.
        pub fn enroll_info(
            mut self,
            value: impl ::std::convert::Into<EnrollCancelInfo>,
        ) -> Self {
            self.enroll_info = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl EnrollCancelPayloadBuilder {
        /// The [`EnrollCancelPayload`](super::EnrollCancelPayload).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::EnrollCancelPayload {
            super::EnrollCancelPayload {
                operate_time: self.operate_time,
                operator: self.operator,
                enroll_info: self.enroll_info,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`EventExtendInfo`](super::EventExtendInfo): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct EventExtendInfoBuilder {
        pub(crate) customer_data: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for EventExtendInfoBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(EventExtendInfoBuilder)).finish_non_exhaustive()
        }
    }
    impl EventExtendInfoBuilder {
        /// Sets [`customer_data`](super::EventExtendInfo::customer_data).
        ///
        /// Optional.
        pub fn customer_data(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.customer_data = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl EventExtendInfoBuilder {
        /// The [`EventExtendInfo`](super::EventExtendInfo).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::EventExtendInfo {
            super::EventExtendInfo {
                customer_data: self.customer_data,
                extra: ::serde_json::Map::new(),
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
        pub(crate) media_set_type: ::std::option::Option<EventMediaSetType>,
        pub(crate) start_time: ::std::option::Option<crate::EventTime>,
        pub(crate) end_time: ::std::option::Option<crate::EventTime>,
        pub(crate) sub_meeting_id: ::std::option::Option<::std::string::String>,
        pub(crate) sub_meeting_start_time: ::std::option::Option<crate::EventTime>,
        pub(crate) sub_meeting_end_time: ::std::option::Option<crate::EventTime>,
        pub(crate) meeting_create_mode: ::std::option::Option<i64>,
        pub(crate) meeting_create_from: ::std::option::Option<
            crate::events::MeetingCreateFrom,
        >,
        pub(crate) meeting_id_type: ::std::option::Option<crate::events::MeetingIdType>,
        pub(crate) action_scene_type: ::std::option::Option<
            crate::events::ActionSceneType,
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
        /// Sets [`media_set_type`](super::EventMeetingInfo::media_set_type).
        ///
        /// Optional.
        pub fn media_set_type(
            mut self,
            value: impl ::std::convert::Into<EventMediaSetType>,
        ) -> Self {
            self.media_set_type = ::std::option::Option::Some(value.into());
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
        /// Sets [`sub_meeting_id`](super::EventMeetingInfo::sub_meeting_id).
        ///
        /// Optional.
        pub fn sub_meeting_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.sub_meeting_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`sub_meeting_start_time`](super::EventMeetingInfo::sub_meeting_start_time).
        ///
        /// Optional.
        pub fn sub_meeting_start_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.sub_meeting_start_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`sub_meeting_end_time`](super::EventMeetingInfo::sub_meeting_end_time).
        ///
        /// Optional.
        pub fn sub_meeting_end_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.sub_meeting_end_time = ::std::option::Option::Some(value.into());
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
        /// Sets [`meeting_id_type`](super::EventMeetingInfo::meeting_id_type).
        ///
        /// Optional.
        pub fn meeting_id_type(
            mut self,
            value: impl ::std::convert::Into<crate::events::MeetingIdType>,
        ) -> Self {
            self.meeting_id_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`action_scene_type`](super::EventMeetingInfo::action_scene_type).
        ///
        /// Optional.
        pub fn action_scene_type(
            mut self,
            value: impl ::std::convert::Into<crate::events::ActionSceneType>,
        ) -> Self {
            self.action_scene_type = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl EventMeetingInfoBuilder {
        /// The [`EventMeetingInfo`](super::EventMeetingInfo).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::EventMeetingInfo {
            super::EventMeetingInfo {
                meeting_id: self.meeting_id,
                meeting_code: self.meeting_code,
                subject: self.subject,
                creator: self.creator,
                creator_id: self.creator_id,
                hosts: self.hosts,
                meeting_type: self.meeting_type,
                media_set_type: self.media_set_type,
                start_time: self.start_time,
                end_time: self.end_time,
                sub_meeting_id: self.sub_meeting_id,
                sub_meeting_start_time: self.sub_meeting_start_time,
                sub_meeting_end_time: self.sub_meeting_end_time,
                meeting_create_mode: self.meeting_create_mode,
                meeting_create_from: self.meeting_create_from,
                meeting_id_type: self.meeting_id_type,
                action_scene_type: self.action_scene_type,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`EventMraAddress`](super::EventMraAddress): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct EventMraAddressBuilder {
        pub(crate) protocol: ::std::option::Option<crate::MraProtocol>,
        pub(crate) dial_string: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for EventMraAddressBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(EventMraAddressBuilder)).finish_non_exhaustive()
        }
    }
    impl EventMraAddressBuilder {
        /// Sets [`protocol`](super::EventMraAddress::protocol).
        ///
        /// Optional.
        pub fn protocol(
            mut self,
            value: impl ::std::convert::Into<crate::MraProtocol>,
        ) -> Self {
            self.protocol = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`dial_string`](super::EventMraAddress::dial_string).
        ///
        /// Optional.
        pub fn dial_string(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.dial_string = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl EventMraAddressBuilder {
        /// The [`EventMraAddress`](super::EventMraAddress).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::EventMraAddress {
            super::EventMraAddress {
                protocol: self.protocol,
                dial_string: self.dial_string,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`EventRecordingFile`](super::EventRecordingFile): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct EventRecordingFileBuilder {
        pub(crate) record_file_id: ::std::option::Option<::std::string::String>,
        pub(crate) lang: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for EventRecordingFileBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(EventRecordingFileBuilder)).finish_non_exhaustive()
        }
    }
    impl EventRecordingFileBuilder {
        /// Sets [`record_file_id`](super::EventRecordingFile::record_file_id).
        ///
        /// Optional.
        pub fn record_file_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.record_file_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`lang`](super::EventRecordingFile::lang).
        ///
        /// Optional.
        pub fn lang(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.lang = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl EventRecordingFileBuilder {
        /// The [`EventRecordingFile`](super::EventRecordingFile).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::EventRecordingFile {
            super::EventRecordingFile {
                record_file_id: self.record_file_id,
                lang: self.lang,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`EventRoleChangedUser`](super::EventRoleChangedUser): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct EventRoleChangedUserBuilder {
        pub(crate) userid: ::std::option::Option<::std::string::String>,
        pub(crate) open_id: ::std::option::Option<::std::string::String>,
        pub(crate) uuid: ::std::option::Option<::std::string::String>,
        pub(crate) ms_open_id: ::std::option::Option<::std::string::String>,
        pub(crate) user_name: ::std::option::Option<::std::string::String>,
        pub(crate) nick_name: ::std::option::Option<::std::string::String>,
        pub(crate) instance_id: ::std::option::Option<::std::string::String>,
        pub(crate) user_role: ::std::option::Option<crate::ParticipantRole>,
    }
    impl ::std::fmt::Debug for EventRoleChangedUserBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(EventRoleChangedUserBuilder))
                .finish_non_exhaustive()
        }
    }
    impl EventRoleChangedUserBuilder {
        /// Sets [`userid`](super::EventRoleChangedUser::userid).
        ///
        /// Optional.
        pub fn userid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.userid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`open_id`](super::EventRoleChangedUser::open_id).
        ///
        /// Optional.
        pub fn open_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.open_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`uuid`](super::EventRoleChangedUser::uuid).
        ///
        /// Optional.
        pub fn uuid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.uuid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`ms_open_id`](super::EventRoleChangedUser::ms_open_id).
        ///
        /// Optional.
        pub fn ms_open_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.ms_open_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`user_name`](super::EventRoleChangedUser::user_name).
        ///
        /// Optional.
        pub fn user_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.user_name = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`nick_name`](super::EventRoleChangedUser::nick_name).
        ///
        /// Optional.
        pub fn nick_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.nick_name = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`instance_id`](super::EventRoleChangedUser::instance_id).
        ///
        /// Optional.
        pub fn instance_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.instance_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`user_role`](super::EventRoleChangedUser::user_role).
        ///
        /// Optional.
        pub fn user_role(
            mut self,
            value: impl ::std::convert::Into<crate::ParticipantRole>,
        ) -> Self {
            self.user_role = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl EventRoleChangedUserBuilder {
        /// The [`EventRoleChangedUser`](super::EventRoleChangedUser).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::EventRoleChangedUser {
            super::EventRoleChangedUser {
                userid: self.userid,
                open_id: self.open_id,
                uuid: self.uuid,
                ms_open_id: self.ms_open_id,
                user_name: self.user_name,
                nick_name: self.nick_name,
                instance_id: self.instance_id,
                user_role: self.user_role,
                extra: ::serde_json::Map::new(),
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
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::EventRoomInfo {
            super::EventRoomInfo {
                meeting_room_id: self.meeting_room_id,
                meeting_room_name: self.meeting_room_name,
                rooms_id: self.rooms_id,
                extra: ::serde_json::Map::new(),
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
        pub(crate) nick_name: ::std::option::Option<::std::string::String>,
        pub(crate) pstn_number: ::std::option::Option<::std::string::String>,
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
        /// Sets [`nick_name`](super::EventUser::nick_name).
        ///
        /// Optional.
        pub fn nick_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.nick_name = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`pstn_number`](super::EventUser::pstn_number).
        ///
        /// Optional.
        pub fn pstn_number(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.pstn_number = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl EventUserBuilder {
        /// The [`EventUser`](super::EventUser).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::EventUser {
            super::EventUser {
                userid: self.userid,
                open_id: self.open_id,
                uuid: self.uuid,
                user_name: self.user_name,
                ms_open_id: self.ms_open_id,
                instance_id: self.instance_id,
                nick_name: self.nick_name,
                pstn_number: self.pstn_number,
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
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::MediumUploadInfo {
            super::MediumUploadInfo {
                upload_status: self.upload_status,
                error_msg: self.error_msg,
                medium_type: self.medium_type,
                medium_url: self.medium_url,
                medium_id: self.medium_id,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`MeetingAsrPushPayload`](super::MeetingAsrPushPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct MeetingAsrPushPayloadBuilder {
        pub(crate) asr_content: ::std::option::Option<::std::vec::Vec<AsrSentence>>,
        pub(crate) meeting_info: ::std::option::Option<EventMeetingInfo>,
    }
    impl ::std::fmt::Debug for MeetingAsrPushPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(MeetingAsrPushPayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl MeetingAsrPushPayloadBuilder {
        /// Sets [`asr_content`](super::MeetingAsrPushPayload::asr_content).
        ///
        /// Optional.
        pub fn asr_content(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<AsrSentence>,
            >,
        ) -> Self {
            self.asr_content = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`meeting_info`](super::MeetingAsrPushPayload::meeting_info).
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
    impl MeetingAsrPushPayloadBuilder {
        /// The [`MeetingAsrPushPayload`](super::MeetingAsrPushPayload).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::MeetingAsrPushPayload {
            super::MeetingAsrPushPayload {
                asr_content: self.asr_content,
                meeting_info: self.meeting_info,
                extra: ::serde_json::Map::new(),
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
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::MeetingCanceledPayload {
            super::MeetingCanceledPayload {
                operate_time: self.operate_time,
                operator: self.operator,
                cancel_reason: self.cancel_reason,
                meeting_info: self.meeting_info,
                extra: ::serde_json::Map::new(),
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
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::MeetingCreatedPayload {
            super::MeetingCreatedPayload {
                operate_time: self.operate_time,
                operator: self.operator,
                meeting_info: self.meeting_info,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`MeetingEndPayload`](super::MeetingEndPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct MeetingEndPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) operator: ::std::option::Option<EventUser>,
        pub(crate) meeting_end_type: ::std::option::Option<
            crate::events::MeetingEndType,
        >,
        pub(crate) meeting_info: ::std::option::Option<EventMeetingInfo>,
    }
    impl ::std::fmt::Debug for MeetingEndPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(MeetingEndPayloadBuilder)).finish_non_exhaustive()
        }
    }
    impl MeetingEndPayloadBuilder {
        /// Sets [`operate_time`](super::MeetingEndPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator`](super::MeetingEndPayload::operator).
        ///
        /// Optional.
        pub fn operator(mut self, value: impl ::std::convert::Into<EventUser>) -> Self {
            self.operator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_end_type`](super::MeetingEndPayload::meeting_end_type).
        ///
        /// Optional.
        pub fn meeting_end_type(
            mut self,
            value: impl ::std::convert::Into<crate::events::MeetingEndType>,
        ) -> Self {
            self.meeting_end_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_info`](super::MeetingEndPayload::meeting_info).
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
    impl MeetingEndPayloadBuilder {
        /// The [`MeetingEndPayload`](super::MeetingEndPayload).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::MeetingEndPayload {
            super::MeetingEndPayload {
                operate_time: self.operate_time,
                operator: self.operator,
                meeting_end_type: self.meeting_end_type,
                meeting_info: self.meeting_info,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`MeetingJobResultsPayload`](super::MeetingJobResultsPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct MeetingJobResultsPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) request_id: ::std::option::Option<::std::string::String>,
        pub(crate) job_id: ::std::option::Option<::std::string::String>,
        pub(crate) job_type: ::std::option::Option<crate::events::AsyncJobType>,
        pub(crate) total_job_status: ::std::option::Option<bool>,
        pub(crate) error_msg: ::std::option::Option<::std::string::String>,
        pub(crate) job_info: ::std::option::Option<AsyncJobInfo>,
        pub(crate) meeting_info: ::std::option::Option<EventMeetingInfo>,
    }
    impl ::std::fmt::Debug for MeetingJobResultsPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(MeetingJobResultsPayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl MeetingJobResultsPayloadBuilder {
        /// Sets [`operate_time`](super::MeetingJobResultsPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`request_id`](super::MeetingJobResultsPayload::request_id).
        ///
        /// Optional.
        pub fn request_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.request_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`job_id`](super::MeetingJobResultsPayload::job_id).
        ///
        /// Optional.
        pub fn job_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.job_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`job_type`](super::MeetingJobResultsPayload::job_type).
        ///
        /// Optional.
        pub fn job_type(
            mut self,
            value: impl ::std::convert::Into<crate::events::AsyncJobType>,
        ) -> Self {
            self.job_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`total_job_status`](super::MeetingJobResultsPayload::total_job_status).
        ///
        /// Optional.
        pub fn total_job_status(mut self, value: bool) -> Self {
            self.total_job_status = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`error_msg`](super::MeetingJobResultsPayload::error_msg).
        ///
        /// Optional.
        pub fn error_msg(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.error_msg = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`job_info`](super::MeetingJobResultsPayload::job_info).
        ///
        /// Optional.
        pub fn job_info(
            mut self,
            value: impl ::std::convert::Into<AsyncJobInfo>,
        ) -> Self {
            self.job_info = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_info`](super::MeetingJobResultsPayload::meeting_info).
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
    impl MeetingJobResultsPayloadBuilder {
        /// The [`MeetingJobResultsPayload`](super::MeetingJobResultsPayload).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::MeetingJobResultsPayload {
            super::MeetingJobResultsPayload {
                operate_time: self.operate_time,
                request_id: self.request_id,
                job_id: self.job_id,
                job_type: self.job_type,
                total_job_status: self.total_job_status,
                error_msg: self.error_msg,
                job_info: self.job_info,
                meeting_info: self.meeting_info,
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
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::MeetingLiveStartedPayload {
            super::MeetingLiveStartedPayload {
                operate_time: self.operate_time,
                operator: self.operator,
                meeting_info: self.meeting_info,
                extra: ::serde_json::Map::new(),
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
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::MeetingLiveStoppedPayload {
            super::MeetingLiveStoppedPayload {
                operate_time: self.operate_time,
                operator: self.operator,
                meeting_info: self.meeting_info,
                extra: ::serde_json::Map::new(),
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
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::MeetingMediumUploadedPayload {
            super::MeetingMediumUploadedPayload {
                operate_time: self.operate_time,
                event_upload_status: self.event_upload_status,
                upload_info: self.upload_info,
                meeting_info: self.meeting_info,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`MeetingOpenAsrPayload`](super::MeetingOpenAsrPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct MeetingOpenAsrPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) operator: ::std::option::Option<EventUser>,
        pub(crate) meeting_info: ::std::option::Option<EventMeetingInfo>,
    }
    impl ::std::fmt::Debug for MeetingOpenAsrPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(MeetingOpenAsrPayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl MeetingOpenAsrPayloadBuilder {
        /// Sets [`operate_time`](super::MeetingOpenAsrPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator`](super::MeetingOpenAsrPayload::operator).
        ///
        /// Optional.
        pub fn operator(mut self, value: impl ::std::convert::Into<EventUser>) -> Self {
            self.operator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_info`](super::MeetingOpenAsrPayload::meeting_info).
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
    impl MeetingOpenAsrPayloadBuilder {
        /// The [`MeetingOpenAsrPayload`](super::MeetingOpenAsrPayload).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::MeetingOpenAsrPayload {
            super::MeetingOpenAsrPayload {
                operate_time: self.operate_time,
                operator: self.operator,
                meeting_info: self.meeting_info,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`MeetingParticipantAdmittedPayload`](super::MeetingParticipantAdmittedPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct MeetingParticipantAdmittedPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) operator: ::std::option::Option<EventUser>,
        pub(crate) to_operator: ::std::option::Option<EventUser>,
        pub(crate) meeting_info: ::std::option::Option<EventMeetingInfo>,
        pub(crate) extend_info: ::std::option::Option<EventExtendInfo>,
    }
    impl ::std::fmt::Debug for MeetingParticipantAdmittedPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(MeetingParticipantAdmittedPayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl MeetingParticipantAdmittedPayloadBuilder {
        /// Sets [`operate_time`](super::MeetingParticipantAdmittedPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator`](super::MeetingParticipantAdmittedPayload::operator).
        ///
        /// Optional.
        pub fn operator(mut self, value: impl ::std::convert::Into<EventUser>) -> Self {
            self.operator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`to_operator`](super::MeetingParticipantAdmittedPayload::to_operator).
        ///
        /// Optional.
        pub fn to_operator(
            mut self,
            value: impl ::std::convert::Into<EventUser>,
        ) -> Self {
            self.to_operator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_info`](super::MeetingParticipantAdmittedPayload::meeting_info).
        ///
        /// Optional.
        pub fn meeting_info(
            mut self,
            value: impl ::std::convert::Into<EventMeetingInfo>,
        ) -> Self {
            self.meeting_info = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`extend_info`](super::MeetingParticipantAdmittedPayload::extend_info).
        ///
        /// Optional.
        pub fn extend_info(
            mut self,
            value: impl ::std::convert::Into<EventExtendInfo>,
        ) -> Self {
            self.extend_info = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl MeetingParticipantAdmittedPayloadBuilder {
        /// The [`MeetingParticipantAdmittedPayload`](super::MeetingParticipantAdmittedPayload).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::MeetingParticipantAdmittedPayload {
            super::MeetingParticipantAdmittedPayload {
                operate_time: self.operate_time,
                operator: self.operator,
                to_operator: self.to_operator,
                meeting_info: self.meeting_info,
                extend_info: self.extend_info,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`MeetingParticipantJbhWaitingPayload`](super::MeetingParticipantJbhWaitingPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct MeetingParticipantJbhWaitingPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) operator: ::std::option::Option<EventUser>,
        pub(crate) meeting_info: ::std::option::Option<EventMeetingInfo>,
    }
    impl ::std::fmt::Debug for MeetingParticipantJbhWaitingPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(MeetingParticipantJbhWaitingPayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl MeetingParticipantJbhWaitingPayloadBuilder {
        /// Sets [`operate_time`](super::MeetingParticipantJbhWaitingPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator`](super::MeetingParticipantJbhWaitingPayload::operator).
        ///
        /// Optional.
        pub fn operator(mut self, value: impl ::std::convert::Into<EventUser>) -> Self {
            self.operator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_info`](super::MeetingParticipantJbhWaitingPayload::meeting_info).
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
    impl MeetingParticipantJbhWaitingPayloadBuilder {
        /// The [`MeetingParticipantJbhWaitingPayload`](super::MeetingParticipantJbhWaitingPayload).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::MeetingParticipantJbhWaitingPayload {
            super::MeetingParticipantJbhWaitingPayload {
                operate_time: self.operate_time,
                operator: self.operator,
                meeting_info: self.meeting_info,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`MeetingParticipantJoinedPayload`](super::MeetingParticipantJoinedPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct MeetingParticipantJoinedPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) operator: ::std::option::Option<EventUser>,
        pub(crate) meeting_info: ::std::option::Option<EventMeetingInfo>,
        pub(crate) extend_info: ::std::option::Option<EventExtendInfo>,
    }
    impl ::std::fmt::Debug for MeetingParticipantJoinedPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(MeetingParticipantJoinedPayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl MeetingParticipantJoinedPayloadBuilder {
        /// Sets [`operate_time`](super::MeetingParticipantJoinedPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator`](super::MeetingParticipantJoinedPayload::operator).
        ///
        /// Optional.
        pub fn operator(mut self, value: impl ::std::convert::Into<EventUser>) -> Self {
            self.operator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_info`](super::MeetingParticipantJoinedPayload::meeting_info).
        ///
        /// Optional.
        pub fn meeting_info(
            mut self,
            value: impl ::std::convert::Into<EventMeetingInfo>,
        ) -> Self {
            self.meeting_info = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`extend_info`](super::MeetingParticipantJoinedPayload::extend_info).
        ///
        /// Optional.
        pub fn extend_info(
            mut self,
            value: impl ::std::convert::Into<EventExtendInfo>,
        ) -> Self {
            self.extend_info = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl MeetingParticipantJoinedPayloadBuilder {
        /// The [`MeetingParticipantJoinedPayload`](super::MeetingParticipantJoinedPayload).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::MeetingParticipantJoinedPayload {
            super::MeetingParticipantJoinedPayload {
                operate_time: self.operate_time,
                operator: self.operator,
                meeting_info: self.meeting_info,
                extend_info: self.extend_info,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`MeetingParticipantJoinedWaitingRoomPayload`](super::MeetingParticipantJoinedWaitingRoomPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct MeetingParticipantJoinedWaitingRoomPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) operator: ::std::option::Option<EventUser>,
        pub(crate) meeting_info: ::std::option::Option<EventMeetingInfo>,
        pub(crate) extend_info: ::std::option::Option<EventExtendInfo>,
    }
    impl ::std::fmt::Debug for MeetingParticipantJoinedWaitingRoomPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(MeetingParticipantJoinedWaitingRoomPayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl MeetingParticipantJoinedWaitingRoomPayloadBuilder {
        /// Sets [`operate_time`](super::MeetingParticipantJoinedWaitingRoomPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator`](super::MeetingParticipantJoinedWaitingRoomPayload::operator).
        ///
        /// Optional.
        pub fn operator(mut self, value: impl ::std::convert::Into<EventUser>) -> Self {
            self.operator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_info`](super::MeetingParticipantJoinedWaitingRoomPayload::meeting_info).
        ///
        /// Optional.
        pub fn meeting_info(
            mut self,
            value: impl ::std::convert::Into<EventMeetingInfo>,
        ) -> Self {
            self.meeting_info = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`extend_info`](super::MeetingParticipantJoinedWaitingRoomPayload::extend_info).
        ///
        /// Optional.
        pub fn extend_info(
            mut self,
            value: impl ::std::convert::Into<EventExtendInfo>,
        ) -> Self {
            self.extend_info = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl MeetingParticipantJoinedWaitingRoomPayloadBuilder {
        /// The [`MeetingParticipantJoinedWaitingRoomPayload`](super::MeetingParticipantJoinedWaitingRoomPayload).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::MeetingParticipantJoinedWaitingRoomPayload {
            super::MeetingParticipantJoinedWaitingRoomPayload {
                operate_time: self.operate_time,
                operator: self.operator,
                meeting_info: self.meeting_info,
                extend_info: self.extend_info,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`MeetingParticipantLeftPayload`](super::MeetingParticipantLeftPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct MeetingParticipantLeftPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) operator: ::std::option::Option<EventUser>,
        pub(crate) meeting_info: ::std::option::Option<EventMeetingInfo>,
        pub(crate) extend_info: ::std::option::Option<EventExtendInfo>,
    }
    impl ::std::fmt::Debug for MeetingParticipantLeftPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(MeetingParticipantLeftPayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl MeetingParticipantLeftPayloadBuilder {
        /// Sets [`operate_time`](super::MeetingParticipantLeftPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator`](super::MeetingParticipantLeftPayload::operator).
        ///
        /// Optional.
        pub fn operator(mut self, value: impl ::std::convert::Into<EventUser>) -> Self {
            self.operator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_info`](super::MeetingParticipantLeftPayload::meeting_info).
        ///
        /// Optional.
        pub fn meeting_info(
            mut self,
            value: impl ::std::convert::Into<EventMeetingInfo>,
        ) -> Self {
            self.meeting_info = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`extend_info`](super::MeetingParticipantLeftPayload::extend_info).
        ///
        /// Optional.
        pub fn extend_info(
            mut self,
            value: impl ::std::convert::Into<EventExtendInfo>,
        ) -> Self {
            self.extend_info = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl MeetingParticipantLeftPayloadBuilder {
        /// The [`MeetingParticipantLeftPayload`](super::MeetingParticipantLeftPayload).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::MeetingParticipantLeftPayload {
            super::MeetingParticipantLeftPayload {
                operate_time: self.operate_time,
                operator: self.operator,
                meeting_info: self.meeting_info,
                extend_info: self.extend_info,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`MeetingParticipantLeftWaitingRoomPayload`](super::MeetingParticipantLeftWaitingRoomPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct MeetingParticipantLeftWaitingRoomPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) operator: ::std::option::Option<EventUser>,
        pub(crate) to_operator: ::std::option::Option<EventUser>,
        pub(crate) leave_reason: ::std::option::Option<::std::string::String>,
        pub(crate) meeting_info: ::std::option::Option<EventMeetingInfo>,
    }
    impl ::std::fmt::Debug for MeetingParticipantLeftWaitingRoomPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(MeetingParticipantLeftWaitingRoomPayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl MeetingParticipantLeftWaitingRoomPayloadBuilder {
        /// Sets [`operate_time`](super::MeetingParticipantLeftWaitingRoomPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator`](super::MeetingParticipantLeftWaitingRoomPayload::operator).
        ///
        /// Optional.
        pub fn operator(mut self, value: impl ::std::convert::Into<EventUser>) -> Self {
            self.operator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`to_operator`](super::MeetingParticipantLeftWaitingRoomPayload::to_operator).
        ///
        /// Optional.
        pub fn to_operator(
            mut self,
            value: impl ::std::convert::Into<EventUser>,
        ) -> Self {
            self.to_operator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`leave_reason`](super::MeetingParticipantLeftWaitingRoomPayload::leave_reason).
        ///
        /// Optional.
        pub fn leave_reason(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.leave_reason = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_info`](super::MeetingParticipantLeftWaitingRoomPayload::meeting_info).
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
    impl MeetingParticipantLeftWaitingRoomPayloadBuilder {
        /// The [`MeetingParticipantLeftWaitingRoomPayload`](super::MeetingParticipantLeftWaitingRoomPayload).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::MeetingParticipantLeftWaitingRoomPayload {
            super::MeetingParticipantLeftWaitingRoomPayload {
                operate_time: self.operate_time,
                operator: self.operator,
                to_operator: self.to_operator,
                leave_reason: self.leave_reason,
                meeting_info: self.meeting_info,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`MeetingParticipantPutInWaitingRoomPayload`](super::MeetingParticipantPutInWaitingRoomPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct MeetingParticipantPutInWaitingRoomPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) operator: ::std::option::Option<EventUser>,
        pub(crate) to_operator: ::std::option::Option<EventUser>,
        pub(crate) meeting_info: ::std::option::Option<EventMeetingInfo>,
    }
    impl ::std::fmt::Debug for MeetingParticipantPutInWaitingRoomPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(MeetingParticipantPutInWaitingRoomPayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl MeetingParticipantPutInWaitingRoomPayloadBuilder {
        /// Sets [`operate_time`](super::MeetingParticipantPutInWaitingRoomPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator`](super::MeetingParticipantPutInWaitingRoomPayload::operator).
        ///
        /// Optional.
        pub fn operator(mut self, value: impl ::std::convert::Into<EventUser>) -> Self {
            self.operator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`to_operator`](super::MeetingParticipantPutInWaitingRoomPayload::to_operator).
        ///
        /// Optional.
        pub fn to_operator(
            mut self,
            value: impl ::std::convert::Into<EventUser>,
        ) -> Self {
            self.to_operator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_info`](super::MeetingParticipantPutInWaitingRoomPayload::meeting_info).
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
    impl MeetingParticipantPutInWaitingRoomPayloadBuilder {
        /// The [`MeetingParticipantPutInWaitingRoomPayload`](super::MeetingParticipantPutInWaitingRoomPayload).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::MeetingParticipantPutInWaitingRoomPayload {
            super::MeetingParticipantPutInWaitingRoomPayload {
                operate_time: self.operate_time,
                operator: self.operator,
                to_operator: self.to_operator,
                meeting_info: self.meeting_info,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`MeetingParticipantRoleChangedPayload`](super::MeetingParticipantRoleChangedPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct MeetingParticipantRoleChangedPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) operator: ::std::option::Option<EventUser>,
        pub(crate) to_operator: ::std::option::Option<EventRoleChangedUser>,
        pub(crate) meeting_info: ::std::option::Option<EventMeetingInfo>,
    }
    impl ::std::fmt::Debug for MeetingParticipantRoleChangedPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(MeetingParticipantRoleChangedPayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl MeetingParticipantRoleChangedPayloadBuilder {
        /// Sets [`operate_time`](super::MeetingParticipantRoleChangedPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator`](super::MeetingParticipantRoleChangedPayload::operator).
        ///
        /// Optional.
        pub fn operator(mut self, value: impl ::std::convert::Into<EventUser>) -> Self {
            self.operator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`to_operator`](super::MeetingParticipantRoleChangedPayload::to_operator).
        ///
        /// Optional.
        pub fn to_operator(
            mut self,
            value: impl ::std::convert::Into<EventRoleChangedUser>,
        ) -> Self {
            self.to_operator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_info`](super::MeetingParticipantRoleChangedPayload::meeting_info).
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
    impl MeetingParticipantRoleChangedPayloadBuilder {
        /// The [`MeetingParticipantRoleChangedPayload`](super::MeetingParticipantRoleChangedPayload).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::MeetingParticipantRoleChangedPayload {
            super::MeetingParticipantRoleChangedPayload {
                operate_time: self.operate_time,
                operator: self.operator,
                to_operator: self.to_operator,
                meeting_info: self.meeting_info,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`MeetingPhoneParticipantStatusUpdatedPayload`](super::MeetingPhoneParticipantStatusUpdatedPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct MeetingPhoneParticipantStatusUpdatedPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) operator: ::std::option::Option<EventUser>,
        pub(crate) meeting_info: ::std::option::Option<EventMeetingInfo>,
        pub(crate) status: ::std::option::Option<crate::events::PstnCallStatus>,
    }
    impl ::std::fmt::Debug for MeetingPhoneParticipantStatusUpdatedPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(
                    stringify!(MeetingPhoneParticipantStatusUpdatedPayloadBuilder),
                )
                .finish_non_exhaustive()
        }
    }
    impl MeetingPhoneParticipantStatusUpdatedPayloadBuilder {
        /// Sets [`operate_time`](super::MeetingPhoneParticipantStatusUpdatedPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator`](super::MeetingPhoneParticipantStatusUpdatedPayload::operator).
        ///
        /// Optional.
        pub fn operator(mut self, value: impl ::std::convert::Into<EventUser>) -> Self {
            self.operator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_info`](super::MeetingPhoneParticipantStatusUpdatedPayload::meeting_info).
        ///
        /// Optional.
        pub fn meeting_info(
            mut self,
            value: impl ::std::convert::Into<EventMeetingInfo>,
        ) -> Self {
            self.meeting_info = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`status`](super::MeetingPhoneParticipantStatusUpdatedPayload::status).
        ///
        /// Optional.
        pub fn status(
            mut self,
            value: impl ::std::convert::Into<crate::events::PstnCallStatus>,
        ) -> Self {
            self.status = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl MeetingPhoneParticipantStatusUpdatedPayloadBuilder {
        /// The [`MeetingPhoneParticipantStatusUpdatedPayload`](super::MeetingPhoneParticipantStatusUpdatedPayload).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::MeetingPhoneParticipantStatusUpdatedPayload {
            super::MeetingPhoneParticipantStatusUpdatedPayload {
                operate_time: self.operate_time,
                operator: self.operator,
                meeting_info: self.meeting_info,
                status: self.status,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`MeetingShareScreenClosePayload`](super::MeetingShareScreenClosePayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct MeetingShareScreenClosePayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) operator: ::std::option::Option<EventUser>,
        pub(crate) meeting_info: ::std::option::Option<EventMeetingInfo>,
    }
    impl ::std::fmt::Debug for MeetingShareScreenClosePayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(MeetingShareScreenClosePayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl MeetingShareScreenClosePayloadBuilder {
        /// Sets [`operate_time`](super::MeetingShareScreenClosePayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator`](super::MeetingShareScreenClosePayload::operator).
        ///
        /// Optional.
        pub fn operator(mut self, value: impl ::std::convert::Into<EventUser>) -> Self {
            self.operator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_info`](super::MeetingShareScreenClosePayload::meeting_info).
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
    impl MeetingShareScreenClosePayloadBuilder {
        /// The [`MeetingShareScreenClosePayload`](super::MeetingShareScreenClosePayload).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::MeetingShareScreenClosePayload {
            super::MeetingShareScreenClosePayload {
                operate_time: self.operate_time,
                operator: self.operator,
                meeting_info: self.meeting_info,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`MeetingShareScreenOpenPayload`](super::MeetingShareScreenOpenPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct MeetingShareScreenOpenPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) operator: ::std::option::Option<EventUser>,
        pub(crate) meeting_info: ::std::option::Option<EventMeetingInfo>,
    }
    impl ::std::fmt::Debug for MeetingShareScreenOpenPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(MeetingShareScreenOpenPayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl MeetingShareScreenOpenPayloadBuilder {
        /// Sets [`operate_time`](super::MeetingShareScreenOpenPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator`](super::MeetingShareScreenOpenPayload::operator).
        ///
        /// Optional.
        pub fn operator(mut self, value: impl ::std::convert::Into<EventUser>) -> Self {
            self.operator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_info`](super::MeetingShareScreenOpenPayload::meeting_info).
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
    impl MeetingShareScreenOpenPayloadBuilder {
        /// The [`MeetingShareScreenOpenPayload`](super::MeetingShareScreenOpenPayload).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::MeetingShareScreenOpenPayload {
            super::MeetingShareScreenOpenPayload {
                operate_time: self.operate_time,
                operator: self.operator,
                meeting_info: self.meeting_info,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`MeetingStartedPayload`](super::MeetingStartedPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct MeetingStartedPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) operator: ::std::option::Option<EventUser>,
        pub(crate) meeting_info: ::std::option::Option<EventMeetingInfo>,
    }
    impl ::std::fmt::Debug for MeetingStartedPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(MeetingStartedPayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl MeetingStartedPayloadBuilder {
        /// Sets [`operate_time`](super::MeetingStartedPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator`](super::MeetingStartedPayload::operator).
        ///
        /// Optional.
        pub fn operator(mut self, value: impl ::std::convert::Into<EventUser>) -> Self {
            self.operator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_info`](super::MeetingStartedPayload::meeting_info).
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
    impl MeetingStartedPayloadBuilder {
        /// The [`MeetingStartedPayload`](super::MeetingStartedPayload).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::MeetingStartedPayload {
            super::MeetingStartedPayload {
                operate_time: self.operate_time,
                operator: self.operator,
                meeting_info: self.meeting_info,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`MeetingUnmuteAllPayload`](super::MeetingUnmuteAllPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct MeetingUnmuteAllPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) operator: ::std::option::Option<EventUser>,
        pub(crate) meeting_info: ::std::option::Option<EventMeetingInfo>,
    }
    impl ::std::fmt::Debug for MeetingUnmuteAllPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(MeetingUnmuteAllPayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl MeetingUnmuteAllPayloadBuilder {
        /// Sets [`operate_time`](super::MeetingUnmuteAllPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator`](super::MeetingUnmuteAllPayload::operator).
        ///
        /// Optional.
        pub fn operator(mut self, value: impl ::std::convert::Into<EventUser>) -> Self {
            self.operator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_info`](super::MeetingUnmuteAllPayload::meeting_info).
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
    impl MeetingUnmuteAllPayloadBuilder {
        /// The [`MeetingUnmuteAllPayload`](super::MeetingUnmuteAllPayload).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::MeetingUnmuteAllPayload {
            super::MeetingUnmuteAllPayload {
                operate_time: self.operate_time,
                operator: self.operator,
                meeting_info: self.meeting_info,
                extra: ::serde_json::Map::new(),
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
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::MeetingUpdatedPayload {
            super::MeetingUpdatedPayload {
                operate_time: self.operate_time,
                operator: self.operator,
                meeting_info: self.meeting_info,
                rooms_info: self.rooms_info,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`OauthAppInfo`](super::OauthAppInfo): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct OauthAppInfoBuilder {
        pub(crate) sdk_id: ::std::option::Option<OauthAppSdkId>,
        pub(crate) app_name: ::std::option::Option<::std::string::String>,
        pub(crate) app_type: ::std::option::Option<crate::events::OauthAppType>,
        pub(crate) is_app_publish: ::std::option::Option<bool>,
        pub(crate) app_classes: ::std::option::Option<::std::string::String>,
        pub(crate) app_create_time: ::std::option::Option<crate::EventTime>,
        pub(crate) app_status: ::std::option::Option<crate::events::OauthAppStatus>,
    }
    impl ::std::fmt::Debug for OauthAppInfoBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(OauthAppInfoBuilder)).finish_non_exhaustive()
        }
    }
    impl OauthAppInfoBuilder {
        /// Sets [`sdk_id`](super::OauthAppInfo::sdk_id).
        ///
        /// Optional.
        pub fn sdk_id(
            mut self,
            value: impl ::std::convert::Into<OauthAppSdkId>,
        ) -> Self {
            self.sdk_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`app_name`](super::OauthAppInfo::app_name).
        ///
        /// Optional.
        pub fn app_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.app_name = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`app_type`](super::OauthAppInfo::app_type).
        ///
        /// Optional.
        pub fn app_type(
            mut self,
            value: impl ::std::convert::Into<crate::events::OauthAppType>,
        ) -> Self {
            self.app_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`is_app_publish`](super::OauthAppInfo::is_app_publish).
        ///
        /// Optional.
        pub fn is_app_publish(mut self, value: bool) -> Self {
            self.is_app_publish = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`app_classes`](super::OauthAppInfo::app_classes).
        ///
        /// Optional.
        pub fn app_classes(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.app_classes = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`app_create_time`](super::OauthAppInfo::app_create_time).
        ///
        /// Optional.
        pub fn app_create_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.app_create_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`app_status`](super::OauthAppInfo::app_status).
        ///
        /// Optional.
        pub fn app_status(
            mut self,
            value: impl ::std::convert::Into<crate::events::OauthAppStatus>,
        ) -> Self {
            self.app_status = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl OauthAppInfoBuilder {
        /// The [`OauthAppInfo`](super::OauthAppInfo).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::OauthAppInfo {
            super::OauthAppInfo {
                sdk_id: self.sdk_id,
                app_name: self.app_name,
                app_type: self.app_type,
                is_app_publish: self.is_app_publish,
                app_classes: self.app_classes,
                app_create_time: self.app_create_time,
                app_status: self.app_status,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`OauthAuthUserPayload`](super::OauthAuthUserPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct OauthAuthUserPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) operator: ::std::option::Option<OauthEventOperator>,
        pub(crate) oauth_open_id_list: ::std::option::Option<
            ::std::vec::Vec<OauthOpenId>,
        >,
        pub(crate) app_info: ::std::option::Option<OauthAppInfo>,
    }
    impl ::std::fmt::Debug for OauthAuthUserPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(OauthAuthUserPayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl OauthAuthUserPayloadBuilder {
        /// Sets [`operate_time`](super::OauthAuthUserPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator`](super::OauthAuthUserPayload::operator).
        ///
        /// Optional.
        pub fn operator(
            mut self,
            value: impl ::std::convert::Into<OauthEventOperator>,
        ) -> Self {
            self.operator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`oauth_open_id_list`](super::OauthAuthUserPayload::oauth_open_id_list).
        ///
        /// Optional.
        pub fn oauth_open_id_list(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<OauthOpenId>,
            >,
        ) -> Self {
            self.oauth_open_id_list = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`app_info`](super::OauthAuthUserPayload::app_info).
        ///
        /// Optional.
        pub fn app_info(
            mut self,
            value: impl ::std::convert::Into<OauthAppInfo>,
        ) -> Self {
            self.app_info = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl OauthAuthUserPayloadBuilder {
        /// The [`OauthAuthUserPayload`](super::OauthAuthUserPayload).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::OauthAuthUserPayload {
            super::OauthAuthUserPayload {
                operate_time: self.operate_time,
                operator: self.operator,
                oauth_open_id_list: self.oauth_open_id_list,
                app_info: self.app_info,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`OauthCancelAuthPayload`](super::OauthCancelAuthPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct OauthCancelAuthPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) operator: ::std::option::Option<OauthEventOperator>,
        pub(crate) cancel_open_id_list: ::std::option::Option<
            ::std::vec::Vec<OauthOpenId>,
        >,
        pub(crate) app_info: ::std::option::Option<OauthAppInfo>,
    }
    impl ::std::fmt::Debug for OauthCancelAuthPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(OauthCancelAuthPayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl OauthCancelAuthPayloadBuilder {
        /// Sets [`operate_time`](super::OauthCancelAuthPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator`](super::OauthCancelAuthPayload::operator).
        ///
        /// Optional.
        pub fn operator(
            mut self,
            value: impl ::std::convert::Into<OauthEventOperator>,
        ) -> Self {
            self.operator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`cancel_open_id_list`](super::OauthCancelAuthPayload::cancel_open_id_list).
        ///
        /// Optional.
        pub fn cancel_open_id_list(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<OauthOpenId>,
            >,
        ) -> Self {
            self.cancel_open_id_list = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`app_info`](super::OauthCancelAuthPayload::app_info).
        ///
        /// Optional.
        pub fn app_info(
            mut self,
            value: impl ::std::convert::Into<OauthAppInfo>,
        ) -> Self {
            self.app_info = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl OauthCancelAuthPayloadBuilder {
        /// The [`OauthCancelAuthPayload`](super::OauthCancelAuthPayload).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::OauthCancelAuthPayload {
            super::OauthCancelAuthPayload {
                operate_time: self.operate_time,
                operator: self.operator,
                cancel_open_id_list: self.cancel_open_id_list,
                app_info: self.app_info,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`OauthCorpAuthPayload`](super::OauthCorpAuthPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct OauthCorpAuthPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) operator: ::std::option::Option<OauthEventOperator>,
        pub(crate) is_first: ::std::option::Option<bool>,
        pub(crate) app_info: ::std::option::Option<OauthAppInfo>,
    }
    impl ::std::fmt::Debug for OauthCorpAuthPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(OauthCorpAuthPayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl OauthCorpAuthPayloadBuilder {
        /// Sets [`operate_time`](super::OauthCorpAuthPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator`](super::OauthCorpAuthPayload::operator).
        ///
        /// Optional.
        pub fn operator(
            mut self,
            value: impl ::std::convert::Into<OauthEventOperator>,
        ) -> Self {
            self.operator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`is_first`](super::OauthCorpAuthPayload::is_first).
        ///
        /// Optional.
        pub fn is_first(mut self, value: bool) -> Self {
            self.is_first = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`app_info`](super::OauthCorpAuthPayload::app_info).
        ///
        /// Optional.
        pub fn app_info(
            mut self,
            value: impl ::std::convert::Into<OauthAppInfo>,
        ) -> Self {
            self.app_info = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl OauthCorpAuthPayloadBuilder {
        /// The [`OauthCorpAuthPayload`](super::OauthCorpAuthPayload).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::OauthCorpAuthPayload {
            super::OauthCorpAuthPayload {
                operate_time: self.operate_time,
                operator: self.operator,
                is_first: self.is_first,
                app_info: self.app_info,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`OauthCorpCancelAuthPayload`](super::OauthCorpCancelAuthPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct OauthCorpCancelAuthPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) operator: ::std::option::Option<OauthEventOperator>,
        pub(crate) app_info: ::std::option::Option<OauthAppInfo>,
    }
    impl ::std::fmt::Debug for OauthCorpCancelAuthPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(OauthCorpCancelAuthPayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl OauthCorpCancelAuthPayloadBuilder {
        /// Sets [`operate_time`](super::OauthCorpCancelAuthPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator`](super::OauthCorpCancelAuthPayload::operator).
        ///
        /// Optional.
        pub fn operator(
            mut self,
            value: impl ::std::convert::Into<OauthEventOperator>,
        ) -> Self {
            self.operator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`app_info`](super::OauthCorpCancelAuthPayload::app_info).
        ///
        /// Optional.
        pub fn app_info(
            mut self,
            value: impl ::std::convert::Into<OauthAppInfo>,
        ) -> Self {
            self.app_info = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl OauthCorpCancelAuthPayloadBuilder {
        /// The [`OauthCorpCancelAuthPayload`](super::OauthCorpCancelAuthPayload).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::OauthCorpCancelAuthPayload {
            super::OauthCorpCancelAuthPayload {
                operate_time: self.operate_time,
                operator: self.operator,
                app_info: self.app_info,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`OauthEventOperator`](super::OauthEventOperator): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct OauthEventOperatorBuilder {
        pub(crate) userid: ::std::option::Option<::std::string::String>,
        pub(crate) open_id: ::std::option::Option<::std::string::String>,
        pub(crate) uuid: ::std::option::Option<::std::string::String>,
        pub(crate) user_name: ::std::option::Option<::std::string::String>,
        pub(crate) app_id: ::std::option::Option<::std::string::String>,
        pub(crate) open_corp_id: ::std::option::Option<::std::string::String>,
        pub(crate) role_type: ::std::option::Option<crate::events::OauthOperatorRole>,
    }
    impl ::std::fmt::Debug for OauthEventOperatorBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(OauthEventOperatorBuilder)).finish_non_exhaustive()
        }
    }
    impl OauthEventOperatorBuilder {
        /// Sets [`userid`](super::OauthEventOperator::userid).
        ///
        /// Optional.
        pub fn userid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.userid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`open_id`](super::OauthEventOperator::open_id).
        ///
        /// Optional.
        pub fn open_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.open_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`uuid`](super::OauthEventOperator::uuid).
        ///
        /// Optional.
        pub fn uuid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.uuid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`user_name`](super::OauthEventOperator::user_name).
        ///
        /// Optional.
        pub fn user_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.user_name = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`app_id`](super::OauthEventOperator::app_id).
        ///
        /// Optional.
        pub fn app_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.app_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`open_corp_id`](super::OauthEventOperator::open_corp_id).
        ///
        /// Optional.
        pub fn open_corp_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.open_corp_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`role_type`](super::OauthEventOperator::role_type).
        ///
        /// Optional.
        pub fn role_type(
            mut self,
            value: impl ::std::convert::Into<crate::events::OauthOperatorRole>,
        ) -> Self {
            self.role_type = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl OauthEventOperatorBuilder {
        /// The [`OauthEventOperator`](super::OauthEventOperator).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::OauthEventOperator {
            super::OauthEventOperator {
                userid: self.userid,
                open_id: self.open_id,
                uuid: self.uuid,
                user_name: self.user_name,
                app_id: self.app_id,
                open_corp_id: self.open_corp_id,
                role_type: self.role_type,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`OauthOpenId`](super::OauthOpenId): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct OauthOpenIdBuilder {
        pub(crate) open_id: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for OauthOpenIdBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(OauthOpenIdBuilder)).finish_non_exhaustive()
        }
    }
    impl OauthOpenIdBuilder {
        /// Sets [`open_id`](super::OauthOpenId::open_id).
        ///
        /// Optional.
        pub fn open_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.open_id = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl OauthOpenIdBuilder {
        /// The [`OauthOpenId`](super::OauthOpenId).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::OauthOpenId {
            super::OauthOpenId {
                open_id: self.open_id,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`OauthUserAuthPayload`](super::OauthUserAuthPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct OauthUserAuthPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) operator: ::std::option::Option<OauthEventOperator>,
        pub(crate) app_info: ::std::option::Option<OauthAppInfo>,
    }
    impl ::std::fmt::Debug for OauthUserAuthPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(OauthUserAuthPayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl OauthUserAuthPayloadBuilder {
        /// Sets [`operate_time`](super::OauthUserAuthPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator`](super::OauthUserAuthPayload::operator).
        ///
        /// Optional.
        pub fn operator(
            mut self,
            value: impl ::std::convert::Into<OauthEventOperator>,
        ) -> Self {
            self.operator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`app_info`](super::OauthUserAuthPayload::app_info).
        ///
        /// Optional.
        pub fn app_info(
            mut self,
            value: impl ::std::convert::Into<OauthAppInfo>,
        ) -> Self {
            self.app_info = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl OauthUserAuthPayloadBuilder {
        /// The [`OauthUserAuthPayload`](super::OauthUserAuthPayload).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::OauthUserAuthPayload {
            super::OauthUserAuthPayload {
                operate_time: self.operate_time,
                operator: self.operator,
                app_info: self.app_info,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`OauthUserCancelAuthPayload`](super::OauthUserCancelAuthPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct OauthUserCancelAuthPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) operator: ::std::option::Option<OauthEventOperator>,
        pub(crate) app_info: ::std::option::Option<OauthAppInfo>,
    }
    impl ::std::fmt::Debug for OauthUserCancelAuthPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(OauthUserCancelAuthPayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl OauthUserCancelAuthPayloadBuilder {
        /// Sets [`operate_time`](super::OauthUserCancelAuthPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator`](super::OauthUserCancelAuthPayload::operator).
        ///
        /// Optional.
        pub fn operator(
            mut self,
            value: impl ::std::convert::Into<OauthEventOperator>,
        ) -> Self {
            self.operator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`app_info`](super::OauthUserCancelAuthPayload::app_info).
        ///
        /// Optional.
        pub fn app_info(
            mut self,
            value: impl ::std::convert::Into<OauthAppInfo>,
        ) -> Self {
            self.app_info = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl OauthUserCancelAuthPayloadBuilder {
        /// The [`OauthUserCancelAuthPayload`](super::OauthUserCancelAuthPayload).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::OauthUserCancelAuthPayload {
            super::OauthUserCancelAuthPayload {
                operate_time: self.operate_time,
                operator: self.operator,
                app_info: self.app_info,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RecordingApplyInfo`](super::RecordingApplyInfo): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RecordingApplyInfoBuilder {
        pub(crate) meeting_record_id: ::std::option::Option<::std::string::String>,
        pub(crate) apply_id: ::std::option::Option<::std::string::String>,
        pub(crate) apply_spesification: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for RecordingApplyInfoBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RecordingApplyInfoBuilder)).finish_non_exhaustive()
        }
    }
    impl RecordingApplyInfoBuilder {
        /// Sets [`meeting_record_id`](super::RecordingApplyInfo::meeting_record_id).
        ///
        /// Optional.
        pub fn meeting_record_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_record_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`apply_id`](super::RecordingApplyInfo::apply_id).
        ///
        /// Optional.
        pub fn apply_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.apply_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`apply_spesification`](super::RecordingApplyInfo::apply_spesification).
        ///
        /// Optional.
        pub fn apply_spesification(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.apply_spesification = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl RecordingApplyInfoBuilder {
        /// The [`RecordingApplyInfo`](super::RecordingApplyInfo).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RecordingApplyInfo {
            super::RecordingApplyInfo {
                meeting_record_id: self.meeting_record_id,
                apply_id: self.apply_id,
                apply_spesification: self.apply_spesification,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RecordingApplyPayload`](super::RecordingApplyPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RecordingApplyPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) operator: ::std::option::Option<EventUser>,
        pub(crate) record_apply_info: ::std::option::Option<RecordingApplyInfo>,
        pub(crate) meeting_info: ::std::option::Option<EventMeetingInfo>,
    }
    impl ::std::fmt::Debug for RecordingApplyPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RecordingApplyPayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl RecordingApplyPayloadBuilder {
        /// Sets [`operate_time`](super::RecordingApplyPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator`](super::RecordingApplyPayload::operator).
        ///
        /// Optional.
        pub fn operator(mut self, value: impl ::std::convert::Into<EventUser>) -> Self {
            self.operator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`record_apply_info`](super::RecordingApplyPayload::record_apply_info).
        ///
        /// Optional.
        pub fn record_apply_info(
            mut self,
            value: impl ::std::convert::Into<RecordingApplyInfo>,
        ) -> Self {
            self.record_apply_info = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_info`](super::RecordingApplyPayload::meeting_info).
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
    impl RecordingApplyPayloadBuilder {
        /// The [`RecordingApplyPayload`](super::RecordingApplyPayload).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RecordingApplyPayload {
            super::RecordingApplyPayload {
                operate_time: self.operate_time,
                operator: self.operator,
                record_apply_info: self.record_apply_info,
                meeting_info: self.meeting_info,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RecordingClippedPayload`](super::RecordingClippedPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RecordingClippedPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) operator: ::std::option::Option<EventUser>,
        pub(crate) recording_files: ::std::option::Option<
            ::std::vec::Vec<EventRecordingFile>,
        >,
        pub(crate) meeting_info: ::std::option::Option<EventMeetingInfo>,
    }
    impl ::std::fmt::Debug for RecordingClippedPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RecordingClippedPayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl RecordingClippedPayloadBuilder {
        /// Sets [`operate_time`](super::RecordingClippedPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator`](super::RecordingClippedPayload::operator).
        ///
        /// Optional.
        pub fn operator(mut self, value: impl ::std::convert::Into<EventUser>) -> Self {
            self.operator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`recording_files`](super::RecordingClippedPayload::recording_files).
        ///
        /// Optional.
        pub fn recording_files(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<EventRecordingFile>,
            >,
        ) -> Self {
            self.recording_files = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`meeting_info`](super::RecordingClippedPayload::meeting_info).
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
    impl RecordingClippedPayloadBuilder {
        /// The [`RecordingClippedPayload`](super::RecordingClippedPayload).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RecordingClippedPayload {
            super::RecordingClippedPayload {
                operate_time: self.operate_time,
                operator: self.operator,
                recording_files: self.recording_files,
                meeting_info: self.meeting_info,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RecordingCompletedPayload`](super::RecordingCompletedPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RecordingCompletedPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) recording_files: ::std::option::Option<
            ::std::vec::Vec<EventRecordingFile>,
        >,
        pub(crate) meeting_info: ::std::option::Option<EventMeetingInfo>,
    }
    impl ::std::fmt::Debug for RecordingCompletedPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RecordingCompletedPayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl RecordingCompletedPayloadBuilder {
        /// Sets [`operate_time`](super::RecordingCompletedPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`recording_files`](super::RecordingCompletedPayload::recording_files).
        ///
        /// Optional.
        pub fn recording_files(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<EventRecordingFile>,
            >,
        ) -> Self {
            self.recording_files = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`meeting_info`](super::RecordingCompletedPayload::meeting_info).
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
    impl RecordingCompletedPayloadBuilder {
        /// The [`RecordingCompletedPayload`](super::RecordingCompletedPayload).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RecordingCompletedPayload {
            super::RecordingCompletedPayload {
                operate_time: self.operate_time,
                recording_files: self.recording_files,
                meeting_info: self.meeting_info,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RecordingDeletedPayload`](super::RecordingDeletedPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RecordingDeletedPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) operator: ::std::option::Option<EventUser>,
        pub(crate) recording_files: ::std::option::Option<
            ::std::vec::Vec<EventRecordingFile>,
        >,
        pub(crate) meeting_info: ::std::option::Option<EventMeetingInfo>,
    }
    impl ::std::fmt::Debug for RecordingDeletedPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RecordingDeletedPayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl RecordingDeletedPayloadBuilder {
        /// Sets [`operate_time`](super::RecordingDeletedPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator`](super::RecordingDeletedPayload::operator).
        ///
        /// Optional.
        pub fn operator(mut self, value: impl ::std::convert::Into<EventUser>) -> Self {
            self.operator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`recording_files`](super::RecordingDeletedPayload::recording_files).
        ///
        /// Optional.
        pub fn recording_files(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<EventRecordingFile>,
            >,
        ) -> Self {
            self.recording_files = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`meeting_info`](super::RecordingDeletedPayload::meeting_info).
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
    impl RecordingDeletedPayloadBuilder {
        /// The [`RecordingDeletedPayload`](super::RecordingDeletedPayload).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RecordingDeletedPayload {
            super::RecordingDeletedPayload {
                operate_time: self.operate_time,
                operator: self.operator,
                recording_files: self.recording_files,
                meeting_info: self.meeting_info,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RecordingEventRecordInfo`](super::RecordingEventRecordInfo): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RecordingEventRecordInfoBuilder {
        pub(crate) meeting_record_id: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for RecordingEventRecordInfoBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RecordingEventRecordInfoBuilder))
                .finish_non_exhaustive()
        }
    }
    impl RecordingEventRecordInfoBuilder {
        /// Sets [`meeting_record_id`](super::RecordingEventRecordInfo::meeting_record_id).
        ///
        /// Optional.
        pub fn meeting_record_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_record_id = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl RecordingEventRecordInfoBuilder {
        /// The [`RecordingEventRecordInfo`](super::RecordingEventRecordInfo).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RecordingEventRecordInfo {
            super::RecordingEventRecordInfo {
                meeting_record_id: self.meeting_record_id,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RecordingFailedPayload`](super::RecordingFailedPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RecordingFailedPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) operator: ::std::option::Option<EventUser>,
        pub(crate) recording_files: ::std::option::Option<
            ::std::vec::Vec<EventRecordingFile>,
        >,
        pub(crate) meeting_info: ::std::option::Option<EventMeetingInfo>,
    }
    impl ::std::fmt::Debug for RecordingFailedPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RecordingFailedPayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl RecordingFailedPayloadBuilder {
        /// Sets [`operate_time`](super::RecordingFailedPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator`](super::RecordingFailedPayload::operator).
        ///
        /// Optional.
        pub fn operator(mut self, value: impl ::std::convert::Into<EventUser>) -> Self {
            self.operator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`recording_files`](super::RecordingFailedPayload::recording_files).
        ///
        /// Optional.
        pub fn recording_files(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<EventRecordingFile>,
            >,
        ) -> Self {
            self.recording_files = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`meeting_info`](super::RecordingFailedPayload::meeting_info).
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
    impl RecordingFailedPayloadBuilder {
        /// The [`RecordingFailedPayload`](super::RecordingFailedPayload).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RecordingFailedPayload {
            super::RecordingFailedPayload {
                operate_time: self.operate_time,
                operator: self.operator,
                recording_files: self.recording_files,
                meeting_info: self.meeting_info,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RecordingPausedPayload`](super::RecordingPausedPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RecordingPausedPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) operator: ::std::option::Option<EventUser>,
        pub(crate) meeting_info: ::std::option::Option<EventMeetingInfo>,
    }
    impl ::std::fmt::Debug for RecordingPausedPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RecordingPausedPayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl RecordingPausedPayloadBuilder {
        /// Sets [`operate_time`](super::RecordingPausedPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator`](super::RecordingPausedPayload::operator).
        ///
        /// Optional.
        pub fn operator(mut self, value: impl ::std::convert::Into<EventUser>) -> Self {
            self.operator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_info`](super::RecordingPausedPayload::meeting_info).
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
    impl RecordingPausedPayloadBuilder {
        /// The [`RecordingPausedPayload`](super::RecordingPausedPayload).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RecordingPausedPayload {
            super::RecordingPausedPayload {
                operate_time: self.operate_time,
                operator: self.operator,
                meeting_info: self.meeting_info,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RecordingResumedPayload`](super::RecordingResumedPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RecordingResumedPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) operator: ::std::option::Option<EventUser>,
        pub(crate) meeting_info: ::std::option::Option<EventMeetingInfo>,
    }
    impl ::std::fmt::Debug for RecordingResumedPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RecordingResumedPayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl RecordingResumedPayloadBuilder {
        /// Sets [`operate_time`](super::RecordingResumedPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator`](super::RecordingResumedPayload::operator).
        ///
        /// Optional.
        pub fn operator(mut self, value: impl ::std::convert::Into<EventUser>) -> Self {
            self.operator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_info`](super::RecordingResumedPayload::meeting_info).
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
    impl RecordingResumedPayloadBuilder {
        /// The [`RecordingResumedPayload`](super::RecordingResumedPayload).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RecordingResumedPayload {
            super::RecordingResumedPayload {
                operate_time: self.operate_time,
                operator: self.operator,
                meeting_info: self.meeting_info,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RecordingStartedPayload`](super::RecordingStartedPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RecordingStartedPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) operator: ::std::option::Option<EventUser>,
        pub(crate) meeting_info: ::std::option::Option<EventMeetingInfo>,
    }
    impl ::std::fmt::Debug for RecordingStartedPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RecordingStartedPayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl RecordingStartedPayloadBuilder {
        /// Sets [`operate_time`](super::RecordingStartedPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator`](super::RecordingStartedPayload::operator).
        ///
        /// Optional.
        pub fn operator(mut self, value: impl ::std::convert::Into<EventUser>) -> Self {
            self.operator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_info`](super::RecordingStartedPayload::meeting_info).
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
    impl RecordingStartedPayloadBuilder {
        /// The [`RecordingStartedPayload`](super::RecordingStartedPayload).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RecordingStartedPayload {
            super::RecordingStartedPayload {
                operate_time: self.operate_time,
                operator: self.operator,
                meeting_info: self.meeting_info,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RecordingStoppedPayload`](super::RecordingStoppedPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RecordingStoppedPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) operator: ::std::option::Option<EventUser>,
        pub(crate) meeting_info: ::std::option::Option<EventMeetingInfo>,
    }
    impl ::std::fmt::Debug for RecordingStoppedPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RecordingStoppedPayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl RecordingStoppedPayloadBuilder {
        /// Sets [`operate_time`](super::RecordingStoppedPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator`](super::RecordingStoppedPayload::operator).
        ///
        /// Optional.
        pub fn operator(mut self, value: impl ::std::convert::Into<EventUser>) -> Self {
            self.operator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_info`](super::RecordingStoppedPayload::meeting_info).
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
    impl RecordingStoppedPayloadBuilder {
        /// The [`RecordingStoppedPayload`](super::RecordingStoppedPayload).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RecordingStoppedPayload {
            super::RecordingStoppedPayload {
                operate_time: self.operate_time,
                operator: self.operator,
                meeting_info: self.meeting_info,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RecordingUpdatedPayload`](super::RecordingUpdatedPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RecordingUpdatedPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) operator: ::std::option::Option<EventUser>,
        pub(crate) record_info: ::std::option::Option<RecordingEventRecordInfo>,
        pub(crate) meeting_info: ::std::option::Option<EventMeetingInfo>,
    }
    impl ::std::fmt::Debug for RecordingUpdatedPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RecordingUpdatedPayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl RecordingUpdatedPayloadBuilder {
        /// Sets [`operate_time`](super::RecordingUpdatedPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator`](super::RecordingUpdatedPayload::operator).
        ///
        /// Optional.
        pub fn operator(mut self, value: impl ::std::convert::Into<EventUser>) -> Self {
            self.operator = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`record_info`](super::RecordingUpdatedPayload::record_info).
        ///
        /// Optional.
        pub fn record_info(
            mut self,
            value: impl ::std::convert::Into<RecordingEventRecordInfo>,
        ) -> Self {
            self.record_info = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_info`](super::RecordingUpdatedPayload::meeting_info).
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
    impl RecordingUpdatedPayloadBuilder {
        /// The [`RecordingUpdatedPayload`](super::RecordingUpdatedPayload).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RecordingUpdatedPayload {
            super::RecordingUpdatedPayload {
                operate_time: self.operate_time,
                operator: self.operator,
                record_info: self.record_info,
                meeting_info: self.meeting_info,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RoomAlertEvent`](super::RoomAlertEvent): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RoomAlertEventBuilder {
        pub(crate) health_status: ::std::option::Option<crate::events::RoomHealthStatus>,
        pub(crate) device_connect_status: ::std::option::Option<
            crate::events::RoomDeviceConnectStatus,
        >,
        pub(crate) create_time: ::std::option::Option<::std::string::String>,
        pub(crate) health_desc: ::std::option::Option<::std::string::String>,
        pub(crate) health_code: ::std::option::Option<::std::string::String>,
        pub(crate) alert_kind: ::std::option::Option<crate::events::RoomAlertKind>,
    }
    impl ::std::fmt::Debug for RoomAlertEventBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RoomAlertEventBuilder)).finish_non_exhaustive()
        }
    }
    impl RoomAlertEventBuilder {
        /// Sets [`health_status`](super::RoomAlertEvent::health_status).
        ///
        /// Optional.
        pub fn health_status(
            mut self,
            value: impl ::std::convert::Into<crate::events::RoomHealthStatus>,
        ) -> Self {
            self.health_status = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`device_connect_status`](super::RoomAlertEvent::device_connect_status).
        ///
        /// Optional.
        pub fn device_connect_status(
            mut self,
            value: impl ::std::convert::Into<crate::events::RoomDeviceConnectStatus>,
        ) -> Self {
            self.device_connect_status = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`create_time`](super::RoomAlertEvent::create_time).
        ///
        /// Optional.
        pub fn create_time(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.create_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`health_desc`](super::RoomAlertEvent::health_desc).
        ///
        /// Optional.
        pub fn health_desc(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.health_desc = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`health_code`](super::RoomAlertEvent::health_code).
        ///
        /// Optional.
        pub fn health_code(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.health_code = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`alert_kind`](super::RoomAlertEvent::alert_kind).
        ///
        /// Optional.
        pub fn alert_kind(
            mut self,
            value: impl ::std::convert::Into<crate::events::RoomAlertKind>,
        ) -> Self {
            self.alert_kind = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl RoomAlertEventBuilder {
        /// The [`RoomAlertEvent`](super::RoomAlertEvent).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RoomAlertEvent {
            super::RoomAlertEvent {
                health_status: self.health_status,
                device_connect_status: self.device_connect_status,
                create_time: self.create_time,
                health_desc: self.health_desc,
                health_code: self.health_code,
                alert_kind: self.alert_kind,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RoomAlertPayload`](super::RoomAlertPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RoomAlertPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) room_event: ::std::option::Option<RoomAlertRoom>,
    }
    impl ::std::fmt::Debug for RoomAlertPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RoomAlertPayloadBuilder)).finish_non_exhaustive()
        }
    }
    impl RoomAlertPayloadBuilder {
        /// Sets [`operate_time`](super::RoomAlertPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`room_event`](super::RoomAlertPayload::room_event).
        ///
        /// Optional.
        pub fn room_event(
            mut self,
            value: impl ::std::convert::Into<RoomAlertRoom>,
        ) -> Self {
            self.room_event = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl RoomAlertPayloadBuilder {
        /// The [`RoomAlertPayload`](super::RoomAlertPayload).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RoomAlertPayload {
            super::RoomAlertPayload {
                operate_time: self.operate_time,
                room_event: self.room_event,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RoomAlertRoom`](super::RoomAlertRoom): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RoomAlertRoomBuilder {
        pub(crate) rooms_id: ::std::option::Option<::std::string::String>,
        pub(crate) meeting_room_id: ::std::option::Option<RoomAlertMeetingRoomId>,
        pub(crate) device_model: ::std::option::Option<::std::string::String>,
        pub(crate) app_version: ::std::option::Option<::std::string::String>,
        pub(crate) is_support_screen_touch: ::std::option::Option<bool>,
        pub(crate) alert_event: ::std::option::Option<RoomAlertEvent>,
    }
    impl ::std::fmt::Debug for RoomAlertRoomBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RoomAlertRoomBuilder)).finish_non_exhaustive()
        }
    }
    impl RoomAlertRoomBuilder {
        /// Sets [`rooms_id`](super::RoomAlertRoom::rooms_id).
        ///
        /// Optional.
        pub fn rooms_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.rooms_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_room_id`](super::RoomAlertRoom::meeting_room_id).
        ///
        /// Optional.
        pub fn meeting_room_id(
            mut self,
            value: impl ::std::convert::Into<RoomAlertMeetingRoomId>,
        ) -> Self {
            self.meeting_room_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`device_model`](super::RoomAlertRoom::device_model).
        ///
        /// Optional.
        pub fn device_model(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.device_model = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`app_version`](super::RoomAlertRoom::app_version).
        ///
        /// Optional.
        pub fn app_version(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.app_version = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`is_support_screen_touch`](super::RoomAlertRoom::is_support_screen_touch).
        ///
        /// Optional.
        pub fn is_support_screen_touch(mut self, value: bool) -> Self {
            self.is_support_screen_touch = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`alert_event`](super::RoomAlertRoom::alert_event).
        ///
        /// Optional.
        pub fn alert_event(
            mut self,
            value: impl ::std::convert::Into<RoomAlertEvent>,
        ) -> Self {
            self.alert_event = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl RoomAlertRoomBuilder {
        /// The [`RoomAlertRoom`](super::RoomAlertRoom).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RoomAlertRoom {
            super::RoomAlertRoom {
                rooms_id: self.rooms_id,
                meeting_room_id: self.meeting_room_id,
                device_model: self.device_model,
                app_version: self.app_version,
                is_support_screen_touch: self.is_support_screen_touch,
                alert_event: self.alert_event,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RoomResponseEvent`](super::RoomResponseEvent): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RoomResponseEventBuilder {
        pub(crate) meeting_id: ::std::option::Option<::std::string::String>,
        pub(crate) meeting_room_id: ::std::option::Option<::std::string::String>,
        pub(crate) mra_address: ::std::option::Option<EventMraAddress>,
        pub(crate) response_event: ::std::option::Option<RoomResponseResult>,
    }
    impl ::std::fmt::Debug for RoomResponseEventBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RoomResponseEventBuilder)).finish_non_exhaustive()
        }
    }
    impl RoomResponseEventBuilder {
        /// Sets [`meeting_id`](super::RoomResponseEvent::meeting_id).
        ///
        /// Optional.
        pub fn meeting_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_room_id`](super::RoomResponseEvent::meeting_room_id).
        ///
        /// Optional.
        pub fn meeting_room_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_room_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`mra_address`](super::RoomResponseEvent::mra_address).
        ///
        /// Optional.
        pub fn mra_address(
            mut self,
            value: impl ::std::convert::Into<EventMraAddress>,
        ) -> Self {
            self.mra_address = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`response_event`](super::RoomResponseEvent::response_event).
        ///
        /// Optional.
        pub fn response_event(
            mut self,
            value: impl ::std::convert::Into<RoomResponseResult>,
        ) -> Self {
            self.response_event = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl RoomResponseEventBuilder {
        /// The [`RoomResponseEvent`](super::RoomResponseEvent).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RoomResponseEvent {
            super::RoomResponseEvent {
                meeting_id: self.meeting_id,
                meeting_room_id: self.meeting_room_id,
                mra_address: self.mra_address,
                response_event: self.response_event,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RoomResponsePayload`](super::RoomResponsePayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RoomResponsePayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) room_response_event: ::std::option::Option<RoomResponseEvent>,
    }
    impl ::std::fmt::Debug for RoomResponsePayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RoomResponsePayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl RoomResponsePayloadBuilder {
        /// Sets [`operate_time`](super::RoomResponsePayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`room_response_event`](super::RoomResponsePayload::room_response_event).
        ///
        /// Optional.
        pub fn room_response_event(
            mut self,
            value: impl ::std::convert::Into<RoomResponseEvent>,
        ) -> Self {
            self.room_response_event = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl RoomResponsePayloadBuilder {
        /// The [`RoomResponsePayload`](super::RoomResponsePayload).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RoomResponsePayload {
            super::RoomResponsePayload {
                operate_time: self.operate_time,
                room_response_event: self.room_response_event,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RoomResponseResult`](super::RoomResponseResult): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RoomResponseResultBuilder {
        pub(crate) response_status: ::std::option::Option<
            crate::events::RoomResponseStatus,
        >,
        pub(crate) response_time: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for RoomResponseResultBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RoomResponseResultBuilder)).finish_non_exhaustive()
        }
    }
    impl RoomResponseResultBuilder {
        /// Sets [`response_status`](super::RoomResponseResult::response_status).
        ///
        /// Optional.
        pub fn response_status(
            mut self,
            value: impl ::std::convert::Into<crate::events::RoomResponseStatus>,
        ) -> Self {
            self.response_status = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`response_time`](super::RoomResponseResult::response_time).
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
    impl RoomResponseResultBuilder {
        /// The [`RoomResponseResult`](super::RoomResponseResult).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RoomResponseResult {
            super::RoomResponseResult {
                response_status: self.response_status,
                response_time: self.response_time,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`SmartTranscriptsPayload`](super::SmartTranscriptsPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SmartTranscriptsPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) recording_files: ::std::option::Option<
            ::std::vec::Vec<EventRecordingFile>,
        >,
        pub(crate) meeting_info: ::std::option::Option<EventMeetingInfo>,
    }
    impl ::std::fmt::Debug for SmartTranscriptsPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SmartTranscriptsPayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl SmartTranscriptsPayloadBuilder {
        /// Sets [`operate_time`](super::SmartTranscriptsPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`recording_files`](super::SmartTranscriptsPayload::recording_files).
        ///
        /// Optional.
        pub fn recording_files(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<EventRecordingFile>,
            >,
        ) -> Self {
            self.recording_files = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`meeting_info`](super::SmartTranscriptsPayload::meeting_info).
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
    impl SmartTranscriptsPayloadBuilder {
        /// The [`SmartTranscriptsPayload`](super::SmartTranscriptsPayload).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::SmartTranscriptsPayload {
            super::SmartTranscriptsPayload {
                operate_time: self.operate_time,
                recording_files: self.recording_files,
                meeting_info: self.meeting_info,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`WarmUpUploadInfo`](super::WarmUpUploadInfo): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct WarmUpUploadInfoBuilder {
        pub(crate) upload_status: ::std::option::Option<bool>,
        pub(crate) error_msg: ::std::option::Option<::std::string::String>,
        pub(crate) warm_up_picture: ::std::option::Option<::std::string::String>,
        pub(crate) warm_up_video: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for WarmUpUploadInfoBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(WarmUpUploadInfoBuilder)).finish_non_exhaustive()
        }
    }
    impl WarmUpUploadInfoBuilder {
        /// Sets [`upload_status`](super::WarmUpUploadInfo::upload_status).
        ///
        /// Optional.
        pub fn upload_status(mut self, value: bool) -> Self {
            self.upload_status = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`error_msg`](super::WarmUpUploadInfo::error_msg).
        ///
        /// Optional.
        pub fn error_msg(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.error_msg = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`warm_up_picture`](super::WarmUpUploadInfo::warm_up_picture).
        ///
        /// Optional.
        pub fn warm_up_picture(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.warm_up_picture = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`warm_up_video`](super::WarmUpUploadInfo::warm_up_video).
        ///
        /// Optional.
        pub fn warm_up_video(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.warm_up_video = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl WarmUpUploadInfoBuilder {
        /// The [`WarmUpUploadInfo`](super::WarmUpUploadInfo).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::WarmUpUploadInfo {
            super::WarmUpUploadInfo {
                upload_status: self.upload_status,
                error_msg: self.error_msg,
                warm_up_picture: self.warm_up_picture,
                warm_up_video: self.warm_up_video,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`WebinarWarmUpUploadedPayload`](super::WebinarWarmUpUploadedPayload): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct WebinarWarmUpUploadedPayloadBuilder {
        pub(crate) operate_time: ::std::option::Option<crate::EventTime>,
        pub(crate) warm_up_info: ::std::option::Option<WarmUpUploadInfo>,
        pub(crate) meeting_info: ::std::option::Option<EventMeetingInfo>,
    }
    impl ::std::fmt::Debug for WebinarWarmUpUploadedPayloadBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(WebinarWarmUpUploadedPayloadBuilder))
                .finish_non_exhaustive()
        }
    }
    impl WebinarWarmUpUploadedPayloadBuilder {
        /// Sets [`operate_time`](super::WebinarWarmUpUploadedPayload::operate_time).
        ///
        /// Optional.
        pub fn operate_time(
            mut self,
            value: impl ::std::convert::Into<crate::EventTime>,
        ) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`warm_up_info`](super::WebinarWarmUpUploadedPayload::warm_up_info).
        ///
        /// Optional.
        pub fn warm_up_info(
            mut self,
            value: impl ::std::convert::Into<WarmUpUploadInfo>,
        ) -> Self {
            self.warm_up_info = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_info`](super::WebinarWarmUpUploadedPayload::meeting_info).
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
    impl WebinarWarmUpUploadedPayloadBuilder {
        /// The [`WebinarWarmUpUploadedPayload`](super::WebinarWarmUpUploadedPayload).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::WebinarWarmUpUploadedPayload {
            super::WebinarWarmUpUploadedPayload {
                operate_time: self.operate_time,
                warm_up_info: self.warm_up_info,
                meeting_info: self.meeting_info,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Code generation's plumbing, not API: the markers of required fields not set yet
    /// (`missing::<model>::<field>`) and the traits `build()` requires of the set ones.
    #[doc(hidden)]
    pub mod missing {
        /// The required fields of [`AsrSentence`](super::super::AsrSentence) not set yet.
        #[allow(non_camel_case_types)]
        pub mod asr_sentence {}
        /// The required fields of [`AsrSentenceContent`](super::super::AsrSentenceContent) not set yet.
        #[allow(non_camel_case_types)]
        pub mod asr_sentence_content {}
        /// The required fields of [`AsrSpeaker`](super::super::AsrSpeaker) not set yet.
        #[allow(non_camel_case_types)]
        pub mod asr_speaker {}
        /// The required fields of [`AsrTranslation`](super::super::AsrTranslation) not set yet.
        #[allow(non_camel_case_types)]
        pub mod asr_translation {}
        /// The required fields of [`AsyncJobContent`](super::super::AsyncJobContent) not set yet.
        #[allow(non_camel_case_types)]
        pub mod async_job_content {}
        /// The required fields of [`AsyncJobInfo`](super::super::AsyncJobInfo) not set yet.
        #[allow(non_camel_case_types)]
        pub mod async_job_info {}
        /// The required fields of [`EnrollCancelInfo`](super::super::EnrollCancelInfo) not set yet.
        #[allow(non_camel_case_types)]
        pub mod enroll_cancel_info {}
        /// The required fields of [`EnrollCancelPayload`](super::super::EnrollCancelPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod enroll_cancel_payload {}
        /// The required fields of [`EventExtendInfo`](super::super::EventExtendInfo) not set yet.
        #[allow(non_camel_case_types)]
        pub mod event_extend_info {}
        /// The required fields of [`EventMeetingInfo`](super::super::EventMeetingInfo) not set yet.
        #[allow(non_camel_case_types)]
        pub mod event_meeting_info {}
        /// The required fields of [`EventMraAddress`](super::super::EventMraAddress) not set yet.
        #[allow(non_camel_case_types)]
        pub mod event_mra_address {}
        /// The required fields of [`EventRecordingFile`](super::super::EventRecordingFile) not set yet.
        #[allow(non_camel_case_types)]
        pub mod event_recording_file {}
        /// The required fields of [`EventRoleChangedUser`](super::super::EventRoleChangedUser) not set yet.
        #[allow(non_camel_case_types)]
        pub mod event_role_changed_user {}
        /// The required fields of [`EventRoomInfo`](super::super::EventRoomInfo) not set yet.
        #[allow(non_camel_case_types)]
        pub mod event_room_info {}
        /// The required fields of [`EventUser`](super::super::EventUser) not set yet.
        #[allow(non_camel_case_types)]
        pub mod event_user {}
        /// The required fields of [`MediumUploadInfo`](super::super::MediumUploadInfo) not set yet.
        #[allow(non_camel_case_types)]
        pub mod medium_upload_info {}
        /// The required fields of [`MeetingAsrPushPayload`](super::super::MeetingAsrPushPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_asr_push_payload {}
        /// The required fields of [`MeetingCanceledPayload`](super::super::MeetingCanceledPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_canceled_payload {}
        /// The required fields of [`MeetingCreatedPayload`](super::super::MeetingCreatedPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_created_payload {}
        /// The required fields of [`MeetingEndPayload`](super::super::MeetingEndPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_end_payload {}
        /// The required fields of [`MeetingJobResultsPayload`](super::super::MeetingJobResultsPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_job_results_payload {}
        /// The required fields of [`MeetingLiveStartedPayload`](super::super::MeetingLiveStartedPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_live_started_payload {}
        /// The required fields of [`MeetingLiveStoppedPayload`](super::super::MeetingLiveStoppedPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_live_stopped_payload {}
        /// The required fields of [`MeetingMediumUploadedPayload`](super::super::MeetingMediumUploadedPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_medium_uploaded_payload {}
        /// The required fields of [`MeetingOpenAsrPayload`](super::super::MeetingOpenAsrPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_open_asr_payload {}
        /// The required fields of [`MeetingParticipantAdmittedPayload`](super::super::MeetingParticipantAdmittedPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_participant_admitted_payload {}
        /// The required fields of [`MeetingParticipantJbhWaitingPayload`](super::super::MeetingParticipantJbhWaitingPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_participant_jbh_waiting_payload {}
        /// The required fields of [`MeetingParticipantJoinedPayload`](super::super::MeetingParticipantJoinedPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_participant_joined_payload {}
        /// The required fields of [`MeetingParticipantJoinedWaitingRoomPayload`](super::super::MeetingParticipantJoinedWaitingRoomPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_participant_joined_waiting_room_payload {}
        /// The required fields of [`MeetingParticipantLeftPayload`](super::super::MeetingParticipantLeftPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_participant_left_payload {}
        /// The required fields of [`MeetingParticipantLeftWaitingRoomPayload`](super::super::MeetingParticipantLeftWaitingRoomPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_participant_left_waiting_room_payload {}
        /// The required fields of [`MeetingParticipantPutInWaitingRoomPayload`](super::super::MeetingParticipantPutInWaitingRoomPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_participant_put_in_waiting_room_payload {}
        /// The required fields of [`MeetingParticipantRoleChangedPayload`](super::super::MeetingParticipantRoleChangedPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_participant_role_changed_payload {}
        /// The required fields of [`MeetingPhoneParticipantStatusUpdatedPayload`](super::super::MeetingPhoneParticipantStatusUpdatedPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_phone_participant_status_updated_payload {}
        /// The required fields of [`MeetingShareScreenClosePayload`](super::super::MeetingShareScreenClosePayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_share_screen_close_payload {}
        /// The required fields of [`MeetingShareScreenOpenPayload`](super::super::MeetingShareScreenOpenPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_share_screen_open_payload {}
        /// The required fields of [`MeetingStartedPayload`](super::super::MeetingStartedPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_started_payload {}
        /// The required fields of [`MeetingUnmuteAllPayload`](super::super::MeetingUnmuteAllPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_unmute_all_payload {}
        /// The required fields of [`MeetingUpdatedPayload`](super::super::MeetingUpdatedPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod meeting_updated_payload {}
        /// The required fields of [`OauthAppInfo`](super::super::OauthAppInfo) not set yet.
        #[allow(non_camel_case_types)]
        pub mod oauth_app_info {}
        /// The required fields of [`OauthAuthUserPayload`](super::super::OauthAuthUserPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod oauth_auth_user_payload {}
        /// The required fields of [`OauthCancelAuthPayload`](super::super::OauthCancelAuthPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod oauth_cancel_auth_payload {}
        /// The required fields of [`OauthCorpAuthPayload`](super::super::OauthCorpAuthPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod oauth_corp_auth_payload {}
        /// The required fields of [`OauthCorpCancelAuthPayload`](super::super::OauthCorpCancelAuthPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod oauth_corp_cancel_auth_payload {}
        /// The required fields of [`OauthEventOperator`](super::super::OauthEventOperator) not set yet.
        #[allow(non_camel_case_types)]
        pub mod oauth_event_operator {}
        /// The required fields of [`OauthOpenId`](super::super::OauthOpenId) not set yet.
        #[allow(non_camel_case_types)]
        pub mod oauth_open_id {}
        /// The required fields of [`OauthUserAuthPayload`](super::super::OauthUserAuthPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod oauth_user_auth_payload {}
        /// The required fields of [`OauthUserCancelAuthPayload`](super::super::OauthUserCancelAuthPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod oauth_user_cancel_auth_payload {}
        /// The required fields of [`RecordingApplyInfo`](super::super::RecordingApplyInfo) not set yet.
        #[allow(non_camel_case_types)]
        pub mod recording_apply_info {}
        /// The required fields of [`RecordingApplyPayload`](super::super::RecordingApplyPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod recording_apply_payload {}
        /// The required fields of [`RecordingClippedPayload`](super::super::RecordingClippedPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod recording_clipped_payload {}
        /// The required fields of [`RecordingCompletedPayload`](super::super::RecordingCompletedPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod recording_completed_payload {}
        /// The required fields of [`RecordingDeletedPayload`](super::super::RecordingDeletedPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod recording_deleted_payload {}
        /// The required fields of [`RecordingEventRecordInfo`](super::super::RecordingEventRecordInfo) not set yet.
        #[allow(non_camel_case_types)]
        pub mod recording_event_record_info {}
        /// The required fields of [`RecordingFailedPayload`](super::super::RecordingFailedPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod recording_failed_payload {}
        /// The required fields of [`RecordingPausedPayload`](super::super::RecordingPausedPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod recording_paused_payload {}
        /// The required fields of [`RecordingResumedPayload`](super::super::RecordingResumedPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod recording_resumed_payload {}
        /// The required fields of [`RecordingStartedPayload`](super::super::RecordingStartedPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod recording_started_payload {}
        /// The required fields of [`RecordingStoppedPayload`](super::super::RecordingStoppedPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod recording_stopped_payload {}
        /// The required fields of [`RecordingUpdatedPayload`](super::super::RecordingUpdatedPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod recording_updated_payload {}
        /// The required fields of [`RoomAlertEvent`](super::super::RoomAlertEvent) not set yet.
        #[allow(non_camel_case_types)]
        pub mod room_alert_event {}
        /// The required fields of [`RoomAlertPayload`](super::super::RoomAlertPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod room_alert_payload {}
        /// The required fields of [`RoomAlertRoom`](super::super::RoomAlertRoom) not set yet.
        #[allow(non_camel_case_types)]
        pub mod room_alert_room {}
        /// The required fields of [`RoomResponseEvent`](super::super::RoomResponseEvent) not set yet.
        #[allow(non_camel_case_types)]
        pub mod room_response_event {}
        /// The required fields of [`RoomResponsePayload`](super::super::RoomResponsePayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod room_response_payload {}
        /// The required fields of [`RoomResponseResult`](super::super::RoomResponseResult) not set yet.
        #[allow(non_camel_case_types)]
        pub mod room_response_result {}
        /// The required fields of [`SmartTranscriptsPayload`](super::super::SmartTranscriptsPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod smart_transcripts_payload {}
        /// The required fields of [`WarmUpUploadInfo`](super::super::WarmUpUploadInfo) not set yet.
        #[allow(non_camel_case_types)]
        pub mod warm_up_upload_info {}
        /// The required fields of [`WebinarWarmUpUploadedPayload`](super::super::WebinarWarmUpUploadedPayload) not set yet.
        #[allow(non_camel_case_types)]
        pub mod webinar_warm_up_uploaded_payload {}
    }
}
/// Where a user joined or left (事件行为类型), for meetings with breakout rooms. Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum ActionSceneType {
    /// Into or out of the main meeting (进出主会议) (code 0).
    MainMeeting,
    /// Into or out of a breakout room (进出分组会议) (code 1).
    Breakout,
    /// From the main meeting into a breakout room (主会议进入分组) (code 2).
    MainToBreakout,
    /// From a breakout room back to the main meeting (分组进入主会议) (code 3).
    BreakoutToMain,
    /// Into or out of a breakout room from outside the meeting (会议外进出分组) (code 4).
    BreakoutFromOutside,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl ActionSceneType {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[
        Self::MainMeeting,
        Self::Breakout,
        Self::MainToBreakout,
        Self::BreakoutToMain,
        Self::BreakoutFromOutside,
    ];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::MainMeeting => 0u32,
            Self::Breakout => 1u32,
            Self::MainToBreakout => 2u32,
            Self::BreakoutToMain => 3u32,
            Self::BreakoutFromOutside => 4u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::MainMeeting,
            1u32 => Self::Breakout,
            2u32 => Self::MainToBreakout,
            3u32 => Self::BreakoutToMain,
            4u32 => Self::BreakoutFromOutside,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::MainMeeting => {
                ::std::option::Option::Some(
                    "Into or out of the main meeting (进出主会议)",
                )
            }
            Self::Breakout => {
                ::std::option::Option::Some(
                    "Into or out of a breakout room (进出分组会议)",
                )
            }
            Self::MainToBreakout => {
                ::std::option::Option::Some(
                    "From the main meeting into a breakout room (主会议进入分组)",
                )
            }
            Self::BreakoutToMain => {
                ::std::option::Option::Some(
                    "From a breakout room back to the main meeting (分组进入主会议)",
                )
            }
            Self::BreakoutFromOutside => {
                ::std::option::Option::Some(
                    "Into or out of a breakout room from outside the meeting (会议外进出分组)",
                )
            }
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(ActionSceneType);
/// Kind of an asynchronous job (任务类型). Any other string is accepted (the page's example sends a placeholder).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum AsyncJobType {
    /// An upload (UPLOAD) (`UPLOAD`).
    Upload,
    /// A download (DOWNLOAD) (`DOWNLOAD`).
    Download,
    /// A kind the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(::std::string::String),
}
impl AsyncJobType {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[Self::Upload, Self::Download];
    /// The code on the wire.
    pub fn code(&self) -> &str {
        match self {
            Self::Upload => "UPLOAD",
            Self::Download => "DOWNLOAD",
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub fn from_code(code: &str) -> Self {
        match code {
            "UPLOAD" => Self::Upload,
            "DOWNLOAD" => Self::Download,
            other => Self::Other(other.to_owned()),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub fn label(&self) -> ::std::option::Option<&'static str> {
        match self.code() {
            "UPLOAD" => ::std::option::Option::Some("An upload (UPLOAD)"),
            "DOWNLOAD" => ::std::option::Option::Some("A download (DOWNLOAD)"),
            _ => ::std::option::Option::None,
        }
    }
}
crate::code_list::string_code_list_impls!(AsyncJobType);
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
/// Why a meeting ended (结束类型). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum MeetingEndType {
    /// Ended by a host (主动结束会议) (code 0).
    Ended,
    /// The last participant left after the scheduled end (最后一个参会用户离开会议且超过了预定会议结束时间) (code 1).
    LastLeftAfterEnd,
    /// Nobody in the meeting past the scheduled end (会议中无人且超过了预定会议结束时间) (code 2).
    EmptyAfterEnd,
    /// Nobody in the meeting before the scheduled end (会议中无人且未到会议预定结束时间) (code 3).
    EmptyBeforeEnd,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl MeetingEndType {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[
        Self::Ended,
        Self::LastLeftAfterEnd,
        Self::EmptyAfterEnd,
        Self::EmptyBeforeEnd,
    ];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Ended => 0u32,
            Self::LastLeftAfterEnd => 1u32,
            Self::EmptyAfterEnd => 2u32,
            Self::EmptyBeforeEnd => 3u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::Ended,
            1u32 => Self::LastLeftAfterEnd,
            2u32 => Self::EmptyAfterEnd,
            3u32 => Self::EmptyBeforeEnd,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Ended => {
                ::std::option::Option::Some("Ended by a host (主动结束会议)")
            }
            Self::LastLeftAfterEnd => {
                ::std::option::Option::Some(
                    "The last participant left after the scheduled end (最后一个参会用户离开会议且超过了预定会议结束时间)",
                )
            }
            Self::EmptyAfterEnd => {
                ::std::option::Option::Some(
                    "Nobody in the meeting past the scheduled end (会议中无人且超过了预定会议结束时间)",
                )
            }
            Self::EmptyBeforeEnd => {
                ::std::option::Option::Some(
                    "Nobody in the meeting before the scheduled end (会议中无人且未到会议预定结束时间)",
                )
            }
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(MeetingEndType);
/// What a meeting ID in an event names (会议 ID 类型). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum MeetingIdType {
    /// The main meeting (主会议 ID) (code 0).
    Main,
    /// A breakout room (分组会议 ID) (code 1).
    Breakout,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl MeetingIdType {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[Self::Main, Self::Breakout];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Main => 0u32,
            Self::Breakout => 1u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::Main,
            1u32 => Self::Breakout,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Main => ::std::option::Option::Some("The main meeting (主会议 ID)"),
            Self::Breakout => {
                ::std::option::Option::Some("A breakout room (分组会议 ID)")
            }
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(MeetingIdType);
/// State of an application (应用状态), sent as Chinese text. Any other string is accepted.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum OauthAppStatus {
    /// Being created (创建中) (`创建中`).
    Creating,
    /// Created (创建完成) (`创建完成`).
    Created,
    /// Under review (审批中) (`审批中`).
    UnderReview,
    /// A value the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(::std::string::String),
}
impl OauthAppStatus {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[
        Self::Creating,
        Self::Created,
        Self::UnderReview,
    ];
    /// The code on the wire.
    pub fn code(&self) -> &str {
        match self {
            Self::Creating => "创建中",
            Self::Created => "创建完成",
            Self::UnderReview => "审批中",
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub fn from_code(code: &str) -> Self {
        match code {
            "创建中" => Self::Creating,
            "创建完成" => Self::Created,
            "审批中" => Self::UnderReview,
            other => Self::Other(other.to_owned()),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub fn label(&self) -> ::std::option::Option<&'static str> {
        match self.code() {
            "创建中" => ::std::option::Option::Some("Being created (创建中)"),
            "创建完成" => ::std::option::Option::Some("Created (创建完成)"),
            "审批中" => ::std::option::Option::Some("Under review (审批中)"),
            _ => ::std::option::Option::None,
        }
    }
}
crate::code_list::string_code_list_impls!(OauthAppStatus);
/// Level of an application (应用类型). Any other string is accepted.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum OauthAppType {
    /// Account-level application (账户级应用) (`CORP_ACCOUNT_LEVEL`).
    CorpAccountLevel,
    /// User-level application (用户级应用) (`USER_ACCOUNT_LEVEL`).
    UserAccountLevel,
    /// A value the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(::std::string::String),
}
impl OauthAppType {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[
        Self::CorpAccountLevel,
        Self::UserAccountLevel,
    ];
    /// The code on the wire.
    pub fn code(&self) -> &str {
        match self {
            Self::CorpAccountLevel => "CORP_ACCOUNT_LEVEL",
            Self::UserAccountLevel => "USER_ACCOUNT_LEVEL",
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub fn from_code(code: &str) -> Self {
        match code {
            "CORP_ACCOUNT_LEVEL" => Self::CorpAccountLevel,
            "USER_ACCOUNT_LEVEL" => Self::UserAccountLevel,
            other => Self::Other(other.to_owned()),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub fn label(&self) -> ::std::option::Option<&'static str> {
        match self.code() {
            "CORP_ACCOUNT_LEVEL" => {
                ::std::option::Option::Some(
                    "Account-level application (账户级应用)",
                )
            }
            "USER_ACCOUNT_LEVEL" => {
                ::std::option::Option::Some("User-level application (用户级应用)")
            }
            _ => ::std::option::Option::None,
        }
    }
}
crate::code_list::string_code_list_impls!(OauthAppType);
/// What the operator of an OAuth application event is in the enterprise (操作者类型). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum OauthOperatorRole {
    /// An ordinary member (普通成员) (code 0).
    Member,
    /// An enterprise administrator (企业管理员) (code 1).
    CorpAdmin,
    /// A system administrator (系统管理员) (code 2).
    SystemAdmin,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl OauthOperatorRole {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[
        Self::Member,
        Self::CorpAdmin,
        Self::SystemAdmin,
    ];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Member => 0u32,
            Self::CorpAdmin => 1u32,
            Self::SystemAdmin => 2u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::Member,
            1u32 => Self::CorpAdmin,
            2u32 => Self::SystemAdmin,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Member => {
                ::std::option::Option::Some("An ordinary member (普通成员)")
            }
            Self::CorpAdmin => {
                ::std::option::Option::Some(
                    "An enterprise administrator (企业管理员)",
                )
            }
            Self::SystemAdmin => {
                ::std::option::Option::Some("A system administrator (系统管理员)")
            }
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(OauthOperatorRole);
/// State of a telephone call-out (外呼状态). Any other string is accepted.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum PstnCallStatus {
    /// The call starts (开始邀请) (`START_INVITE`).
    Inviting,
    /// The callee answered (用户接听) (`START_ACCEPT`).
    Accepted,
    /// Hung up without answering; not answering and declining cannot be told apart yet (用户无接听挂断) (`LEAVE_WITHOUT_ACCEPT`).
    EndedUnanswered,
    /// Hung up after answering (用户已接听挂断) (`LEAVE_WITH_ACCEPTED`).
    EndedAfterAnswer,
    /// The inviter cancelled while calling (呼叫中邀请人主动取消); the wire value is spelled `CANCLE`. A host hanging up an answered call is a kickout instead. (`CANCLE_INVITE`).
    InviteCancelled,
    /// A state the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(::std::string::String),
}
impl PstnCallStatus {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[
        Self::Inviting,
        Self::Accepted,
        Self::EndedUnanswered,
        Self::EndedAfterAnswer,
        Self::InviteCancelled,
    ];
    /// The code on the wire.
    pub fn code(&self) -> &str {
        match self {
            Self::Inviting => "START_INVITE",
            Self::Accepted => "START_ACCEPT",
            Self::EndedUnanswered => "LEAVE_WITHOUT_ACCEPT",
            Self::EndedAfterAnswer => "LEAVE_WITH_ACCEPTED",
            Self::InviteCancelled => "CANCLE_INVITE",
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub fn from_code(code: &str) -> Self {
        match code {
            "START_INVITE" => Self::Inviting,
            "START_ACCEPT" => Self::Accepted,
            "LEAVE_WITHOUT_ACCEPT" => Self::EndedUnanswered,
            "LEAVE_WITH_ACCEPTED" => Self::EndedAfterAnswer,
            "CANCLE_INVITE" => Self::InviteCancelled,
            other => Self::Other(other.to_owned()),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub fn label(&self) -> ::std::option::Option<&'static str> {
        match self.code() {
            "START_INVITE" => {
                ::std::option::Option::Some("The call starts (开始邀请)")
            }
            "START_ACCEPT" => {
                ::std::option::Option::Some("The callee answered (用户接听)")
            }
            "LEAVE_WITHOUT_ACCEPT" => {
                ::std::option::Option::Some(
                    "Hung up without answering; not answering and declining cannot be told apart yet (用户无接听挂断)",
                )
            }
            "LEAVE_WITH_ACCEPTED" => {
                ::std::option::Option::Some(
                    "Hung up after answering (用户已接听挂断)",
                )
            }
            "CANCLE_INVITE" => {
                ::std::option::Option::Some(
                    "The inviter cancelled while calling (呼叫中邀请人主动取消); the wire value is spelled `CANCLE`. A host hanging up an answered call is a kickout instead.",
                )
            }
            _ => ::std::option::Option::None,
        }
    }
}
crate::code_list::string_code_list_impls!(PstnCallStatus);
/// Whether an alert was raised or cleared (告警生成/告警恢复). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum RoomAlertKind {
    /// The alert was raised (告警生成) (code 0).
    Raised,
    /// The alert cleared (告警恢复) (code 1).
    Recovered,
    /// A kind the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl RoomAlertKind {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[Self::Raised, Self::Recovered];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Raised => 0u32,
            Self::Recovered => 1u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::Raised,
            1u32 => Self::Recovered,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Raised => {
                ::std::option::Option::Some("The alert was raised (告警生成)")
            }
            Self::Recovered => {
                ::std::option::Option::Some("The alert cleared (告警恢复)")
            }
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(RoomAlertKind);
/// Whether a meeting room's device is connected (设备状态). Any other string is accepted.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum RoomDeviceConnectStatus {
    /// Online (在线) (`ONLINE`).
    Online,
    /// Offline (离线) (`OFFLINE`).
    Offline,
    /// A state the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(::std::string::String),
}
impl RoomDeviceConnectStatus {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[Self::Online, Self::Offline];
    /// The code on the wire.
    pub fn code(&self) -> &str {
        match self {
            Self::Online => "ONLINE",
            Self::Offline => "OFFLINE",
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub fn from_code(code: &str) -> Self {
        match code {
            "ONLINE" => Self::Online,
            "OFFLINE" => Self::Offline,
            other => Self::Other(other.to_owned()),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub fn label(&self) -> ::std::option::Option<&'static str> {
        match self.code() {
            "ONLINE" => ::std::option::Option::Some("Online (在线)"),
            "OFFLINE" => ::std::option::Option::Some("Offline (离线)"),
            _ => ::std::option::Option::None,
        }
    }
}
crate::code_list::string_code_list_impls!(RoomDeviceConnectStatus);
/// Severity of a meeting room's health problem (健康状态), as the room alert query (查询会议室告警信息, page 74891) labels the codes; the event page lists none. Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum RoomHealthStatus {
    /// An ordinary warning (普通警告) (code 1).
    Warning,
    /// A severe warning (严重警告) (code 2).
    Severe,
    /// A severity the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl RoomHealthStatus {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[Self::Warning, Self::Severe];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Warning => 1u32,
            Self::Severe => 2u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            1u32 => Self::Warning,
            2u32 => Self::Severe,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Warning => {
                ::std::option::Option::Some("An ordinary warning (普通警告)")
            }
            Self::Severe => {
                ::std::option::Option::Some("A severe warning (严重警告)")
            }
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(RoomHealthStatus);
/// How a called meeting room answered (应答结果), sent as a string of digits. Any other string is accepted.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum RoomResponseStatus {
    /// No answer (无应答) (`0`).
    NoAnswer,
    /// Joining the meeting (入会中) (`2`).
    Joining,
    /// Rejected (被拒绝) (`3`).
    Rejected,
    /// The call was cancelled, for Rooms only (取消呼叫，仅 rooms 会议室有该状态) (`5`).
    Cancelled,
    /// An answer the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(::std::string::String),
}
impl RoomResponseStatus {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[
        Self::NoAnswer,
        Self::Joining,
        Self::Rejected,
        Self::Cancelled,
    ];
    /// The code on the wire.
    pub fn code(&self) -> &str {
        match self {
            Self::NoAnswer => "0",
            Self::Joining => "2",
            Self::Rejected => "3",
            Self::Cancelled => "5",
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub fn from_code(code: &str) -> Self {
        match code {
            "0" => Self::NoAnswer,
            "2" => Self::Joining,
            "3" => Self::Rejected,
            "5" => Self::Cancelled,
            other => Self::Other(other.to_owned()),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub fn label(&self) -> ::std::option::Option<&'static str> {
        match self.code() {
            "0" => ::std::option::Option::Some("No answer (无应答)"),
            "2" => ::std::option::Option::Some("Joining the meeting (入会中)"),
            "3" => ::std::option::Option::Some("Rejected (被拒绝)"),
            "5" => {
                ::std::option::Option::Some(
                    "The call was cancelled, for Rooms only (取消呼叫，仅 rooms 会议室有该状态)",
                )
            }
            _ => ::std::option::Option::None,
        }
    }
}
crate::code_list::string_code_list_impls!(RoomResponseStatus);
impl crate::EventPayload for crate::events::EnrollCancelPayload {
    const EVENT: &'static str = "enroll.cancel";
}
impl crate::EventPayload for crate::events::MeetingAsrPushPayload {
    const EVENT: &'static str = "meeting.asr-push";
}
impl crate::EventPayload for crate::events::MeetingCanceledPayload {
    const EVENT: &'static str = "meeting.canceled";
}
impl crate::EventPayload for crate::events::MeetingCreatedPayload {
    const EVENT: &'static str = "meeting.created";
}
impl crate::EventPayload for crate::events::MeetingEndPayload {
    const EVENT: &'static str = "meeting.end";
}
impl crate::EventPayload for crate::events::MeetingJobResultsPayload {
    const EVENT: &'static str = "meeting.job-results";
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
impl crate::EventPayload for crate::events::MeetingOpenAsrPayload {
    const EVENT: &'static str = "meeting.open-asr";
}
impl crate::EventPayload for crate::events::MeetingParticipantAdmittedPayload {
    const EVENT: &'static str = "meeting.participant-admitted";
}
impl crate::EventPayload for crate::events::MeetingParticipantJbhWaitingPayload {
    const EVENT: &'static str = "meeting.participant-jbh-waiting";
}
impl crate::EventPayload for crate::events::MeetingParticipantJoinedPayload {
    const EVENT: &'static str = "meeting.participant-joined";
}
impl crate::EventPayload for crate::events::MeetingParticipantJoinedWaitingRoomPayload {
    const EVENT: &'static str = "meeting.participant-joined-waiting-room";
}
impl crate::EventPayload for crate::events::MeetingParticipantLeftPayload {
    const EVENT: &'static str = "meeting.participant-left";
}
impl crate::EventPayload for crate::events::MeetingParticipantLeftWaitingRoomPayload {
    const EVENT: &'static str = "meeting.participant-left-waiting-room";
}
impl crate::EventPayload for crate::events::MeetingParticipantPutInWaitingRoomPayload {
    const EVENT: &'static str = "meeting.participant-put-in-waiting-room";
}
impl crate::EventPayload for crate::events::MeetingParticipantRoleChangedPayload {
    const EVENT: &'static str = "meeting.participant-role-changed";
}
impl crate::EventPayload for crate::events::MeetingPhoneParticipantStatusUpdatedPayload {
    const EVENT: &'static str = "meeting.phone.participant-status-updated";
}
impl crate::EventPayload for crate::events::MeetingShareScreenClosePayload {
    const EVENT: &'static str = "meeting.share-screen-close";
}
impl crate::EventPayload for crate::events::MeetingShareScreenOpenPayload {
    const EVENT: &'static str = "meeting.share-screen-open";
}
impl crate::EventPayload for crate::events::MeetingStartedPayload {
    const EVENT: &'static str = "meeting.started";
}
impl crate::EventPayload for crate::events::MeetingUnmuteAllPayload {
    const EVENT: &'static str = "meeting.unmute-all";
}
impl crate::EventPayload for crate::events::MeetingUpdatedPayload {
    const EVENT: &'static str = "meeting.updated";
}
impl crate::EventPayload for crate::events::OauthAuthUserPayload {
    const EVENT: &'static str = "oauth.auth-user";
}
impl crate::EventPayload for crate::events::OauthCancelAuthPayload {
    const EVENT: &'static str = "oauth.cancel-auth";
}
impl crate::EventPayload for crate::events::OauthCorpAuthPayload {
    const EVENT: &'static str = "oauth.corp-auth";
}
impl crate::EventPayload for crate::events::OauthCorpCancelAuthPayload {
    const EVENT: &'static str = "oauth.corp-cancel-auth";
}
impl crate::EventPayload for crate::events::OauthUserAuthPayload {
    const EVENT: &'static str = "oauth.user-auth";
}
impl crate::EventPayload for crate::events::OauthUserCancelAuthPayload {
    const EVENT: &'static str = "oauth.user-cancel-auth";
}
impl crate::EventPayload for crate::events::RecordingApplyPayload {
    const EVENT: &'static str = "recording.apply";
}
impl crate::EventPayload for crate::events::RecordingClippedPayload {
    const EVENT: &'static str = "recording.clipped";
}
impl crate::EventPayload for crate::events::RecordingCompletedPayload {
    const EVENT: &'static str = "recording.completed";
}
impl crate::EventPayload for crate::events::RecordingDeletedPayload {
    const EVENT: &'static str = "recording.deleted";
}
impl crate::EventPayload for crate::events::RecordingFailedPayload {
    const EVENT: &'static str = "recording.failed";
}
impl crate::EventPayload for crate::events::RecordingPausedPayload {
    const EVENT: &'static str = "recording.paused";
}
impl crate::EventPayload for crate::events::RecordingResumedPayload {
    const EVENT: &'static str = "recording.resumed";
}
impl crate::EventPayload for crate::events::RecordingStartedPayload {
    const EVENT: &'static str = "recording.started";
}
impl crate::EventPayload for crate::events::RecordingStoppedPayload {
    const EVENT: &'static str = "recording.stopped";
}
impl crate::EventPayload for crate::events::RecordingUpdatedPayload {
    const EVENT: &'static str = "recording.updated";
}
impl crate::EventPayload for crate::events::RoomAlertPayload {
    const EVENT: &'static str = "room.alert";
}
impl crate::EventPayload for crate::events::RoomResponsePayload {
    const EVENT: &'static str = "room.response";
}
impl crate::EventPayload for crate::events::SmartTranscriptsPayload {
    const EVENT: &'static str = "smart.transcripts";
}
impl crate::EventPayload for crate::events::WebinarWarmUpUploadedPayload {
    const EVENT: &'static str = "webinar.warm-up-uploaded";
}
/// The names of the events with a payload model, sorted.
pub static EVENTS: &[&str] = &[
    "enroll.cancel",
    "meeting.asr-push",
    "meeting.canceled",
    "meeting.created",
    "meeting.end",
    "meeting.job-results",
    "meeting.live-started",
    "meeting.live-stopped",
    "meeting.medium-uploaded",
    "meeting.open-asr",
    "meeting.participant-admitted",
    "meeting.participant-jbh-waiting",
    "meeting.participant-joined",
    "meeting.participant-joined-waiting-room",
    "meeting.participant-left",
    "meeting.participant-left-waiting-room",
    "meeting.participant-put-in-waiting-room",
    "meeting.participant-role-changed",
    "meeting.phone.participant-status-updated",
    "meeting.share-screen-close",
    "meeting.share-screen-open",
    "meeting.started",
    "meeting.unmute-all",
    "meeting.updated",
    "oauth.auth-user",
    "oauth.cancel-auth",
    "oauth.corp-auth",
    "oauth.corp-cancel-auth",
    "oauth.user-auth",
    "oauth.user-cancel-auth",
    "recording.apply",
    "recording.clipped",
    "recording.completed",
    "recording.deleted",
    "recording.failed",
    "recording.paused",
    "recording.resumed",
    "recording.started",
    "recording.stopped",
    "recording.updated",
    "room.alert",
    "room.response",
    "smart.transcripts",
    "webinar.warm-up-uploaded",
];
/// The JSON Schemas (Draft-07, self-contained) of the types whose schema file roots them.
pub mod schemas {
    /// JSON Schema (Draft-07, self-contained) of [`EnrollCancelPayload`](crate::events::EnrollCancelPayload), bundled from `schemas/events/enroll-cancel.json`.
    pub const ENROLL_CANCEL_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/EnrollCancelPayload",
  "definitions": {
    "EnrollCancelInfo": {
      "title": "EnrollCancelInfo",
      "description": "The enrolment an `enroll.cancel` event is about (报名信息).",
      "type": "object",
      "x-keep-unknown": true,
      "properties": {
        "meeting_id": {
          "description": "Meeting ID (会议 ID).",
          "type": "string"
        },
        "enroll_id": {
          "description": "Enrolment ID (报名 ID).",
          "type": "integer"
        }
      }
    },
    "EnrollCancelPayload": {
      "title": "EnrollCancelPayload",
      "description": "One item of the `payload` of the event `enroll.cancel` (用户取消报名): a user cancelled an enrolment in a meeting or webinar (会议、网络研讨会).",
      "x-event": "enroll.cancel",
      "type": "object",
      "x-keep-unknown": true,
      "examples": [
        {
          "operate_time": 1609313201465,
          "operator": {
            "userid": "tester",
            "user_name": "tester_name",
            "ms_open_id": "tester_id"
          },
          "enroll_info": {
            "meeting_id": "13339451618278424869",
            "enroll_id": 13339451618
          }
        }
      ],
      "properties": {
        "operate_time": {
          "description": "When the operation happened (操作时间): Unix milliseconds (毫秒).",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "The user who cancelled (事件操作者).",
          "$ref": "#/definitions/EventUser"
        },
        "enroll_info": {
          "description": "The cancelled enrolment (报名信息).",
          "$ref": "#/definitions/EnrollCancelInfo"
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
        },
        "nick_name": {
          "description": "Name in the meeting (会中昵称).",
          "type": "string"
        },
        "pstn_number": {
          "description": "Identifier of a PSTN or MRA user (pstn/mra 用户唯一标识); such users may have no `userid` or `uuid`.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`MeetingAsrPushPayload`](crate::events::MeetingAsrPushPayload), bundled from `schemas/events/meeting-asr-push.json`.
    pub const MEETING_ASR_PUSH_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/MeetingAsrPushPayload",
  "definitions": {
    "ActionSceneType": {
      "title": "ActionSceneType",
      "description": "Where a user joined or left (事件行为类型), for meetings with breakout rooms. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "MainMeeting",
          "description": "Into or out of the main meeting (进出主会议)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "Into or out of a breakout room (进出分组会议)"
        },
        {
          "const": 2,
          "title": "MainToBreakout",
          "description": "From the main meeting into a breakout room (主会议进入分组)"
        },
        {
          "const": 3,
          "title": "BreakoutToMain",
          "description": "From a breakout room back to the main meeting (分组进入主会议)"
        },
        {
          "const": 4,
          "title": "BreakoutFromOutside",
          "description": "Into or out of a breakout room from outside the meeting (会议外进出分组)"
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
    "AsrSentence": {
      "title": "AsrSentence",
      "description": "One transcribed sentence (转写句子).",
      "type": "object",
      "x-keep-unknown": true,
      "properties": {
        "speaker": {
          "description": "Who spoke (发言人).",
          "$ref": "#/definitions/AsrSpeaker"
        },
        "speech_time": {
          "description": "When it was spoken (发言时间): Unix milliseconds as a string of digits (时间戳,毫秒).",
          "type": "string"
        },
        "content": {
          "description": "What was said, and its translations (发言内容).",
          "$ref": "#/definitions/AsrSentenceContent"
        },
        "sid": {
          "description": "ID of the sentence (句子 ID).",
          "type": "string"
        }
      }
    },
    "AsrSentenceContent": {
      "title": "AsrSentenceContent",
      "description": "The text of a transcribed sentence (发言内容).",
      "type": "object",
      "x-keep-unknown": true,
      "properties": {
        "text": {
          "description": "The original text (原文内容).",
          "type": "string"
        },
        "language": {
          "description": "Language of the original (原文语言).",
          "type": "string"
        },
        "translate": {
          "description": "Translations of the sentence (翻译).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/AsrTranslation"
          }
        }
      }
    },
    "AsrSpeaker": {
      "title": "AsrSpeaker",
      "description": "The speaker of a transcribed sentence (发言人).",
      "type": "object",
      "x-keep-unknown": true,
      "properties": {
        "userid": {
          "description": "User ID (用户 ID), given only for users of the same enterprise.",
          "type": "string"
        },
        "open_id": {
          "description": "Open ID (open_id), given for OAuth users.",
          "type": "string"
        },
        "ms_open_id": {
          "description": "Temporary ID of the user in the meeting (会中临时 ID).",
          "type": "string"
        },
        "nickname": {
          "description": "Name of the speaker in the meeting (发言人会中名称).",
          "type": "string"
        }
      }
    },
    "AsrTranslation": {
      "title": "AsrTranslation",
      "description": "A translation of a transcribed sentence (翻译).",
      "type": "object",
      "x-keep-unknown": true,
      "properties": {
        "text": {
          "description": "The translated text (翻译内容).",
          "type": "string"
        },
        "language": {
          "description": "Language of the translation (翻译语言).",
          "type": "string"
        }
      }
    },
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
    "EventMediaSetType": {
      "title": "EventMediaSetType",
      "description": "Whether a meeting is external or internal (会议类型): 1 external (外部会议), 2 internal (内部会议). The smart-minutes table types it Integer; its example and the recording-completed example send the string \"1\" or \"2\": both are accepted and re-encoded as they came.",
      "oneOf": [
        {
          "type": "integer",
          "title": "Number",
          "description": "The code as a number (the table): 1 external, 2 internal."
        },
        {
          "type": "string",
          "title": "Text",
          "description": "The code as a string of digits (the example)."
        }
      ]
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息). Which fields are present depends on the event: the sub-meeting fields come with recurring meetings in the recording and transcription events, `media_set_type` with the recording-completed and smart-minutes events.",
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
        "media_set_type": {
          "description": "Whether the meeting is external or internal (会议类型), sent by the recording-completed and smart-minutes events: 1 external (外部会议), 2 internal (内部会议).",
          "$ref": "#/definitions/EventMediaSetType"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_id": {
          "description": "ID of the sub-meeting of a recurring meeting (周期性会议的子会议 ID), sent by the recording and transcription events.",
          "type": "string"
        },
        "sub_meeting_start_time": {
          "description": "Scheduled start of the sub-meeting (子会议开始时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_end_time": {
          "description": "Scheduled end of the sub-meeting (子会议结束时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        },
        "meeting_id_type": {
          "description": "Whether `meeting_id` is the main meeting's or a breakout room's (会议 ID 类型).",
          "$ref": "#/definitions/MeetingIdType"
        },
        "action_scene_type": {
          "description": "Where the user went in or out (事件行为类型): the main meeting or a breakout room.",
          "$ref": "#/definitions/ActionSceneType"
        }
      },
      "x-keep-unknown": true
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
        },
        "nick_name": {
          "description": "Name in the meeting (会中昵称).",
          "type": "string"
        },
        "pstn_number": {
          "description": "Identifier of a PSTN or MRA user (pstn/mra 用户唯一标识); such users may have no `userid` or `uuid`.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    },
    "MeetingAsrPushPayload": {
      "title": "MeetingAsrPushPayload",
      "description": "One item of the `payload` of the event `meeting.asr-push` (实时转写推送): sentences of a meeting's real-time transcription, pushed once the push is turned on (开启/关闭实时转写推送, `POST /v1/asr/push-status`). The page's example is not valid JSON (comments, trailing commas): the example drops the comments and the trailing commas.",
      "x-event": "meeting.asr-push",
      "type": "object",
      "x-keep-unknown": true,
      "examples": [
        {
          "asr_content": [
            {
              "speaker": {
                "userid": "xxxxx",
                "open_id": "xxxxxx",
                "ms_open_id": "xxxxxxx",
                "nickname": "xxxx"
              },
              "speech_time": "xxxxx",
              "content": {
                "text": "",
                "language": "xxx",
                "translate": [
                  {
                    "text": "xxxx",
                    "language": "xxx"
                  }
                ]
              },
              "sid": "xxxxx"
            }
          ],
          "meeting_info": {
            "meeting_id": "133394xxxxxx8424869",
            "meeting_code": "449999969",
            "subject": "tester-2的快速会议",
            "creator": {
              "userid": "tester-2",
              "open_id": "KM4Ss******gUw1JiK",
              "ms_open_id": "WMfgHRYxxxxx6mcDGtK",
              "user_name": "tester-2_name",
              "instance_id": "2"
            },
            "meeting_type": 0,
            "meeting_create_mode": 0,
            "meeting_id_type": 0,
            "sub_meeting_id": "1599622242",
            "start_time": 1608522626,
            "end_time": 1609415039,
            "sub_meeting_start_time": 1608522626,
            "sub_meeting_end_time": 1609415039
          }
        }
      ],
      "properties": {
        "asr_content": {
          "description": "The transcribed sentences (转写内容).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/AsrSentence"
          }
        },
        "meeting_info": {
          "description": "The meeting (会议信息).",
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
    },
    "MeetingIdType": {
      "title": "MeetingIdType",
      "description": "What a meeting ID in an event names (会议 ID 类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Main",
          "description": "The main meeting (主会议 ID)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "A breakout room (分组会议 ID)"
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
    /// JSON Schema (Draft-07, self-contained) of [`MeetingCanceledPayload`](crate::events::MeetingCanceledPayload), bundled from `schemas/events/meeting-canceled.json`.
    pub const MEETING_CANCELED_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/MeetingCanceledPayload",
  "definitions": {
    "ActionSceneType": {
      "title": "ActionSceneType",
      "description": "Where a user joined or left (事件行为类型), for meetings with breakout rooms. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "MainMeeting",
          "description": "Into or out of the main meeting (进出主会议)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "Into or out of a breakout room (进出分组会议)"
        },
        {
          "const": 2,
          "title": "MainToBreakout",
          "description": "From the main meeting into a breakout room (主会议进入分组)"
        },
        {
          "const": 3,
          "title": "BreakoutToMain",
          "description": "From a breakout room back to the main meeting (分组进入主会议)"
        },
        {
          "const": 4,
          "title": "BreakoutFromOutside",
          "description": "Into or out of a breakout room from outside the meeting (会议外进出分组)"
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
    "EventMediaSetType": {
      "title": "EventMediaSetType",
      "description": "Whether a meeting is external or internal (会议类型): 1 external (外部会议), 2 internal (内部会议). The smart-minutes table types it Integer; its example and the recording-completed example send the string \"1\" or \"2\": both are accepted and re-encoded as they came.",
      "oneOf": [
        {
          "type": "integer",
          "title": "Number",
          "description": "The code as a number (the table): 1 external, 2 internal."
        },
        {
          "type": "string",
          "title": "Text",
          "description": "The code as a string of digits (the example)."
        }
      ]
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息). Which fields are present depends on the event: the sub-meeting fields come with recurring meetings in the recording and transcription events, `media_set_type` with the recording-completed and smart-minutes events.",
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
        "media_set_type": {
          "description": "Whether the meeting is external or internal (会议类型), sent by the recording-completed and smart-minutes events: 1 external (外部会议), 2 internal (内部会议).",
          "$ref": "#/definitions/EventMediaSetType"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_id": {
          "description": "ID of the sub-meeting of a recurring meeting (周期性会议的子会议 ID), sent by the recording and transcription events.",
          "type": "string"
        },
        "sub_meeting_start_time": {
          "description": "Scheduled start of the sub-meeting (子会议开始时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_end_time": {
          "description": "Scheduled end of the sub-meeting (子会议结束时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        },
        "meeting_id_type": {
          "description": "Whether `meeting_id` is the main meeting's or a breakout room's (会议 ID 类型).",
          "$ref": "#/definitions/MeetingIdType"
        },
        "action_scene_type": {
          "description": "Where the user went in or out (事件行为类型): the main meeting or a breakout room.",
          "$ref": "#/definitions/ActionSceneType"
        }
      },
      "x-keep-unknown": true
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
        },
        "nick_name": {
          "description": "Name in the meeting (会中昵称).",
          "type": "string"
        },
        "pstn_number": {
          "description": "Identifier of a PSTN or MRA user (pstn/mra 用户唯一标识); such users may have no `userid` or `uuid`.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
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
      },
      "x-keep-unknown": true
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
    "MeetingIdType": {
      "title": "MeetingIdType",
      "description": "What a meeting ID in an event names (会议 ID 类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Main",
          "description": "The main meeting (主会议 ID)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "A breakout room (分组会议 ID)"
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
    /// JSON Schema (Draft-07, self-contained) of [`MeetingCreatedPayload`](crate::events::MeetingCreatedPayload), bundled from `schemas/events/meeting-created.json`.
    pub const MEETING_CREATED_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/MeetingCreatedPayload",
  "definitions": {
    "ActionSceneType": {
      "title": "ActionSceneType",
      "description": "Where a user joined or left (事件行为类型), for meetings with breakout rooms. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "MainMeeting",
          "description": "Into or out of the main meeting (进出主会议)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "Into or out of a breakout room (进出分组会议)"
        },
        {
          "const": 2,
          "title": "MainToBreakout",
          "description": "From the main meeting into a breakout room (主会议进入分组)"
        },
        {
          "const": 3,
          "title": "BreakoutToMain",
          "description": "From a breakout room back to the main meeting (分组进入主会议)"
        },
        {
          "const": 4,
          "title": "BreakoutFromOutside",
          "description": "Into or out of a breakout room from outside the meeting (会议外进出分组)"
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
    "EventMediaSetType": {
      "title": "EventMediaSetType",
      "description": "Whether a meeting is external or internal (会议类型): 1 external (外部会议), 2 internal (内部会议). The smart-minutes table types it Integer; its example and the recording-completed example send the string \"1\" or \"2\": both are accepted and re-encoded as they came.",
      "oneOf": [
        {
          "type": "integer",
          "title": "Number",
          "description": "The code as a number (the table): 1 external, 2 internal."
        },
        {
          "type": "string",
          "title": "Text",
          "description": "The code as a string of digits (the example)."
        }
      ]
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息). Which fields are present depends on the event: the sub-meeting fields come with recurring meetings in the recording and transcription events, `media_set_type` with the recording-completed and smart-minutes events.",
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
        "media_set_type": {
          "description": "Whether the meeting is external or internal (会议类型), sent by the recording-completed and smart-minutes events: 1 external (外部会议), 2 internal (内部会议).",
          "$ref": "#/definitions/EventMediaSetType"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_id": {
          "description": "ID of the sub-meeting of a recurring meeting (周期性会议的子会议 ID), sent by the recording and transcription events.",
          "type": "string"
        },
        "sub_meeting_start_time": {
          "description": "Scheduled start of the sub-meeting (子会议开始时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_end_time": {
          "description": "Scheduled end of the sub-meeting (子会议结束时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        },
        "meeting_id_type": {
          "description": "Whether `meeting_id` is the main meeting's or a breakout room's (会议 ID 类型).",
          "$ref": "#/definitions/MeetingIdType"
        },
        "action_scene_type": {
          "description": "Where the user went in or out (事件行为类型): the main meeting or a breakout room.",
          "$ref": "#/definitions/ActionSceneType"
        }
      },
      "x-keep-unknown": true
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
        },
        "nick_name": {
          "description": "Name in the meeting (会中昵称).",
          "type": "string"
        },
        "pstn_number": {
          "description": "Identifier of a PSTN or MRA user (pstn/mra 用户唯一标识); such users may have no `userid` or `uuid`.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
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
      },
      "x-keep-unknown": true
    },
    "MeetingIdType": {
      "title": "MeetingIdType",
      "description": "What a meeting ID in an event names (会议 ID 类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Main",
          "description": "The main meeting (主会议 ID)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "A breakout room (分组会议 ID)"
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
    /// JSON Schema (Draft-07, self-contained) of [`MeetingEndPayload`](crate::events::MeetingEndPayload), bundled from `schemas/events/meeting-end.json`.
    pub const MEETING_END_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/MeetingEndPayload",
  "definitions": {
    "ActionSceneType": {
      "title": "ActionSceneType",
      "description": "Where a user joined or left (事件行为类型), for meetings with breakout rooms. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "MainMeeting",
          "description": "Into or out of the main meeting (进出主会议)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "Into or out of a breakout room (进出分组会议)"
        },
        {
          "const": 2,
          "title": "MainToBreakout",
          "description": "From the main meeting into a breakout room (主会议进入分组)"
        },
        {
          "const": 3,
          "title": "BreakoutToMain",
          "description": "From a breakout room back to the main meeting (分组进入主会议)"
        },
        {
          "const": 4,
          "title": "BreakoutFromOutside",
          "description": "Into or out of a breakout room from outside the meeting (会议外进出分组)"
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
    "EventMediaSetType": {
      "title": "EventMediaSetType",
      "description": "Whether a meeting is external or internal (会议类型): 1 external (外部会议), 2 internal (内部会议). The smart-minutes table types it Integer; its example and the recording-completed example send the string \"1\" or \"2\": both are accepted and re-encoded as they came.",
      "oneOf": [
        {
          "type": "integer",
          "title": "Number",
          "description": "The code as a number (the table): 1 external, 2 internal."
        },
        {
          "type": "string",
          "title": "Text",
          "description": "The code as a string of digits (the example)."
        }
      ]
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息). Which fields are present depends on the event: the sub-meeting fields come with recurring meetings in the recording and transcription events, `media_set_type` with the recording-completed and smart-minutes events.",
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
        "media_set_type": {
          "description": "Whether the meeting is external or internal (会议类型), sent by the recording-completed and smart-minutes events: 1 external (外部会议), 2 internal (内部会议).",
          "$ref": "#/definitions/EventMediaSetType"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_id": {
          "description": "ID of the sub-meeting of a recurring meeting (周期性会议的子会议 ID), sent by the recording and transcription events.",
          "type": "string"
        },
        "sub_meeting_start_time": {
          "description": "Scheduled start of the sub-meeting (子会议开始时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_end_time": {
          "description": "Scheduled end of the sub-meeting (子会议结束时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        },
        "meeting_id_type": {
          "description": "Whether `meeting_id` is the main meeting's or a breakout room's (会议 ID 类型).",
          "$ref": "#/definitions/MeetingIdType"
        },
        "action_scene_type": {
          "description": "Where the user went in or out (事件行为类型): the main meeting or a breakout room.",
          "$ref": "#/definitions/ActionSceneType"
        }
      },
      "x-keep-unknown": true
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
        },
        "nick_name": {
          "description": "Name in the meeting (会中昵称).",
          "type": "string"
        },
        "pstn_number": {
          "description": "Identifier of a PSTN or MRA user (pstn/mra 用户唯一标识); such users may have no `userid` or `uuid`.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
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
    "MeetingEndPayload": {
      "title": "MeetingEndPayload",
      "description": "One item of the `payload` of the event `meeting.end` (会议结束, page 51619): a host ended the meeting, or it emptied, around its scheduled end. When several of these happen, one event comes per reason: tell them apart by `meeting_end_type`. A webinar in preparation mode that never started sends none. The page's example is cut off inside `meeting_info` in the retrieved copy: closed after `end_time`, comments removed.",
      "x-event": "meeting.end",
      "type": "object",
      "properties": {
        "operate_time": {
          "description": "When the event happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "Who ended the meeting (事件操作者).",
          "$ref": "#/definitions/EventUser"
        },
        "meeting_end_type": {
          "description": "Why the meeting ended (结束类型).",
          "$ref": "#/definitions/MeetingEndType"
        },
        "meeting_info": {
          "description": "The meeting (会议信息).",
          "$ref": "#/definitions/EventMeetingInfo"
        }
      },
      "examples": [
        {
          "operate_time": 1609313201465,
          "operator": {
            "userid": "tester",
            "open_id": "KM4Ss******gUw1JiK",
            "uuid": "WMfgHRYj6m36mcDGtK",
            "user_name": "tester_name",
            "ms_open_id": "WMfg******36mcDGtK",
            "instance_id": "2"
          },
          "meeting_end_type": 0,
          "meeting_info": {
            "meeting_id": "13339451618278424869",
            "meeting_code": "445999969",
            "subject": "tester-2的快速会议",
            "creator": {
              "userid": "tester-2",
              "open_id": "KM4Ss******gUw1JiK",
              "uuid": "WMfgHRYj6m36mcDGtK",
              "user_name": "tester-2_name",
              "ms_open_id": "WMfg******36mcDGtK",
              "instance_id": "2"
            },
            "meeting_type": 0,
            "start_time": 1608522626,
            "end_time": 1609415039
          }
        }
      ],
      "x-keep-unknown": true
    },
    "MeetingEndType": {
      "title": "MeetingEndType",
      "description": "Why a meeting ended (结束类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Ended",
          "description": "Ended by a host (主动结束会议)"
        },
        {
          "const": 1,
          "title": "LastLeftAfterEnd",
          "description": "The last participant left after the scheduled end (最后一个参会用户离开会议且超过了预定会议结束时间)"
        },
        {
          "const": 2,
          "title": "EmptyAfterEnd",
          "description": "Nobody in the meeting past the scheduled end (会议中无人且超过了预定会议结束时间)"
        },
        {
          "const": 3,
          "title": "EmptyBeforeEnd",
          "description": "Nobody in the meeting before the scheduled end (会议中无人且未到会议预定结束时间)"
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
    "MeetingIdType": {
      "title": "MeetingIdType",
      "description": "What a meeting ID in an event names (会议 ID 类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Main",
          "description": "The main meeting (主会议 ID)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "A breakout room (分组会议 ID)"
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
    /// JSON Schema (Draft-07, self-contained) of [`MeetingJobResultsPayload`](crate::events::MeetingJobResultsPayload), bundled from `schemas/events/meeting-job-results.json`.
    pub const MEETING_JOB_RESULTS_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/MeetingJobResultsPayload",
  "definitions": {
    "ActionSceneType": {
      "title": "ActionSceneType",
      "description": "Where a user joined or left (事件行为类型), for meetings with breakout rooms. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "MainMeeting",
          "description": "Into or out of the main meeting (进出主会议)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "Into or out of a breakout room (进出分组会议)"
        },
        {
          "const": 2,
          "title": "MainToBreakout",
          "description": "From the main meeting into a breakout room (主会议进入分组)"
        },
        {
          "const": 3,
          "title": "BreakoutToMain",
          "description": "From a breakout room back to the main meeting (分组进入主会议)"
        },
        {
          "const": 4,
          "title": "BreakoutFromOutside",
          "description": "Into or out of a breakout room from outside the meeting (会议外进出分组)"
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
    "AsyncJobContent": {
      "title": "AsyncJobContent",
      "description": "A content of an asynchronous job (任务内容).",
      "type": "object",
      "properties": {
        "content": {
          "description": "The content, a URL (url).",
          "type": "string"
        },
        "type": {
          "description": "Content type (内容类型): 1 video, 2 picture, 3 file by the page's comment, though its example sends the empty string; kept as any JSON value (no `type`), so both decode and re-encode unchanged.",
          "x-rust-name": "content_type"
        },
        "error_msg": {
          "description": "Why it failed (失败原因), for failed contents.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    },
    "AsyncJobInfo": {
      "title": "AsyncJobInfo",
      "description": "What an asynchronous job did, when the API sends it (任务信息): the contents that succeeded and those that failed.",
      "type": "object",
      "properties": {
        "success": {
          "description": "Contents handled (成功的内容).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/AsyncJobContent"
          }
        },
        "failed": {
          "description": "Contents that failed, with the reason (失败的内容).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/AsyncJobContent"
          }
        }
      },
      "x-keep-unknown": true
    },
    "AsyncJobType": {
      "title": "AsyncJobType",
      "description": "Kind of an asynchronous job (任务类型). Any other string is accepted (the page's example sends a placeholder).",
      "type": "string",
      "anyOf": [
        {
          "const": "UPLOAD",
          "title": "Upload",
          "description": "An upload (UPLOAD)"
        },
        {
          "const": "DOWNLOAD",
          "title": "Download",
          "description": "A download (DOWNLOAD)"
        },
        {
          "type": "string",
          "title": "Other",
          "description": "A kind the docs do not list."
        }
      ]
    },
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
    "EventMediaSetType": {
      "title": "EventMediaSetType",
      "description": "Whether a meeting is external or internal (会议类型): 1 external (外部会议), 2 internal (内部会议). The smart-minutes table types it Integer; its example and the recording-completed example send the string \"1\" or \"2\": both are accepted and re-encoded as they came.",
      "oneOf": [
        {
          "type": "integer",
          "title": "Number",
          "description": "The code as a number (the table): 1 external, 2 internal."
        },
        {
          "type": "string",
          "title": "Text",
          "description": "The code as a string of digits (the example)."
        }
      ]
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息). Which fields are present depends on the event: the sub-meeting fields come with recurring meetings in the recording and transcription events, `media_set_type` with the recording-completed and smart-minutes events.",
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
        "media_set_type": {
          "description": "Whether the meeting is external or internal (会议类型), sent by the recording-completed and smart-minutes events: 1 external (外部会议), 2 internal (内部会议).",
          "$ref": "#/definitions/EventMediaSetType"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_id": {
          "description": "ID of the sub-meeting of a recurring meeting (周期性会议的子会议 ID), sent by the recording and transcription events.",
          "type": "string"
        },
        "sub_meeting_start_time": {
          "description": "Scheduled start of the sub-meeting (子会议开始时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_end_time": {
          "description": "Scheduled end of the sub-meeting (子会议结束时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        },
        "meeting_id_type": {
          "description": "Whether `meeting_id` is the main meeting's or a breakout room's (会议 ID 类型).",
          "$ref": "#/definitions/MeetingIdType"
        },
        "action_scene_type": {
          "description": "Where the user went in or out (事件行为类型): the main meeting or a breakout room.",
          "$ref": "#/definitions/ActionSceneType"
        }
      },
      "x-keep-unknown": true
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
        },
        "nick_name": {
          "description": "Name in the meeting (会中昵称).",
          "type": "string"
        },
        "pstn_number": {
          "description": "Identifier of a PSTN or MRA user (pstn/mra 用户唯一标识); such users may have no `userid` or `uuid`.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
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
    "MeetingIdType": {
      "title": "MeetingIdType",
      "description": "What a meeting ID in an event names (会议 ID 类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Main",
          "description": "The main meeting (主会议 ID)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "A breakout room (分组会议 ID)"
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
    "MeetingJobResultsPayload": {
      "title": "MeetingJobResultsPayload",
      "description": "One item of the `payload` of the event `meeting.job-results` (异步任务结果, page 86417): an asynchronous API job finished. The page names the jobs that report this way: the PSTN participant-detail query or export (查询 PSTN 参会数据明细, PSTN family, not in the SDKs) and setting a meeting room's background (设置会议室背景, service meeting_room, `POST /v1/meeting-rooms/{meeting_room_id}/background`); the virtual-background page (meetings) also points to it. It is kept with the control family's event definitions, not tied to one service. The page's example quotes neither `success` nor `failed` and carries `//` comments: quoted and removed.",
      "x-event": "meeting.job-results",
      "type": "object",
      "properties": {
        "operate_time": {
          "description": "When the job succeeded or failed (成功/失败时间点): Unix milliseconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "request_id": {
          "description": "ID of the API request that started the job (api 请求 id): its `X-TC-Trace` response header.",
          "type": "string"
        },
        "job_id": {
          "description": "Job ID (任务 ID), as the starting call answered it.",
          "type": "string"
        },
        "job_type": {
          "description": "Kind of job (任务类型): UPLOAD or DOWNLOAD.",
          "$ref": "#/definitions/AsyncJobType"
        },
        "total_job_status": {
          "description": "Whether the job succeeded (任务状态).",
          "type": "boolean"
        },
        "error_msg": {
          "description": "Why the job failed (任务失败原因); empty on success.",
          "type": "string"
        },
        "job_info": {
          "description": "What the job did (任务信息), when the API sends it (根据具体接口看是否发送任务信息).",
          "$ref": "#/definitions/AsyncJobInfo"
        },
        "meeting_info": {
          "description": "The meeting of the job (会议信息), only when the job has one (如果有会议信息就发送).",
          "$ref": "#/definitions/EventMeetingInfo"
        }
      },
      "examples": [
        {
          "operate_time": 1609313201465,
          "request_id": "xxxxxxxxxxxxxxxxxxxxx",
          "job_id": "xxxxxxxxxx",
          "job_type": "xxxxx",
          "total_job_status": true,
          "error_msg": "",
          "job_info": {
            "success": [
              {
                "content": "xxx",
                "type": ""
              },
              {
                "content": "xxx",
                "type": ""
              }
            ],
            "failed": [
              {
                "content": "xxx",
                "error_msg": "xxx",
                "type": ""
              },
              {
                "content": "xxx",
                "error_msg": "xxx",
                "type": ""
              }
            ]
          },
          "meeting_info": {
            "meeting_id": "13339451618278424869",
            "meeting_code": "445999969",
            "subject": "tester的快速会议",
            "meeting_type": 0,
            "start_time": 1608522626,
            "end_time": 1609415039
          }
        }
      ],
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`MeetingLiveStartedPayload`](crate::events::MeetingLiveStartedPayload), bundled from `schemas/events/meeting-live-started.json`.
    pub const MEETING_LIVE_STARTED_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/MeetingLiveStartedPayload",
  "definitions": {
    "ActionSceneType": {
      "title": "ActionSceneType",
      "description": "Where a user joined or left (事件行为类型), for meetings with breakout rooms. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "MainMeeting",
          "description": "Into or out of the main meeting (进出主会议)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "Into or out of a breakout room (进出分组会议)"
        },
        {
          "const": 2,
          "title": "MainToBreakout",
          "description": "From the main meeting into a breakout room (主会议进入分组)"
        },
        {
          "const": 3,
          "title": "BreakoutToMain",
          "description": "From a breakout room back to the main meeting (分组进入主会议)"
        },
        {
          "const": 4,
          "title": "BreakoutFromOutside",
          "description": "Into or out of a breakout room from outside the meeting (会议外进出分组)"
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
    "EventMediaSetType": {
      "title": "EventMediaSetType",
      "description": "Whether a meeting is external or internal (会议类型): 1 external (外部会议), 2 internal (内部会议). The smart-minutes table types it Integer; its example and the recording-completed example send the string \"1\" or \"2\": both are accepted and re-encoded as they came.",
      "oneOf": [
        {
          "type": "integer",
          "title": "Number",
          "description": "The code as a number (the table): 1 external, 2 internal."
        },
        {
          "type": "string",
          "title": "Text",
          "description": "The code as a string of digits (the example)."
        }
      ]
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息). Which fields are present depends on the event: the sub-meeting fields come with recurring meetings in the recording and transcription events, `media_set_type` with the recording-completed and smart-minutes events.",
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
        "media_set_type": {
          "description": "Whether the meeting is external or internal (会议类型), sent by the recording-completed and smart-minutes events: 1 external (外部会议), 2 internal (内部会议).",
          "$ref": "#/definitions/EventMediaSetType"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_id": {
          "description": "ID of the sub-meeting of a recurring meeting (周期性会议的子会议 ID), sent by the recording and transcription events.",
          "type": "string"
        },
        "sub_meeting_start_time": {
          "description": "Scheduled start of the sub-meeting (子会议开始时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_end_time": {
          "description": "Scheduled end of the sub-meeting (子会议结束时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        },
        "meeting_id_type": {
          "description": "Whether `meeting_id` is the main meeting's or a breakout room's (会议 ID 类型).",
          "$ref": "#/definitions/MeetingIdType"
        },
        "action_scene_type": {
          "description": "Where the user went in or out (事件行为类型): the main meeting or a breakout room.",
          "$ref": "#/definitions/ActionSceneType"
        }
      },
      "x-keep-unknown": true
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
        },
        "nick_name": {
          "description": "Name in the meeting (会中昵称).",
          "type": "string"
        },
        "pstn_number": {
          "description": "Identifier of a PSTN or MRA user (pstn/mra 用户唯一标识); such users may have no `userid` or `uuid`.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
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
    "MeetingIdType": {
      "title": "MeetingIdType",
      "description": "What a meeting ID in an event names (会议 ID 类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Main",
          "description": "The main meeting (主会议 ID)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "A breakout room (分组会议 ID)"
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
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`MeetingLiveStoppedPayload`](crate::events::MeetingLiveStoppedPayload), bundled from `schemas/events/meeting-live-stopped.json`.
    pub const MEETING_LIVE_STOPPED_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/MeetingLiveStoppedPayload",
  "definitions": {
    "ActionSceneType": {
      "title": "ActionSceneType",
      "description": "Where a user joined or left (事件行为类型), for meetings with breakout rooms. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "MainMeeting",
          "description": "Into or out of the main meeting (进出主会议)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "Into or out of a breakout room (进出分组会议)"
        },
        {
          "const": 2,
          "title": "MainToBreakout",
          "description": "From the main meeting into a breakout room (主会议进入分组)"
        },
        {
          "const": 3,
          "title": "BreakoutToMain",
          "description": "From a breakout room back to the main meeting (分组进入主会议)"
        },
        {
          "const": 4,
          "title": "BreakoutFromOutside",
          "description": "Into or out of a breakout room from outside the meeting (会议外进出分组)"
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
    "EventMediaSetType": {
      "title": "EventMediaSetType",
      "description": "Whether a meeting is external or internal (会议类型): 1 external (外部会议), 2 internal (内部会议). The smart-minutes table types it Integer; its example and the recording-completed example send the string \"1\" or \"2\": both are accepted and re-encoded as they came.",
      "oneOf": [
        {
          "type": "integer",
          "title": "Number",
          "description": "The code as a number (the table): 1 external, 2 internal."
        },
        {
          "type": "string",
          "title": "Text",
          "description": "The code as a string of digits (the example)."
        }
      ]
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息). Which fields are present depends on the event: the sub-meeting fields come with recurring meetings in the recording and transcription events, `media_set_type` with the recording-completed and smart-minutes events.",
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
        "media_set_type": {
          "description": "Whether the meeting is external or internal (会议类型), sent by the recording-completed and smart-minutes events: 1 external (外部会议), 2 internal (内部会议).",
          "$ref": "#/definitions/EventMediaSetType"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_id": {
          "description": "ID of the sub-meeting of a recurring meeting (周期性会议的子会议 ID), sent by the recording and transcription events.",
          "type": "string"
        },
        "sub_meeting_start_time": {
          "description": "Scheduled start of the sub-meeting (子会议开始时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_end_time": {
          "description": "Scheduled end of the sub-meeting (子会议结束时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        },
        "meeting_id_type": {
          "description": "Whether `meeting_id` is the main meeting's or a breakout room's (会议 ID 类型).",
          "$ref": "#/definitions/MeetingIdType"
        },
        "action_scene_type": {
          "description": "Where the user went in or out (事件行为类型): the main meeting or a breakout room.",
          "$ref": "#/definitions/ActionSceneType"
        }
      },
      "x-keep-unknown": true
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
        },
        "nick_name": {
          "description": "Name in the meeting (会中昵称).",
          "type": "string"
        },
        "pstn_number": {
          "description": "Identifier of a PSTN or MRA user (pstn/mra 用户唯一标识); such users may have no `userid` or `uuid`.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
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
    "MeetingIdType": {
      "title": "MeetingIdType",
      "description": "What a meeting ID in an event names (会议 ID 类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Main",
          "description": "The main meeting (主会议 ID)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "A breakout room (分组会议 ID)"
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
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`MeetingMediumUploadedPayload`](crate::events::MeetingMediumUploadedPayload), bundled from `schemas/events/meeting-medium-uploaded.json`.
    pub const MEETING_MEDIUM_UPLOADED_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/MeetingMediumUploadedPayload",
  "definitions": {
    "ActionSceneType": {
      "title": "ActionSceneType",
      "description": "Where a user joined or left (事件行为类型), for meetings with breakout rooms. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "MainMeeting",
          "description": "Into or out of the main meeting (进出主会议)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "Into or out of a breakout room (进出分组会议)"
        },
        {
          "const": 2,
          "title": "MainToBreakout",
          "description": "From the main meeting into a breakout room (主会议进入分组)"
        },
        {
          "const": 3,
          "title": "BreakoutToMain",
          "description": "From a breakout room back to the main meeting (分组进入主会议)"
        },
        {
          "const": 4,
          "title": "BreakoutFromOutside",
          "description": "Into or out of a breakout room from outside the meeting (会议外进出分组)"
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
    "EventMediaSetType": {
      "title": "EventMediaSetType",
      "description": "Whether a meeting is external or internal (会议类型): 1 external (外部会议), 2 internal (内部会议). The smart-minutes table types it Integer; its example and the recording-completed example send the string \"1\" or \"2\": both are accepted and re-encoded as they came.",
      "oneOf": [
        {
          "type": "integer",
          "title": "Number",
          "description": "The code as a number (the table): 1 external, 2 internal."
        },
        {
          "type": "string",
          "title": "Text",
          "description": "The code as a string of digits (the example)."
        }
      ]
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息). Which fields are present depends on the event: the sub-meeting fields come with recurring meetings in the recording and transcription events, `media_set_type` with the recording-completed and smart-minutes events.",
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
        "media_set_type": {
          "description": "Whether the meeting is external or internal (会议类型), sent by the recording-completed and smart-minutes events: 1 external (外部会议), 2 internal (内部会议).",
          "$ref": "#/definitions/EventMediaSetType"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_id": {
          "description": "ID of the sub-meeting of a recurring meeting (周期性会议的子会议 ID), sent by the recording and transcription events.",
          "type": "string"
        },
        "sub_meeting_start_time": {
          "description": "Scheduled start of the sub-meeting (子会议开始时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_end_time": {
          "description": "Scheduled end of the sub-meeting (子会议结束时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        },
        "meeting_id_type": {
          "description": "Whether `meeting_id` is the main meeting's or a breakout room's (会议 ID 类型).",
          "$ref": "#/definitions/MeetingIdType"
        },
        "action_scene_type": {
          "description": "Where the user went in or out (事件行为类型): the main meeting or a breakout room.",
          "$ref": "#/definitions/ActionSceneType"
        }
      },
      "x-keep-unknown": true
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
        },
        "nick_name": {
          "description": "Name in the meeting (会中昵称).",
          "type": "string"
        },
        "pstn_number": {
          "description": "Identifier of a PSTN or MRA user (pstn/mra 用户唯一标识); such users may have no `userid` or `uuid`.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
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
      },
      "x-keep-unknown": true
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
    "MeetingIdType": {
      "title": "MeetingIdType",
      "description": "What a meeting ID in an event names (会议 ID 类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Main",
          "description": "The main meeting (主会议 ID)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "A breakout room (分组会议 ID)"
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
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`MeetingOpenAsrPayload`](crate::events::MeetingOpenAsrPayload), bundled from `schemas/events/meeting-open-asr.json`.
    pub const MEETING_OPEN_ASR_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/MeetingOpenAsrPayload",
  "definitions": {
    "ActionSceneType": {
      "title": "ActionSceneType",
      "description": "Where a user joined or left (事件行为类型), for meetings with breakout rooms. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "MainMeeting",
          "description": "Into or out of the main meeting (进出主会议)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "Into or out of a breakout room (进出分组会议)"
        },
        {
          "const": 2,
          "title": "MainToBreakout",
          "description": "From the main meeting into a breakout room (主会议进入分组)"
        },
        {
          "const": 3,
          "title": "BreakoutToMain",
          "description": "From a breakout room back to the main meeting (分组进入主会议)"
        },
        {
          "const": 4,
          "title": "BreakoutFromOutside",
          "description": "Into or out of a breakout room from outside the meeting (会议外进出分组)"
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
    "EventMediaSetType": {
      "title": "EventMediaSetType",
      "description": "Whether a meeting is external or internal (会议类型): 1 external (外部会议), 2 internal (内部会议). The smart-minutes table types it Integer; its example and the recording-completed example send the string \"1\" or \"2\": both are accepted and re-encoded as they came.",
      "oneOf": [
        {
          "type": "integer",
          "title": "Number",
          "description": "The code as a number (the table): 1 external, 2 internal."
        },
        {
          "type": "string",
          "title": "Text",
          "description": "The code as a string of digits (the example)."
        }
      ]
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息). Which fields are present depends on the event: the sub-meeting fields come with recurring meetings in the recording and transcription events, `media_set_type` with the recording-completed and smart-minutes events.",
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
        "media_set_type": {
          "description": "Whether the meeting is external or internal (会议类型), sent by the recording-completed and smart-minutes events: 1 external (外部会议), 2 internal (内部会议).",
          "$ref": "#/definitions/EventMediaSetType"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_id": {
          "description": "ID of the sub-meeting of a recurring meeting (周期性会议的子会议 ID), sent by the recording and transcription events.",
          "type": "string"
        },
        "sub_meeting_start_time": {
          "description": "Scheduled start of the sub-meeting (子会议开始时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_end_time": {
          "description": "Scheduled end of the sub-meeting (子会议结束时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        },
        "meeting_id_type": {
          "description": "Whether `meeting_id` is the main meeting's or a breakout room's (会议 ID 类型).",
          "$ref": "#/definitions/MeetingIdType"
        },
        "action_scene_type": {
          "description": "Where the user went in or out (事件行为类型): the main meeting or a breakout room.",
          "$ref": "#/definitions/ActionSceneType"
        }
      },
      "x-keep-unknown": true
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
        },
        "nick_name": {
          "description": "Name in the meeting (会中昵称).",
          "type": "string"
        },
        "pstn_number": {
          "description": "Identifier of a PSTN or MRA user (pstn/mra 用户唯一标识); such users may have no `userid` or `uuid`.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
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
    "MeetingIdType": {
      "title": "MeetingIdType",
      "description": "What a meeting ID in an event names (会议 ID 类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Main",
          "description": "The main meeting (主会议 ID)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "A breakout room (分组会议 ID)"
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
    "MeetingOpenAsrPayload": {
      "title": "MeetingOpenAsrPayload",
      "description": "One item of the `payload` of the event `meeting.open-asr` (开启实时转写): real-time transcription was turned on in a meeting. The page's example is not valid JSON (comments, a missing comma, a trailing comma) and the captured copy is cut off inside `sub_meeting_start_time`: the example drops the comments, fixes the commas and completes the last two times like the `meeting.asr-push` page's.",
      "x-event": "meeting.open-asr",
      "type": "object",
      "x-keep-unknown": true,
      "examples": [
        {
          "operate_time": 1609313201465,
          "operator": {
            "userid": "tester",
            "open_id": "KM4Ss******gUw1JiK",
            "ms_open_id": "WMfgHRYj6m36mcDGtK",
            "user_name": "tester_name",
            "pstn_number": "0086123888",
            "instance_id": "2"
          },
          "meeting_info": {
            "meeting_id": "133394xxxxxx8424869",
            "meeting_code": "449999969",
            "subject": "tester-2的快速会议",
            "creator": {
              "userid": "tester-2",
              "open_id": "KM4Ss******gUw1JiK",
              "uuid": "WMfgHRxxxxxcDGtK",
              "ms_open_id": "WMfgHRYxxxxx6mcDGtK",
              "user_name": "tester-2_name",
              "instance_id": "2"
            },
            "hosts": [
              {
                "userid": "tester-2",
                "open_id": "KM4Ss******gUw1JiK",
                "uuid": "WMfgHRYxxxxxxDGtK",
                "user_name": "tester-2_name",
                "ms_open_id": "WMfg******36mcDGtK"
              }
            ],
            "meeting_type": 0,
            "meeting_create_mode": 0,
            "meeting_id_type": 0,
            "sub_meeting_id": "1599622242",
            "start_time": 1608522626,
            "end_time": 1609415039,
            "sub_meeting_start_time": 1608522626,
            "sub_meeting_end_time": 1609415039
          }
        }
      ],
      "properties": {
        "operate_time": {
          "description": "When the operation happened (操作时间): Unix milliseconds (毫秒).",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "Who turned transcription on (事件操作者).",
          "$ref": "#/definitions/EventUser"
        },
        "meeting_info": {
          "description": "The meeting (会议信息).",
          "$ref": "#/definitions/EventMeetingInfo"
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`MeetingParticipantAdmittedPayload`](crate::events::MeetingParticipantAdmittedPayload), bundled from `schemas/events/meeting-participant-admitted.json`.
    pub const MEETING_PARTICIPANT_ADMITTED_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/MeetingParticipantAdmittedPayload",
  "definitions": {
    "ActionSceneType": {
      "title": "ActionSceneType",
      "description": "Where a user joined or left (事件行为类型), for meetings with breakout rooms. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "MainMeeting",
          "description": "Into or out of the main meeting (进出主会议)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "Into or out of a breakout room (进出分组会议)"
        },
        {
          "const": 2,
          "title": "MainToBreakout",
          "description": "From the main meeting into a breakout room (主会议进入分组)"
        },
        {
          "const": 3,
          "title": "BreakoutToMain",
          "description": "From a breakout room back to the main meeting (分组进入主会议)"
        },
        {
          "const": 4,
          "title": "BreakoutFromOutside",
          "description": "Into or out of a breakout room from outside the meeting (会议外进出分组)"
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
    "EventExtendInfo": {
      "title": "EventExtendInfo",
      "description": "Extra information of a participant event (扩展信息).",
      "type": "object",
      "properties": {
        "customer_data": {
          "description": "The personal data of the join link the user came by (客户透传字段), see create customer short URL.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    },
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
    "EventMediaSetType": {
      "title": "EventMediaSetType",
      "description": "Whether a meeting is external or internal (会议类型): 1 external (外部会议), 2 internal (内部会议). The smart-minutes table types it Integer; its example and the recording-completed example send the string \"1\" or \"2\": both are accepted and re-encoded as they came.",
      "oneOf": [
        {
          "type": "integer",
          "title": "Number",
          "description": "The code as a number (the table): 1 external, 2 internal."
        },
        {
          "type": "string",
          "title": "Text",
          "description": "The code as a string of digits (the example)."
        }
      ]
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息). Which fields are present depends on the event: the sub-meeting fields come with recurring meetings in the recording and transcription events, `media_set_type` with the recording-completed and smart-minutes events.",
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
        "media_set_type": {
          "description": "Whether the meeting is external or internal (会议类型), sent by the recording-completed and smart-minutes events: 1 external (外部会议), 2 internal (内部会议).",
          "$ref": "#/definitions/EventMediaSetType"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_id": {
          "description": "ID of the sub-meeting of a recurring meeting (周期性会议的子会议 ID), sent by the recording and transcription events.",
          "type": "string"
        },
        "sub_meeting_start_time": {
          "description": "Scheduled start of the sub-meeting (子会议开始时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_end_time": {
          "description": "Scheduled end of the sub-meeting (子会议结束时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        },
        "meeting_id_type": {
          "description": "Whether `meeting_id` is the main meeting's or a breakout room's (会议 ID 类型).",
          "$ref": "#/definitions/MeetingIdType"
        },
        "action_scene_type": {
          "description": "Where the user went in or out (事件行为类型): the main meeting or a breakout room.",
          "$ref": "#/definitions/ActionSceneType"
        }
      },
      "x-keep-unknown": true
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
        },
        "nick_name": {
          "description": "Name in the meeting (会中昵称).",
          "type": "string"
        },
        "pstn_number": {
          "description": "Identifier of a PSTN or MRA user (pstn/mra 用户唯一标识); such users may have no `userid` or `uuid`.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
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
    "MeetingIdType": {
      "title": "MeetingIdType",
      "description": "What a meeting ID in an event names (会议 ID 类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Main",
          "description": "The main meeting (主会议 ID)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "A breakout room (分组会议 ID)"
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
    "MeetingParticipantAdmittedPayload": {
      "title": "MeetingParticipantAdmittedPayload",
      "description": "One item of the `payload` of the event `meeting.participant-admitted` (用户从等候室进入会议, page 51640): the host let a participant in from the waiting room. The page's example is cut off after `start_time` in the retrieved copy: closed there, comments removed; an older copy adds `extend_info`.",
      "x-event": "meeting.participant-admitted",
      "type": "object",
      "properties": {
        "operate_time": {
          "description": "When the event happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "The host who let the participant in (事件操作者).",
          "$ref": "#/definitions/EventUser"
        },
        "to_operator": {
          "description": "The participant let in (事件被操作人); `user_name` only for users of the same enterprise.",
          "$ref": "#/definitions/EventUser"
        },
        "meeting_info": {
          "description": "The meeting (会议信息).",
          "$ref": "#/definitions/EventMeetingInfo"
        },
        "extend_info": {
          "description": "Extra information (扩展信息), such as the personal data of the join link used.",
          "$ref": "#/definitions/EventExtendInfo"
        }
      },
      "examples": [
        {
          "operate_time": 1609313201465,
          "operator": {
            "userid": "tester",
            "open_id": "KM4Ss******gUw1JiK",
            "uuid": "WMfgHRYj6m36mcDGtK",
            "ms_open_id": "WMfgHRYj6m36mcDGtK",
            "user_name": "tester_name",
            "instance_id": "2",
            "nick_name": "saaaa"
          },
          "to_operator": {
            "userid": "tester-1",
            "open_id": "KM4Ss******gUw1JiK",
            "uuid": "WMfgHRYj6m36mcDGtK",
            "ms_open_id": "WMfgHRYj6m36mcDGtK",
            "user_name": "tester-1_name",
            "nick_name": "sassaaa",
            "instance_id": "1"
          },
          "meeting_info": {
            "meeting_id": "13339451618278424869",
            "meeting_code": "445999969",
            "subject": "tester-2的快速会议",
            "creator": {
              "userid": "tester-2",
              "open_id": "KM4Ss******gUw1JiK",
              "uuid": "WMfgHRYj6m36mcDGtK",
              "ms_open_id": "WMfgHRYj6m36mcDGtK",
              "user_name": "tester-2_name",
              "instance_id": "2",
              "nick_name": "saaddaa"
            },
            "meeting_type": 0,
            "start_time": 1608522626
          }
        }
      ],
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`MeetingParticipantJbhWaitingPayload`](crate::events::MeetingParticipantJbhWaitingPayload), bundled from `schemas/events/meeting-participant-jbh-waiting.json`.
    pub const MEETING_PARTICIPANT_JBH_WAITING_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/MeetingParticipantJbhWaitingPayload",
  "definitions": {
    "ActionSceneType": {
      "title": "ActionSceneType",
      "description": "Where a user joined or left (事件行为类型), for meetings with breakout rooms. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "MainMeeting",
          "description": "Into or out of the main meeting (进出主会议)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "Into or out of a breakout room (进出分组会议)"
        },
        {
          "const": 2,
          "title": "MainToBreakout",
          "description": "From the main meeting into a breakout room (主会议进入分组)"
        },
        {
          "const": 3,
          "title": "BreakoutToMain",
          "description": "From a breakout room back to the main meeting (分组进入主会议)"
        },
        {
          "const": 4,
          "title": "BreakoutFromOutside",
          "description": "Into or out of a breakout room from outside the meeting (会议外进出分组)"
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
    "EventMediaSetType": {
      "title": "EventMediaSetType",
      "description": "Whether a meeting is external or internal (会议类型): 1 external (外部会议), 2 internal (内部会议). The smart-minutes table types it Integer; its example and the recording-completed example send the string \"1\" or \"2\": both are accepted and re-encoded as they came.",
      "oneOf": [
        {
          "type": "integer",
          "title": "Number",
          "description": "The code as a number (the table): 1 external, 2 internal."
        },
        {
          "type": "string",
          "title": "Text",
          "description": "The code as a string of digits (the example)."
        }
      ]
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息). Which fields are present depends on the event: the sub-meeting fields come with recurring meetings in the recording and transcription events, `media_set_type` with the recording-completed and smart-minutes events.",
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
        "media_set_type": {
          "description": "Whether the meeting is external or internal (会议类型), sent by the recording-completed and smart-minutes events: 1 external (外部会议), 2 internal (内部会议).",
          "$ref": "#/definitions/EventMediaSetType"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_id": {
          "description": "ID of the sub-meeting of a recurring meeting (周期性会议的子会议 ID), sent by the recording and transcription events.",
          "type": "string"
        },
        "sub_meeting_start_time": {
          "description": "Scheduled start of the sub-meeting (子会议开始时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_end_time": {
          "description": "Scheduled end of the sub-meeting (子会议结束时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        },
        "meeting_id_type": {
          "description": "Whether `meeting_id` is the main meeting's or a breakout room's (会议 ID 类型).",
          "$ref": "#/definitions/MeetingIdType"
        },
        "action_scene_type": {
          "description": "Where the user went in or out (事件行为类型): the main meeting or a breakout room.",
          "$ref": "#/definitions/ActionSceneType"
        }
      },
      "x-keep-unknown": true
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
        },
        "nick_name": {
          "description": "Name in the meeting (会中昵称).",
          "type": "string"
        },
        "pstn_number": {
          "description": "Identifier of a PSTN or MRA user (pstn/mra 用户唯一标识); such users may have no `userid` or `uuid`.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
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
    "MeetingIdType": {
      "title": "MeetingIdType",
      "description": "What a meeting ID in an event names (会议 ID 类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Main",
          "description": "The main meeting (主会议 ID)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "A breakout room (分组会议 ID)"
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
    "MeetingParticipantJbhWaitingPayload": {
      "title": "MeetingParticipantJbhWaitingPayload",
      "description": "One item of the `payload` of the event `meeting.participant-jbh-waiting` (用户等待主持人入会, page 51624): a participant joined a meeting that lets members in before the host (允许成员在主持人进会前加入会议), and the host is not there yet. Personal-meeting-ID meetings do not send it. The page's example, comments removed.",
      "x-event": "meeting.participant-jbh-waiting",
      "type": "object",
      "properties": {
        "operate_time": {
          "description": "When the event happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "The participant waiting for the host (事件操作者).",
          "$ref": "#/definitions/EventUser"
        },
        "meeting_info": {
          "description": "The meeting (会议信息).",
          "$ref": "#/definitions/EventMeetingInfo"
        }
      },
      "examples": [
        {
          "operate_time": 1609313201465,
          "operator": {
            "userid": "tester",
            "open_id": "KM4Ss******gUw1JiK",
            "uuid": "WMfgHRYj6m36mcDGtK",
            "ms_open_id": "WMfgHRYj6m36mcDGtK",
            "user_name": "tester_name",
            "instance_id": "2",
            "nick_name": "saaaa"
          },
          "meeting_info": {
            "meeting_id": "13339451618278424869",
            "meeting_code": "445999969",
            "subject": "tester-2的快速会议",
            "creator": {
              "userid": "tester-2",
              "open_id": "KM4Ss******gUw1JiK",
              "uuid": "WMfgHRYj6m36mcDGtK",
              "ms_open_id": "WMfgHRYj6m36mcDGtK",
              "user_name": "tester-2_name",
              "instance_id": "2",
              "nick_name": "saaaa"
            },
            "meeting_type": 0,
            "start_time": 1608522626,
            "end_time": 1609415039,
            "meeting_create_mode": 0,
            "meeting_create_from": 1,
            "meeting_id_type": 0
          }
        }
      ],
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`MeetingParticipantJoinedWaitingRoomPayload`](crate::events::MeetingParticipantJoinedWaitingRoomPayload), bundled from `schemas/events/meeting-participant-joined-waiting-room.json`.
    pub const MEETING_PARTICIPANT_JOINED_WAITING_ROOM_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/MeetingParticipantJoinedWaitingRoomPayload",
  "definitions": {
    "ActionSceneType": {
      "title": "ActionSceneType",
      "description": "Where a user joined or left (事件行为类型), for meetings with breakout rooms. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "MainMeeting",
          "description": "Into or out of the main meeting (进出主会议)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "Into or out of a breakout room (进出分组会议)"
        },
        {
          "const": 2,
          "title": "MainToBreakout",
          "description": "From the main meeting into a breakout room (主会议进入分组)"
        },
        {
          "const": 3,
          "title": "BreakoutToMain",
          "description": "From a breakout room back to the main meeting (分组进入主会议)"
        },
        {
          "const": 4,
          "title": "BreakoutFromOutside",
          "description": "Into or out of a breakout room from outside the meeting (会议外进出分组)"
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
    "EventExtendInfo": {
      "title": "EventExtendInfo",
      "description": "Extra information of a participant event (扩展信息).",
      "type": "object",
      "properties": {
        "customer_data": {
          "description": "The personal data of the join link the user came by (客户透传字段), see create customer short URL.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    },
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
    "EventMediaSetType": {
      "title": "EventMediaSetType",
      "description": "Whether a meeting is external or internal (会议类型): 1 external (外部会议), 2 internal (内部会议). The smart-minutes table types it Integer; its example and the recording-completed example send the string \"1\" or \"2\": both are accepted and re-encoded as they came.",
      "oneOf": [
        {
          "type": "integer",
          "title": "Number",
          "description": "The code as a number (the table): 1 external, 2 internal."
        },
        {
          "type": "string",
          "title": "Text",
          "description": "The code as a string of digits (the example)."
        }
      ]
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息). Which fields are present depends on the event: the sub-meeting fields come with recurring meetings in the recording and transcription events, `media_set_type` with the recording-completed and smart-minutes events.",
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
        "media_set_type": {
          "description": "Whether the meeting is external or internal (会议类型), sent by the recording-completed and smart-minutes events: 1 external (外部会议), 2 internal (内部会议).",
          "$ref": "#/definitions/EventMediaSetType"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_id": {
          "description": "ID of the sub-meeting of a recurring meeting (周期性会议的子会议 ID), sent by the recording and transcription events.",
          "type": "string"
        },
        "sub_meeting_start_time": {
          "description": "Scheduled start of the sub-meeting (子会议开始时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_end_time": {
          "description": "Scheduled end of the sub-meeting (子会议结束时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        },
        "meeting_id_type": {
          "description": "Whether `meeting_id` is the main meeting's or a breakout room's (会议 ID 类型).",
          "$ref": "#/definitions/MeetingIdType"
        },
        "action_scene_type": {
          "description": "Where the user went in or out (事件行为类型): the main meeting or a breakout room.",
          "$ref": "#/definitions/ActionSceneType"
        }
      },
      "x-keep-unknown": true
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
        },
        "nick_name": {
          "description": "Name in the meeting (会中昵称).",
          "type": "string"
        },
        "pstn_number": {
          "description": "Identifier of a PSTN or MRA user (pstn/mra 用户唯一标识); such users may have no `userid` or `uuid`.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
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
    "MeetingIdType": {
      "title": "MeetingIdType",
      "description": "What a meeting ID in an event names (会议 ID 类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Main",
          "description": "The main meeting (主会议 ID)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "A breakout room (分组会议 ID)"
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
    "MeetingParticipantJoinedWaitingRoomPayload": {
      "title": "MeetingParticipantJoinedWaitingRoomPayload",
      "description": "One item of the `payload` of the event `meeting.participant-joined-waiting-room` (用户进入等候室, page 51627): a participant entered the waiting room of a meeting that has one, each time they do. The page's example, comments removed.",
      "x-event": "meeting.participant-joined-waiting-room",
      "type": "object",
      "properties": {
        "operate_time": {
          "description": "When the event happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "The participant who entered the waiting room (事件操作者).",
          "$ref": "#/definitions/EventUser"
        },
        "meeting_info": {
          "description": "The meeting (会议信息).",
          "$ref": "#/definitions/EventMeetingInfo"
        },
        "extend_info": {
          "description": "Extra information (扩展信息), such as the personal data of the join link used.",
          "$ref": "#/definitions/EventExtendInfo"
        }
      },
      "examples": [
        {
          "operate_time": 1609313201465,
          "operator": {
            "userid": "tester",
            "open_id": "KM4Ss******gUw1JiK",
            "uuid": "WMfgHRYj6m36mcDGtK",
            "ms_open_id": "WMfgHRYj6m36mcDGtK",
            "user_name": "tester_name",
            "instance_id": "2",
            "nick_name": "saaaa"
          },
          "meeting_info": {
            "meeting_id": "13339451618278424869",
            "meeting_code": "445999969",
            "subject": "tester-2的快速会议",
            "creator": {
              "userid": "tester-2",
              "open_id": "KM4Ss******gUw1JiK",
              "uuid": "WMfgHRYj6m36mcDGtK",
              "ms_open_id": "WMfgHRYj6m36mcDGtK",
              "user_name": "tester-2_name",
              "instance_id": "2",
              "nick_name": "kaaaa"
            },
            "meeting_type": 0,
            "start_time": 1608522626,
            "end_time": 1609415039,
            "meeting_create_mode": 0
          },
          "extend_info": {
            "customer_data": "test customer data"
          }
        }
      ],
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`MeetingParticipantJoinedPayload`](crate::events::MeetingParticipantJoinedPayload), bundled from `schemas/events/meeting-participant-joined.json`.
    pub const MEETING_PARTICIPANT_JOINED_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/MeetingParticipantJoinedPayload",
  "definitions": {
    "ActionSceneType": {
      "title": "ActionSceneType",
      "description": "Where a user joined or left (事件行为类型), for meetings with breakout rooms. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "MainMeeting",
          "description": "Into or out of the main meeting (进出主会议)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "Into or out of a breakout room (进出分组会议)"
        },
        {
          "const": 2,
          "title": "MainToBreakout",
          "description": "From the main meeting into a breakout room (主会议进入分组)"
        },
        {
          "const": 3,
          "title": "BreakoutToMain",
          "description": "From a breakout room back to the main meeting (分组进入主会议)"
        },
        {
          "const": 4,
          "title": "BreakoutFromOutside",
          "description": "Into or out of a breakout room from outside the meeting (会议外进出分组)"
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
    "EventExtendInfo": {
      "title": "EventExtendInfo",
      "description": "Extra information of a participant event (扩展信息).",
      "type": "object",
      "properties": {
        "customer_data": {
          "description": "The personal data of the join link the user came by (客户透传字段), see create customer short URL.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    },
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
    "EventMediaSetType": {
      "title": "EventMediaSetType",
      "description": "Whether a meeting is external or internal (会议类型): 1 external (外部会议), 2 internal (内部会议). The smart-minutes table types it Integer; its example and the recording-completed example send the string \"1\" or \"2\": both are accepted and re-encoded as they came.",
      "oneOf": [
        {
          "type": "integer",
          "title": "Number",
          "description": "The code as a number (the table): 1 external, 2 internal."
        },
        {
          "type": "string",
          "title": "Text",
          "description": "The code as a string of digits (the example)."
        }
      ]
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息). Which fields are present depends on the event: the sub-meeting fields come with recurring meetings in the recording and transcription events, `media_set_type` with the recording-completed and smart-minutes events.",
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
        "media_set_type": {
          "description": "Whether the meeting is external or internal (会议类型), sent by the recording-completed and smart-minutes events: 1 external (外部会议), 2 internal (内部会议).",
          "$ref": "#/definitions/EventMediaSetType"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_id": {
          "description": "ID of the sub-meeting of a recurring meeting (周期性会议的子会议 ID), sent by the recording and transcription events.",
          "type": "string"
        },
        "sub_meeting_start_time": {
          "description": "Scheduled start of the sub-meeting (子会议开始时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_end_time": {
          "description": "Scheduled end of the sub-meeting (子会议结束时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        },
        "meeting_id_type": {
          "description": "Whether `meeting_id` is the main meeting's or a breakout room's (会议 ID 类型).",
          "$ref": "#/definitions/MeetingIdType"
        },
        "action_scene_type": {
          "description": "Where the user went in or out (事件行为类型): the main meeting or a breakout room.",
          "$ref": "#/definitions/ActionSceneType"
        }
      },
      "x-keep-unknown": true
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
        },
        "nick_name": {
          "description": "Name in the meeting (会中昵称).",
          "type": "string"
        },
        "pstn_number": {
          "description": "Identifier of a PSTN or MRA user (pstn/mra 用户唯一标识); such users may have no `userid` or `uuid`.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
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
    "MeetingIdType": {
      "title": "MeetingIdType",
      "description": "What a meeting ID in an event names (会议 ID 类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Main",
          "description": "The main meeting (主会议 ID)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "A breakout room (分组会议 ID)"
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
    "MeetingParticipantJoinedPayload": {
      "title": "MeetingParticipantJoinedPayload",
      "description": "One item of the `payload` of the event `meeting.participant-joined` (用户入会, page 51620): a participant, host or not, joined the meeting. `operate_time` is when the join message was sent, close to the join time. The page's example is cut off after `action_scene_type` in the retrieved copy: closed there, comments removed; the older copy adds `extend_info`.",
      "x-event": "meeting.participant-joined",
      "type": "object",
      "properties": {
        "operate_time": {
          "description": "When the event happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "The participant who joined (事件操作者).",
          "$ref": "#/definitions/EventUser"
        },
        "meeting_info": {
          "description": "The meeting (会议信息).",
          "$ref": "#/definitions/EventMeetingInfo"
        },
        "extend_info": {
          "description": "Extra information (扩展信息), such as the personal data of the join link used.",
          "$ref": "#/definitions/EventExtendInfo"
        }
      },
      "examples": [
        {
          "operate_time": 1609313201465,
          "operator": {
            "userid": "tester",
            "open_id": "KM4Ss******gUw1JiK",
            "uuid": "WMfgHRYj6m36mcDGtK",
            "ms_open_id": "WMfgHRYj6m36mcDGtK",
            "user_name": "tester_name",
            "instance_id": "2",
            "pstn_number": "0086123888"
          },
          "meeting_info": {
            "meeting_id": "13339451618278424869",
            "meeting_code": "445999969",
            "subject": "tester-2的快速会议",
            "creator": {
              "userid": "tester-2",
              "open_id": "KM4Ss******gUw1JiK",
              "uuid": "WMfgHRYj6m36mcDGtK",
              "ms_open_id": "WMfgHRYj6m36mcDGtK",
              "user_name": "tester-2_name",
              "instance_id": "2"
            },
            "meeting_type": 0,
            "start_time": 1608522626,
            "end_time": 1609415039,
            "meeting_create_mode": 0,
            "meeting_create_from": 1,
            "meeting_id_type": 0,
            "action_scene_type": 0
          }
        }
      ],
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`MeetingParticipantLeftWaitingRoomPayload`](crate::events::MeetingParticipantLeftWaitingRoomPayload), bundled from `schemas/events/meeting-participant-left-waiting-room.json`.
    pub const MEETING_PARTICIPANT_LEFT_WAITING_ROOM_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/MeetingParticipantLeftWaitingRoomPayload",
  "definitions": {
    "ActionSceneType": {
      "title": "ActionSceneType",
      "description": "Where a user joined or left (事件行为类型), for meetings with breakout rooms. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "MainMeeting",
          "description": "Into or out of the main meeting (进出主会议)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "Into or out of a breakout room (进出分组会议)"
        },
        {
          "const": 2,
          "title": "MainToBreakout",
          "description": "From the main meeting into a breakout room (主会议进入分组)"
        },
        {
          "const": 3,
          "title": "BreakoutToMain",
          "description": "From a breakout room back to the main meeting (分组进入主会议)"
        },
        {
          "const": 4,
          "title": "BreakoutFromOutside",
          "description": "Into or out of a breakout room from outside the meeting (会议外进出分组)"
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
    "EventMediaSetType": {
      "title": "EventMediaSetType",
      "description": "Whether a meeting is external or internal (会议类型): 1 external (外部会议), 2 internal (内部会议). The smart-minutes table types it Integer; its example and the recording-completed example send the string \"1\" or \"2\": both are accepted and re-encoded as they came.",
      "oneOf": [
        {
          "type": "integer",
          "title": "Number",
          "description": "The code as a number (the table): 1 external, 2 internal."
        },
        {
          "type": "string",
          "title": "Text",
          "description": "The code as a string of digits (the example)."
        }
      ]
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息). Which fields are present depends on the event: the sub-meeting fields come with recurring meetings in the recording and transcription events, `media_set_type` with the recording-completed and smart-minutes events.",
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
        "media_set_type": {
          "description": "Whether the meeting is external or internal (会议类型), sent by the recording-completed and smart-minutes events: 1 external (外部会议), 2 internal (内部会议).",
          "$ref": "#/definitions/EventMediaSetType"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_id": {
          "description": "ID of the sub-meeting of a recurring meeting (周期性会议的子会议 ID), sent by the recording and transcription events.",
          "type": "string"
        },
        "sub_meeting_start_time": {
          "description": "Scheduled start of the sub-meeting (子会议开始时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_end_time": {
          "description": "Scheduled end of the sub-meeting (子会议结束时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        },
        "meeting_id_type": {
          "description": "Whether `meeting_id` is the main meeting's or a breakout room's (会议 ID 类型).",
          "$ref": "#/definitions/MeetingIdType"
        },
        "action_scene_type": {
          "description": "Where the user went in or out (事件行为类型): the main meeting or a breakout room.",
          "$ref": "#/definitions/ActionSceneType"
        }
      },
      "x-keep-unknown": true
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
        },
        "nick_name": {
          "description": "Name in the meeting (会中昵称).",
          "type": "string"
        },
        "pstn_number": {
          "description": "Identifier of a PSTN or MRA user (pstn/mra 用户唯一标识); such users may have no `userid` or `uuid`.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
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
    "MeetingIdType": {
      "title": "MeetingIdType",
      "description": "What a meeting ID in an event names (会议 ID 类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Main",
          "description": "The main meeting (主会议 ID)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "A breakout room (分组会议 ID)"
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
    "MeetingParticipantLeftWaitingRoomPayload": {
      "title": "MeetingParticipantLeftWaitingRoomPayload",
      "description": "One item of the `payload` of the event `meeting.participant-left-waiting-room` (用户离开等候室): a participant left the waiting room, by themselves or removed by the host. No current page was retrieved: transcribed from the older copy of the page, whose example is used (comments removed).",
      "x-event": "meeting.participant-left-waiting-room",
      "type": "object",
      "properties": {
        "operate_time": {
          "description": "When the event happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "Who acted (事件操作者).",
          "$ref": "#/definitions/EventUser"
        },
        "to_operator": {
          "description": "The participant who left the waiting room (事件被操作人).",
          "$ref": "#/definitions/EventUser"
        },
        "leave_reason": {
          "description": "Why the participant left (离开原因), free text such as 主动离开 (left by themselves).",
          "type": "string"
        },
        "meeting_info": {
          "description": "The meeting (会议信息).",
          "$ref": "#/definitions/EventMeetingInfo"
        }
      },
      "examples": [
        {
          "operate_time": 1609313201465,
          "operator": {
            "userid": "tester",
            "uuid": "WMfgHRYj6m36mcDGtK",
            "user_name": "tester_name"
          },
          "to_operator": {
            "userid": "tester-1",
            "uuid": "WMfgHRYj6m36mcDGtK",
            "user_name": "tester-1_name"
          },
          "leave_reason": "主动离开",
          "meeting_info": {
            "meeting_id": "13339451618278424869",
            "meeting_code": "445999969",
            "subject": "tester-2的快速会议",
            "creator": {
              "userid": "tester-2",
              "uuid": "WMfgHRYj6m36mcDGtK",
              "user_name": "tester-2_name"
            },
            "meeting_type": 0,
            "start_time": 1608522626,
            "end_time": 1609415039,
            "meeting_create_mode": 0
          }
        }
      ],
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`MeetingParticipantLeftPayload`](crate::events::MeetingParticipantLeftPayload), bundled from `schemas/events/meeting-participant-left.json`.
    pub const MEETING_PARTICIPANT_LEFT_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/MeetingParticipantLeftPayload",
  "definitions": {
    "ActionSceneType": {
      "title": "ActionSceneType",
      "description": "Where a user joined or left (事件行为类型), for meetings with breakout rooms. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "MainMeeting",
          "description": "Into or out of the main meeting (进出主会议)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "Into or out of a breakout room (进出分组会议)"
        },
        {
          "const": 2,
          "title": "MainToBreakout",
          "description": "From the main meeting into a breakout room (主会议进入分组)"
        },
        {
          "const": 3,
          "title": "BreakoutToMain",
          "description": "From a breakout room back to the main meeting (分组进入主会议)"
        },
        {
          "const": 4,
          "title": "BreakoutFromOutside",
          "description": "Into or out of a breakout room from outside the meeting (会议外进出分组)"
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
    "EventExtendInfo": {
      "title": "EventExtendInfo",
      "description": "Extra information of a participant event (扩展信息).",
      "type": "object",
      "properties": {
        "customer_data": {
          "description": "The personal data of the join link the user came by (客户透传字段), see create customer short URL.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    },
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
    "EventMediaSetType": {
      "title": "EventMediaSetType",
      "description": "Whether a meeting is external or internal (会议类型): 1 external (外部会议), 2 internal (内部会议). The smart-minutes table types it Integer; its example and the recording-completed example send the string \"1\" or \"2\": both are accepted and re-encoded as they came.",
      "oneOf": [
        {
          "type": "integer",
          "title": "Number",
          "description": "The code as a number (the table): 1 external, 2 internal."
        },
        {
          "type": "string",
          "title": "Text",
          "description": "The code as a string of digits (the example)."
        }
      ]
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息). Which fields are present depends on the event: the sub-meeting fields come with recurring meetings in the recording and transcription events, `media_set_type` with the recording-completed and smart-minutes events.",
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
        "media_set_type": {
          "description": "Whether the meeting is external or internal (会议类型), sent by the recording-completed and smart-minutes events: 1 external (外部会议), 2 internal (内部会议).",
          "$ref": "#/definitions/EventMediaSetType"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_id": {
          "description": "ID of the sub-meeting of a recurring meeting (周期性会议的子会议 ID), sent by the recording and transcription events.",
          "type": "string"
        },
        "sub_meeting_start_time": {
          "description": "Scheduled start of the sub-meeting (子会议开始时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_end_time": {
          "description": "Scheduled end of the sub-meeting (子会议结束时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        },
        "meeting_id_type": {
          "description": "Whether `meeting_id` is the main meeting's or a breakout room's (会议 ID 类型).",
          "$ref": "#/definitions/MeetingIdType"
        },
        "action_scene_type": {
          "description": "Where the user went in or out (事件行为类型): the main meeting or a breakout room.",
          "$ref": "#/definitions/ActionSceneType"
        }
      },
      "x-keep-unknown": true
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
        },
        "nick_name": {
          "description": "Name in the meeting (会中昵称).",
          "type": "string"
        },
        "pstn_number": {
          "description": "Identifier of a PSTN or MRA user (pstn/mra 用户唯一标识); such users may have no `userid` or `uuid`.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
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
    "MeetingIdType": {
      "title": "MeetingIdType",
      "description": "What a meeting ID in an event names (会议 ID 类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Main",
          "description": "The main meeting (主会议 ID)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "A breakout room (分组会议 ID)"
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
    "MeetingParticipantLeftPayload": {
      "title": "MeetingParticipantLeftPayload",
      "description": "One item of the `payload` of the event `meeting.participant-left` (用户离会, page 51622): a participant, host or not, left the meeting. The page's example, comments removed.",
      "x-event": "meeting.participant-left",
      "type": "object",
      "properties": {
        "operate_time": {
          "description": "When the event happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "The participant who left (事件操作者).",
          "$ref": "#/definitions/EventUser"
        },
        "meeting_info": {
          "description": "The meeting (会议信息).",
          "$ref": "#/definitions/EventMeetingInfo"
        },
        "extend_info": {
          "description": "Extra information (扩展信息), such as the personal data of the join link used.",
          "$ref": "#/definitions/EventExtendInfo"
        }
      },
      "examples": [
        {
          "operate_time": 1609313201465,
          "operator": {
            "userid": "tester",
            "open_id": "KM4Ss******gUw1JiK",
            "uuid": "WMfgHRYj6m36mcDGtK",
            "ms_open_id": "WMfgHRYj6m36mcDGtK",
            "user_name": "tester_name",
            "instance_id": "2",
            "pstn_number": "0086123888"
          },
          "meeting_info": {
            "meeting_id": "13339451618278424869",
            "meeting_code": "445999969",
            "subject": "tester-2的快速会议",
            "creator": {
              "userid": "tester-2",
              "open_id": "KM4Ss******gUw1JiK",
              "uuid": "WMfgHRYj6m36mcDGtK",
              "ms_open_id": "WMfgHRYj6m36mcDGtK",
              "user_name": "tester-2_name",
              "instance_id": "2"
            },
            "meeting_type": 0,
            "start_time": 1608522626,
            "end_time": 1609415039,
            "meeting_create_mode": 0,
            "meeting_id_type": 0,
            "action_scene_type": 0
          },
          "extend_info": {
            "customer_data": "test customer data"
          }
        }
      ],
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`MeetingParticipantPutInWaitingRoomPayload`](crate::events::MeetingParticipantPutInWaitingRoomPayload), bundled from `schemas/events/meeting-participant-put-in-waiting-room.json`.
    pub const MEETING_PARTICIPANT_PUT_IN_WAITING_ROOM_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/MeetingParticipantPutInWaitingRoomPayload",
  "definitions": {
    "ActionSceneType": {
      "title": "ActionSceneType",
      "description": "Where a user joined or left (事件行为类型), for meetings with breakout rooms. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "MainMeeting",
          "description": "Into or out of the main meeting (进出主会议)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "Into or out of a breakout room (进出分组会议)"
        },
        {
          "const": 2,
          "title": "MainToBreakout",
          "description": "From the main meeting into a breakout room (主会议进入分组)"
        },
        {
          "const": 3,
          "title": "BreakoutToMain",
          "description": "From a breakout room back to the main meeting (分组进入主会议)"
        },
        {
          "const": 4,
          "title": "BreakoutFromOutside",
          "description": "Into or out of a breakout room from outside the meeting (会议外进出分组)"
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
    "EventMediaSetType": {
      "title": "EventMediaSetType",
      "description": "Whether a meeting is external or internal (会议类型): 1 external (外部会议), 2 internal (内部会议). The smart-minutes table types it Integer; its example and the recording-completed example send the string \"1\" or \"2\": both are accepted and re-encoded as they came.",
      "oneOf": [
        {
          "type": "integer",
          "title": "Number",
          "description": "The code as a number (the table): 1 external, 2 internal."
        },
        {
          "type": "string",
          "title": "Text",
          "description": "The code as a string of digits (the example)."
        }
      ]
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息). Which fields are present depends on the event: the sub-meeting fields come with recurring meetings in the recording and transcription events, `media_set_type` with the recording-completed and smart-minutes events.",
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
        "media_set_type": {
          "description": "Whether the meeting is external or internal (会议类型), sent by the recording-completed and smart-minutes events: 1 external (外部会议), 2 internal (内部会议).",
          "$ref": "#/definitions/EventMediaSetType"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_id": {
          "description": "ID of the sub-meeting of a recurring meeting (周期性会议的子会议 ID), sent by the recording and transcription events.",
          "type": "string"
        },
        "sub_meeting_start_time": {
          "description": "Scheduled start of the sub-meeting (子会议开始时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_end_time": {
          "description": "Scheduled end of the sub-meeting (子会议结束时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        },
        "meeting_id_type": {
          "description": "Whether `meeting_id` is the main meeting's or a breakout room's (会议 ID 类型).",
          "$ref": "#/definitions/MeetingIdType"
        },
        "action_scene_type": {
          "description": "Where the user went in or out (事件行为类型): the main meeting or a breakout room.",
          "$ref": "#/definitions/ActionSceneType"
        }
      },
      "x-keep-unknown": true
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
        },
        "nick_name": {
          "description": "Name in the meeting (会中昵称).",
          "type": "string"
        },
        "pstn_number": {
          "description": "Identifier of a PSTN or MRA user (pstn/mra 用户唯一标识); such users may have no `userid` or `uuid`.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
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
    "MeetingIdType": {
      "title": "MeetingIdType",
      "description": "What a meeting ID in an event names (会议 ID 类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Main",
          "description": "The main meeting (主会议 ID)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "A breakout room (分组会议 ID)"
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
    "MeetingParticipantPutInWaitingRoomPayload": {
      "title": "MeetingParticipantPutInWaitingRoomPayload",
      "description": "One item of the `payload` of the event `meeting.participant-put-in-waiting-room` (用户从会议中被移入等候室): the host moved a participant from the meeting into the waiting room. No current page was retrieved: transcribed from the older copy of the page, whose example is used (comments removed).",
      "x-event": "meeting.participant-put-in-waiting-room",
      "type": "object",
      "properties": {
        "operate_time": {
          "description": "When the event happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "The host who moved the participant (事件操作者).",
          "$ref": "#/definitions/EventUser"
        },
        "to_operator": {
          "description": "The participant moved (事件被操作人).",
          "$ref": "#/definitions/EventUser"
        },
        "meeting_info": {
          "description": "The meeting (会议信息).",
          "$ref": "#/definitions/EventMeetingInfo"
        }
      },
      "examples": [
        {
          "operate_time": 1609313201465,
          "operator": {
            "userid": "tester",
            "uuid": "WMfgHRYj6m36mcDGtK",
            "user_name": "tester_name"
          },
          "to_operator": {
            "userid": "tester-1",
            "uuid": "WMfgHRYj6m36mcDGtK",
            "user_name": "tester-1_name"
          },
          "meeting_info": {
            "meeting_id": "13339451618278424869",
            "meeting_code": "445999969",
            "subject": "tester-2的快速会议",
            "creator": {
              "userid": "tester-2",
              "uuid": "WMfgHRYj6m36mcDGtK",
              "user_name": "tester-2_name"
            },
            "meeting_type": 0,
            "start_time": 1608522626,
            "end_time": 1609415039,
            "meeting_create_mode": 0
          }
        }
      ],
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`MeetingParticipantRoleChangedPayload`](crate::events::MeetingParticipantRoleChangedPayload), bundled from `schemas/events/meeting-participant-role-changed.json`.
    pub const MEETING_PARTICIPANT_ROLE_CHANGED_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/MeetingParticipantRoleChangedPayload",
  "definitions": {
    "ActionSceneType": {
      "title": "ActionSceneType",
      "description": "Where a user joined or left (事件行为类型), for meetings with breakout rooms. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "MainMeeting",
          "description": "Into or out of the main meeting (进出主会议)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "Into or out of a breakout room (进出分组会议)"
        },
        {
          "const": 2,
          "title": "MainToBreakout",
          "description": "From the main meeting into a breakout room (主会议进入分组)"
        },
        {
          "const": 3,
          "title": "BreakoutToMain",
          "description": "From a breakout room back to the main meeting (分组进入主会议)"
        },
        {
          "const": 4,
          "title": "BreakoutFromOutside",
          "description": "Into or out of a breakout room from outside the meeting (会议外进出分组)"
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
    "EventMediaSetType": {
      "title": "EventMediaSetType",
      "description": "Whether a meeting is external or internal (会议类型): 1 external (外部会议), 2 internal (内部会议). The smart-minutes table types it Integer; its example and the recording-completed example send the string \"1\" or \"2\": both are accepted and re-encoded as they came.",
      "oneOf": [
        {
          "type": "integer",
          "title": "Number",
          "description": "The code as a number (the table): 1 external, 2 internal."
        },
        {
          "type": "string",
          "title": "Text",
          "description": "The code as a string of digits (the example)."
        }
      ]
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息). Which fields are present depends on the event: the sub-meeting fields come with recurring meetings in the recording and transcription events, `media_set_type` with the recording-completed and smart-minutes events.",
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
        "media_set_type": {
          "description": "Whether the meeting is external or internal (会议类型), sent by the recording-completed and smart-minutes events: 1 external (外部会议), 2 internal (内部会议).",
          "$ref": "#/definitions/EventMediaSetType"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_id": {
          "description": "ID of the sub-meeting of a recurring meeting (周期性会议的子会议 ID), sent by the recording and transcription events.",
          "type": "string"
        },
        "sub_meeting_start_time": {
          "description": "Scheduled start of the sub-meeting (子会议开始时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_end_time": {
          "description": "Scheduled end of the sub-meeting (子会议结束时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        },
        "meeting_id_type": {
          "description": "Whether `meeting_id` is the main meeting's or a breakout room's (会议 ID 类型).",
          "$ref": "#/definitions/MeetingIdType"
        },
        "action_scene_type": {
          "description": "Where the user went in or out (事件行为类型): the main meeting or a breakout room.",
          "$ref": "#/definitions/ActionSceneType"
        }
      },
      "x-keep-unknown": true
    },
    "EventRoleChangedUser": {
      "title": "EventRoleChangedUser",
      "description": "The user whose role changed (被操作者,即角色变更的用户), with the new role.",
      "type": "object",
      "properties": {
        "userid": {
          "description": "User ID (用户 ID): the enterprise userid for users of the same enterprise, the open_id for OAuth users, the rooms_id for Rooms.",
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
        "ms_open_id": {
          "description": "Temporary ID of the user in the meeting (用户会中身份 ID).",
          "type": "string"
        },
        "user_name": {
          "description": "Display name (用户名称).",
          "type": "string"
        },
        "nick_name": {
          "description": "Name in the meeting (会中昵称).",
          "type": "string"
        },
        "instance_id": {
          "description": "Device type of the user (用户的终端设备类型), a string of the device code such as \"2\".",
          "type": "string"
        },
        "user_role": {
          "description": "The user's role after the change (被操作者变更后的角色).",
          "$ref": "#/definitions/ParticipantRole"
        }
      },
      "x-keep-unknown": true
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
        },
        "nick_name": {
          "description": "Name in the meeting (会中昵称).",
          "type": "string"
        },
        "pstn_number": {
          "description": "Identifier of a PSTN or MRA user (pstn/mra 用户唯一标识); such users may have no `userid` or `uuid`.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
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
    "MeetingIdType": {
      "title": "MeetingIdType",
      "description": "What a meeting ID in an event names (会议 ID 类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Main",
          "description": "The main meeting (主会议 ID)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "A breakout room (分组会议 ID)"
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
    "MeetingParticipantRoleChangedPayload": {
      "title": "MeetingParticipantRoleChangedPayload",
      "description": "One item of the `payload` of the event `meeting.participant-role-changed` (会议用户角色变更, page 64639): a user's role changed in a meeting, for example by the set-co-host call. The page's example is cut off after `meeting_create_mode` in the retrieved copy: closed here.",
      "x-event": "meeting.participant-role-changed",
      "type": "object",
      "properties": {
        "operate_time": {
          "description": "When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "Who changed the role (事件操作者).",
          "$ref": "#/definitions/EventUser"
        },
        "to_operator": {
          "description": "The user whose role changed, with the new role (被操作者).",
          "$ref": "#/definitions/EventRoleChangedUser"
        },
        "meeting_info": {
          "description": "The meeting (会议信息).",
          "$ref": "#/definitions/EventMeetingInfo"
        }
      },
      "examples": [
        {
          "operate_time": 1609313201465,
          "operator": {
            "userid": "tester",
            "open_id": "KM4Ss******gUw1JiK",
            "user_name": "tester_name",
            "nick_name": "saaaa",
            "ms_open_id": "WMfgHRYj6m36mcDGtK",
            "instance_id": "2"
          },
          "to_operator": {
            "userid": "tester-2",
            "open_id": "KM4Ss******gUw1JiK",
            "ms_open_id": "WMfgHRYj6m36mcDGtK",
            "user_name": "tester-2_name",
            "nick_name": "saaeeaa",
            "instance_id": "2",
            "user_role": 1
          },
          "meeting_info": {
            "meeting_id": "13339451618278424869",
            "meeting_code": "445999969",
            "subject": "tester-2的快速会议",
            "creator": {
              "userid": "tester-2",
              "open_id": "KM4Ss******gUw1JiK",
              "ms_open_id": "WMfgHRYj6m36mcDGtK",
              "user_name": "tester-2_name",
              "nick_name": "saaggaa",
              "instance_id": "2"
            },
            "meeting_type": 0,
            "start_time": 1608522626,
            "end_time": 1609415039,
            "meeting_create_mode": 0
          }
        }
      ],
      "x-keep-unknown": true
    },
    "ParticipantRole": {
      "title": "ParticipantRole",
      "description": "A user's role in a meeting (用户角色), as the participant lists and the role-change event report it. The participant pages list 0 to 7, the event page adds 8. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Member",
          "description": "Ordinary member (普通成员角色)"
        },
        {
          "const": 1,
          "title": "Creator",
          "description": "Creator (创建者角色)"
        },
        {
          "const": 2,
          "title": "Host",
          "description": "Host (主持人)"
        },
        {
          "const": 3,
          "title": "CreatorHost",
          "description": "Creator and host (创建者+主持人)"
        },
        {
          "const": 4,
          "title": "Guest",
          "description": "Guest (游客)"
        },
        {
          "const": 5,
          "title": "GuestHost",
          "description": "Guest and host (游客+主持人)"
        },
        {
          "const": 6,
          "title": "Cohost",
          "description": "Co-host (联席主持人)"
        },
        {
          "const": 7,
          "title": "CreatorCohost",
          "description": "Creator and co-host (创建者+联席主持人)"
        },
        {
          "const": 8,
          "title": "ApiAssignedHost",
          "description": "Host assigned through the REST API (restApi 接口指派的主持人)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A role the docs do not list."
        }
      ]
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`MeetingPhoneParticipantStatusUpdatedPayload`](crate::events::MeetingPhoneParticipantStatusUpdatedPayload), bundled from `schemas/events/meeting-phone-participant-status-updated.json`.
    pub const MEETING_PHONE_PARTICIPANT_STATUS_UPDATED_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/MeetingPhoneParticipantStatusUpdatedPayload",
  "definitions": {
    "ActionSceneType": {
      "title": "ActionSceneType",
      "description": "Where a user joined or left (事件行为类型), for meetings with breakout rooms. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "MainMeeting",
          "description": "Into or out of the main meeting (进出主会议)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "Into or out of a breakout room (进出分组会议)"
        },
        {
          "const": 2,
          "title": "MainToBreakout",
          "description": "From the main meeting into a breakout room (主会议进入分组)"
        },
        {
          "const": 3,
          "title": "BreakoutToMain",
          "description": "From a breakout room back to the main meeting (分组进入主会议)"
        },
        {
          "const": 4,
          "title": "BreakoutFromOutside",
          "description": "Into or out of a breakout room from outside the meeting (会议外进出分组)"
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
    "EventMediaSetType": {
      "title": "EventMediaSetType",
      "description": "Whether a meeting is external or internal (会议类型): 1 external (外部会议), 2 internal (内部会议). The smart-minutes table types it Integer; its example and the recording-completed example send the string \"1\" or \"2\": both are accepted and re-encoded as they came.",
      "oneOf": [
        {
          "type": "integer",
          "title": "Number",
          "description": "The code as a number (the table): 1 external, 2 internal."
        },
        {
          "type": "string",
          "title": "Text",
          "description": "The code as a string of digits (the example)."
        }
      ]
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息). Which fields are present depends on the event: the sub-meeting fields come with recurring meetings in the recording and transcription events, `media_set_type` with the recording-completed and smart-minutes events.",
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
        "media_set_type": {
          "description": "Whether the meeting is external or internal (会议类型), sent by the recording-completed and smart-minutes events: 1 external (外部会议), 2 internal (内部会议).",
          "$ref": "#/definitions/EventMediaSetType"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_id": {
          "description": "ID of the sub-meeting of a recurring meeting (周期性会议的子会议 ID), sent by the recording and transcription events.",
          "type": "string"
        },
        "sub_meeting_start_time": {
          "description": "Scheduled start of the sub-meeting (子会议开始时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_end_time": {
          "description": "Scheduled end of the sub-meeting (子会议结束时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        },
        "meeting_id_type": {
          "description": "Whether `meeting_id` is the main meeting's or a breakout room's (会议 ID 类型).",
          "$ref": "#/definitions/MeetingIdType"
        },
        "action_scene_type": {
          "description": "Where the user went in or out (事件行为类型): the main meeting or a breakout room.",
          "$ref": "#/definitions/ActionSceneType"
        }
      },
      "x-keep-unknown": true
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
        },
        "nick_name": {
          "description": "Name in the meeting (会中昵称).",
          "type": "string"
        },
        "pstn_number": {
          "description": "Identifier of a PSTN or MRA user (pstn/mra 用户唯一标识); such users may have no `userid` or `uuid`.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
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
    "MeetingIdType": {
      "title": "MeetingIdType",
      "description": "What a meeting ID in an event names (会议 ID 类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Main",
          "description": "The main meeting (主会议 ID)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "A breakout room (分组会议 ID)"
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
    "MeetingPhoneParticipantStatusUpdatedPayload": {
      "title": "MeetingPhoneParticipantStatusUpdatedPayload",
      "description": "One item of the `payload` of the event `meeting.phone.participant-status-updated` (PSTN 外呼状态更新, page 80737): the state of a telephone call-out changed; call-outs and their cancellations (service pstn) report their outcome this way. The payload does not name the phone number called.",
      "x-event": "meeting.phone.participant-status-updated",
      "type": "object",
      "properties": {
        "operate_time": {
          "description": "When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "Who placed the call (事件操作者).",
          "$ref": "#/definitions/EventUser"
        },
        "meeting_info": {
          "description": "The meeting (会议信息).",
          "$ref": "#/definitions/EventMeetingInfo"
        },
        "status": {
          "description": "The call-out's new state (外呼状态).",
          "$ref": "#/definitions/PstnCallStatus"
        }
      },
      "examples": [
        {
          "operate_time": 1609313201465,
          "operator": {
            "userid": "tester",
            "open_id": "KM4Ss******gUw1JiK",
            "ms_open_id": "WMfgHRYj6m36mcDGtK",
            "user_name": "tester_name",
            "instance_id": "2"
          },
          "meeting_info": {
            "meeting_id": "13339451618278424869",
            "meeting_code": "445999969",
            "subject": "tester-2的快速会议",
            "meeting_type": 0,
            "start_time": 1608522626,
            "end_time": 1609415039,
            "meeting_create_mode": 0
          },
          "status": "START_ACCEPT"
        }
      ],
      "x-keep-unknown": true
    },
    "PstnCallStatus": {
      "title": "PstnCallStatus",
      "description": "State of a telephone call-out (外呼状态). Any other string is accepted.",
      "type": "string",
      "anyOf": [
        {
          "const": "START_INVITE",
          "title": "Inviting",
          "description": "The call starts (开始邀请)"
        },
        {
          "const": "START_ACCEPT",
          "title": "Accepted",
          "description": "The callee answered (用户接听)"
        },
        {
          "const": "LEAVE_WITHOUT_ACCEPT",
          "title": "EndedUnanswered",
          "description": "Hung up without answering; not answering and declining cannot be told apart yet (用户无接听挂断)"
        },
        {
          "const": "LEAVE_WITH_ACCEPTED",
          "title": "EndedAfterAnswer",
          "description": "Hung up after answering (用户已接听挂断)"
        },
        {
          "const": "CANCLE_INVITE",
          "title": "InviteCancelled",
          "description": "The inviter cancelled while calling (呼叫中邀请人主动取消); the wire value is spelled `CANCLE`. A host hanging up an answered call is a kickout instead."
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
    /// JSON Schema (Draft-07, self-contained) of [`MeetingShareScreenClosePayload`](crate::events::MeetingShareScreenClosePayload), bundled from `schemas/events/meeting-share-screen-close.json`.
    pub const MEETING_SHARE_SCREEN_CLOSE_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/MeetingShareScreenClosePayload",
  "definitions": {
    "ActionSceneType": {
      "title": "ActionSceneType",
      "description": "Where a user joined or left (事件行为类型), for meetings with breakout rooms. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "MainMeeting",
          "description": "Into or out of the main meeting (进出主会议)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "Into or out of a breakout room (进出分组会议)"
        },
        {
          "const": 2,
          "title": "MainToBreakout",
          "description": "From the main meeting into a breakout room (主会议进入分组)"
        },
        {
          "const": 3,
          "title": "BreakoutToMain",
          "description": "From a breakout room back to the main meeting (分组进入主会议)"
        },
        {
          "const": 4,
          "title": "BreakoutFromOutside",
          "description": "Into or out of a breakout room from outside the meeting (会议外进出分组)"
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
    "EventMediaSetType": {
      "title": "EventMediaSetType",
      "description": "Whether a meeting is external or internal (会议类型): 1 external (外部会议), 2 internal (内部会议). The smart-minutes table types it Integer; its example and the recording-completed example send the string \"1\" or \"2\": both are accepted and re-encoded as they came.",
      "oneOf": [
        {
          "type": "integer",
          "title": "Number",
          "description": "The code as a number (the table): 1 external, 2 internal."
        },
        {
          "type": "string",
          "title": "Text",
          "description": "The code as a string of digits (the example)."
        }
      ]
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息). Which fields are present depends on the event: the sub-meeting fields come with recurring meetings in the recording and transcription events, `media_set_type` with the recording-completed and smart-minutes events.",
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
        "media_set_type": {
          "description": "Whether the meeting is external or internal (会议类型), sent by the recording-completed and smart-minutes events: 1 external (外部会议), 2 internal (内部会议).",
          "$ref": "#/definitions/EventMediaSetType"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_id": {
          "description": "ID of the sub-meeting of a recurring meeting (周期性会议的子会议 ID), sent by the recording and transcription events.",
          "type": "string"
        },
        "sub_meeting_start_time": {
          "description": "Scheduled start of the sub-meeting (子会议开始时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_end_time": {
          "description": "Scheduled end of the sub-meeting (子会议结束时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        },
        "meeting_id_type": {
          "description": "Whether `meeting_id` is the main meeting's or a breakout room's (会议 ID 类型).",
          "$ref": "#/definitions/MeetingIdType"
        },
        "action_scene_type": {
          "description": "Where the user went in or out (事件行为类型): the main meeting or a breakout room.",
          "$ref": "#/definitions/ActionSceneType"
        }
      },
      "x-keep-unknown": true
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
        },
        "nick_name": {
          "description": "Name in the meeting (会中昵称).",
          "type": "string"
        },
        "pstn_number": {
          "description": "Identifier of a PSTN or MRA user (pstn/mra 用户唯一标识); such users may have no `userid` or `uuid`.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
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
    "MeetingIdType": {
      "title": "MeetingIdType",
      "description": "What a meeting ID in an event names (会议 ID 类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Main",
          "description": "The main meeting (主会议 ID)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "A breakout room (分组会议 ID)"
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
    "MeetingShareScreenClosePayload": {
      "title": "MeetingShareScreenClosePayload",
      "description": "One item of the `payload` of the event `meeting.share-screen-close` (共享屏幕结束): screen sharing ended in a meeting, for example after the stop-screen-share call. The current page was not retrieved: this follows an older copy of the docs (third-party copy), whose example has fewer user fields than the opening event's current page; the shape is the same as `meeting.share-screen-open`.",
      "x-event": "meeting.share-screen-close",
      "type": "object",
      "properties": {
        "operate_time": {
          "description": "When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "Who stopped sharing (事件操作者).",
          "$ref": "#/definitions/EventUser"
        },
        "meeting_info": {
          "description": "The meeting (会议信息).",
          "$ref": "#/definitions/EventMeetingInfo"
        }
      },
      "examples": [
        {
          "operate_time": 1609313201465,
          "operator": {
            "userid": "tester",
            "uuid": "WMfgHRYj6m36mcDGtK",
            "user_name": "tester_name"
          },
          "meeting_info": {
            "meeting_id": "13339451618278424869",
            "meeting_code": "445999969",
            "subject": "tester-2的快速会议",
            "creator": {
              "userid": "tester-2",
              "uuid": "WMfgHRYj6m36mcDGtK",
              "user_name": "tester-2_name"
            },
            "hosts": [
              {
                "userid": "tester-2",
                "uuid": "WMfgHRYj6m36mcDGtK",
                "user_name": "tester-2_name"
              }
            ],
            "meeting_type": 0,
            "start_time": 1608522626,
            "end_time": 1609415039,
            "meeting_create_mode": 0
          }
        }
      ],
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`MeetingShareScreenOpenPayload`](crate::events::MeetingShareScreenOpenPayload), bundled from `schemas/events/meeting-share-screen-open.json`.
    pub const MEETING_SHARE_SCREEN_OPEN_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/MeetingShareScreenOpenPayload",
  "definitions": {
    "ActionSceneType": {
      "title": "ActionSceneType",
      "description": "Where a user joined or left (事件行为类型), for meetings with breakout rooms. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "MainMeeting",
          "description": "Into or out of the main meeting (进出主会议)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "Into or out of a breakout room (进出分组会议)"
        },
        {
          "const": 2,
          "title": "MainToBreakout",
          "description": "From the main meeting into a breakout room (主会议进入分组)"
        },
        {
          "const": 3,
          "title": "BreakoutToMain",
          "description": "From a breakout room back to the main meeting (分组进入主会议)"
        },
        {
          "const": 4,
          "title": "BreakoutFromOutside",
          "description": "Into or out of a breakout room from outside the meeting (会议外进出分组)"
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
    "EventMediaSetType": {
      "title": "EventMediaSetType",
      "description": "Whether a meeting is external or internal (会议类型): 1 external (外部会议), 2 internal (内部会议). The smart-minutes table types it Integer; its example and the recording-completed example send the string \"1\" or \"2\": both are accepted and re-encoded as they came.",
      "oneOf": [
        {
          "type": "integer",
          "title": "Number",
          "description": "The code as a number (the table): 1 external, 2 internal."
        },
        {
          "type": "string",
          "title": "Text",
          "description": "The code as a string of digits (the example)."
        }
      ]
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息). Which fields are present depends on the event: the sub-meeting fields come with recurring meetings in the recording and transcription events, `media_set_type` with the recording-completed and smart-minutes events.",
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
        "media_set_type": {
          "description": "Whether the meeting is external or internal (会议类型), sent by the recording-completed and smart-minutes events: 1 external (外部会议), 2 internal (内部会议).",
          "$ref": "#/definitions/EventMediaSetType"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_id": {
          "description": "ID of the sub-meeting of a recurring meeting (周期性会议的子会议 ID), sent by the recording and transcription events.",
          "type": "string"
        },
        "sub_meeting_start_time": {
          "description": "Scheduled start of the sub-meeting (子会议开始时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_end_time": {
          "description": "Scheduled end of the sub-meeting (子会议结束时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        },
        "meeting_id_type": {
          "description": "Whether `meeting_id` is the main meeting's or a breakout room's (会议 ID 类型).",
          "$ref": "#/definitions/MeetingIdType"
        },
        "action_scene_type": {
          "description": "Where the user went in or out (事件行为类型): the main meeting or a breakout room.",
          "$ref": "#/definitions/ActionSceneType"
        }
      },
      "x-keep-unknown": true
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
        },
        "nick_name": {
          "description": "Name in the meeting (会中昵称).",
          "type": "string"
        },
        "pstn_number": {
          "description": "Identifier of a PSTN or MRA user (pstn/mra 用户唯一标识); such users may have no `userid` or `uuid`.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
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
    "MeetingIdType": {
      "title": "MeetingIdType",
      "description": "What a meeting ID in an event names (会议 ID 类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Main",
          "description": "The main meeting (主会议 ID)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "A breakout room (分组会议 ID)"
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
    "MeetingShareScreenOpenPayload": {
      "title": "MeetingShareScreenOpenPayload",
      "description": "One item of the `payload` of the event `meeting.share-screen-open` (共享屏幕开启, page 59453): screen sharing started in a meeting. The page's example lacks commas after two `user_name` lines: added.",
      "x-event": "meeting.share-screen-open",
      "type": "object",
      "properties": {
        "operate_time": {
          "description": "When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "Who started sharing (事件操作者).",
          "$ref": "#/definitions/EventUser"
        },
        "meeting_info": {
          "description": "The meeting (会议信息).",
          "$ref": "#/definitions/EventMeetingInfo"
        }
      },
      "examples": [
        {
          "operate_time": 1609313201465,
          "operator": {
            "userid": "tester",
            "open_id": "KM4Ss******gUw1JiK",
            "uuid": "WMfgHRYj6m36mcDGtK",
            "user_name": "tester_name",
            "ms_open_id": "WMfg******36mcDGtK",
            "instance_id": "2"
          },
          "meeting_info": {
            "meeting_id": "13339451618278424869",
            "meeting_code": "445999969",
            "subject": "tester-2的快速会议",
            "creator": {
              "userid": "tester-2",
              "open_id": "KM4Ss******gUw1JiK",
              "uuid": "WMfgHRYj6m36mcDGtK",
              "user_name": "tester-2_name",
              "ms_open_id": "WMfg******36mcDGtK"
            },
            "hosts": [
              {
                "userid": "tester-2",
                "open_id": "KM4Ss******gUw1JiK",
                "uuid": "WMfgHRYj6m36mcDGtK",
                "user_name": "tester-2_name",
                "ms_open_id": "WMfg******36mcDGtK"
              }
            ],
            "meeting_type": 0,
            "start_time": 1608522626,
            "end_time": 1609415039,
            "meeting_create_mode": 0,
            "meeting_id_type": 0
          }
        }
      ],
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`MeetingStartedPayload`](crate::events::MeetingStartedPayload), bundled from `schemas/events/meeting-started.json`.
    pub const MEETING_STARTED_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/MeetingStartedPayload",
  "definitions": {
    "ActionSceneType": {
      "title": "ActionSceneType",
      "description": "Where a user joined or left (事件行为类型), for meetings with breakout rooms. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "MainMeeting",
          "description": "Into or out of the main meeting (进出主会议)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "Into or out of a breakout room (进出分组会议)"
        },
        {
          "const": 2,
          "title": "MainToBreakout",
          "description": "From the main meeting into a breakout room (主会议进入分组)"
        },
        {
          "const": 3,
          "title": "BreakoutToMain",
          "description": "From a breakout room back to the main meeting (分组进入主会议)"
        },
        {
          "const": 4,
          "title": "BreakoutFromOutside",
          "description": "Into or out of a breakout room from outside the meeting (会议外进出分组)"
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
    "EventMediaSetType": {
      "title": "EventMediaSetType",
      "description": "Whether a meeting is external or internal (会议类型): 1 external (外部会议), 2 internal (内部会议). The smart-minutes table types it Integer; its example and the recording-completed example send the string \"1\" or \"2\": both are accepted and re-encoded as they came.",
      "oneOf": [
        {
          "type": "integer",
          "title": "Number",
          "description": "The code as a number (the table): 1 external, 2 internal."
        },
        {
          "type": "string",
          "title": "Text",
          "description": "The code as a string of digits (the example)."
        }
      ]
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息). Which fields are present depends on the event: the sub-meeting fields come with recurring meetings in the recording and transcription events, `media_set_type` with the recording-completed and smart-minutes events.",
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
        "media_set_type": {
          "description": "Whether the meeting is external or internal (会议类型), sent by the recording-completed and smart-minutes events: 1 external (外部会议), 2 internal (内部会议).",
          "$ref": "#/definitions/EventMediaSetType"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_id": {
          "description": "ID of the sub-meeting of a recurring meeting (周期性会议的子会议 ID), sent by the recording and transcription events.",
          "type": "string"
        },
        "sub_meeting_start_time": {
          "description": "Scheduled start of the sub-meeting (子会议开始时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_end_time": {
          "description": "Scheduled end of the sub-meeting (子会议结束时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        },
        "meeting_id_type": {
          "description": "Whether `meeting_id` is the main meeting's or a breakout room's (会议 ID 类型).",
          "$ref": "#/definitions/MeetingIdType"
        },
        "action_scene_type": {
          "description": "Where the user went in or out (事件行为类型): the main meeting or a breakout room.",
          "$ref": "#/definitions/ActionSceneType"
        }
      },
      "x-keep-unknown": true
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
        },
        "nick_name": {
          "description": "Name in the meeting (会中昵称).",
          "type": "string"
        },
        "pstn_number": {
          "description": "Identifier of a PSTN or MRA user (pstn/mra 用户唯一标识); such users may have no `userid` or `uuid`.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
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
    "MeetingIdType": {
      "title": "MeetingIdType",
      "description": "What a meeting ID in an event names (会议 ID 类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Main",
          "description": "The main meeting (主会议 ID)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "A breakout room (分组会议 ID)"
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
    "MeetingStartedPayload": {
      "title": "MeetingStartedPayload",
      "description": "One item of the `payload` of the event `meeting.started` (会议开始, page 51618): a host (the creator or an alternative host) entered the meeting from a client, a mini program, Rooms or a SIP device. The example is the older copy of the page's (comments removed); the current page carries the user fields of `meeting.updated` (open_id, ms_open_id, instance_id) and `meeting_create_from`, all properties of the shared definitions.",
      "x-event": "meeting.started",
      "type": "object",
      "properties": {
        "operate_time": {
          "description": "When the event happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "The host who entered (事件操作者).",
          "$ref": "#/definitions/EventUser"
        },
        "meeting_info": {
          "description": "The meeting (会议信息).",
          "$ref": "#/definitions/EventMeetingInfo"
        }
      },
      "examples": [
        {
          "operate_time": 1609313201465,
          "operator": {
            "userid": "tester",
            "uuid": "WMfgHRYj6m36mcDGtK",
            "user_name": "tester_name"
          },
          "meeting_info": {
            "meeting_id": "13339451618278424869",
            "meeting_code": "445999969",
            "subject": "tester-2的快速会议",
            "creator": {
              "userid": "tester-2",
              "uuid": "WMfgHRYj6m36mcDGtK",
              "user_name": "tester-2_name"
            },
            "meeting_type": 0,
            "start_time": 1608522626,
            "end_time": 1609415039,
            "meeting_create_mode": 0
          }
        }
      ],
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`MeetingUnmuteAllPayload`](crate::events::MeetingUnmuteAllPayload), bundled from `schemas/events/meeting-unmute-all.json`.
    pub const MEETING_UNMUTE_ALL_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/MeetingUnmuteAllPayload",
  "definitions": {
    "ActionSceneType": {
      "title": "ActionSceneType",
      "description": "Where a user joined or left (事件行为类型), for meetings with breakout rooms. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "MainMeeting",
          "description": "Into or out of the main meeting (进出主会议)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "Into or out of a breakout room (进出分组会议)"
        },
        {
          "const": 2,
          "title": "MainToBreakout",
          "description": "From the main meeting into a breakout room (主会议进入分组)"
        },
        {
          "const": 3,
          "title": "BreakoutToMain",
          "description": "From a breakout room back to the main meeting (分组进入主会议)"
        },
        {
          "const": 4,
          "title": "BreakoutFromOutside",
          "description": "Into or out of a breakout room from outside the meeting (会议外进出分组)"
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
    "EventMediaSetType": {
      "title": "EventMediaSetType",
      "description": "Whether a meeting is external or internal (会议类型): 1 external (外部会议), 2 internal (内部会议). The smart-minutes table types it Integer; its example and the recording-completed example send the string \"1\" or \"2\": both are accepted and re-encoded as they came.",
      "oneOf": [
        {
          "type": "integer",
          "title": "Number",
          "description": "The code as a number (the table): 1 external, 2 internal."
        },
        {
          "type": "string",
          "title": "Text",
          "description": "The code as a string of digits (the example)."
        }
      ]
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息). Which fields are present depends on the event: the sub-meeting fields come with recurring meetings in the recording and transcription events, `media_set_type` with the recording-completed and smart-minutes events.",
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
        "media_set_type": {
          "description": "Whether the meeting is external or internal (会议类型), sent by the recording-completed and smart-minutes events: 1 external (外部会议), 2 internal (内部会议).",
          "$ref": "#/definitions/EventMediaSetType"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_id": {
          "description": "ID of the sub-meeting of a recurring meeting (周期性会议的子会议 ID), sent by the recording and transcription events.",
          "type": "string"
        },
        "sub_meeting_start_time": {
          "description": "Scheduled start of the sub-meeting (子会议开始时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_end_time": {
          "description": "Scheduled end of the sub-meeting (子会议结束时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        },
        "meeting_id_type": {
          "description": "Whether `meeting_id` is the main meeting's or a breakout room's (会议 ID 类型).",
          "$ref": "#/definitions/MeetingIdType"
        },
        "action_scene_type": {
          "description": "Where the user went in or out (事件行为类型): the main meeting or a breakout room.",
          "$ref": "#/definitions/ActionSceneType"
        }
      },
      "x-keep-unknown": true
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
        },
        "nick_name": {
          "description": "Name in the meeting (会中昵称).",
          "type": "string"
        },
        "pstn_number": {
          "description": "Identifier of a PSTN or MRA user (pstn/mra 用户唯一标识); such users may have no `userid` or `uuid`.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
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
    "MeetingIdType": {
      "title": "MeetingIdType",
      "description": "What a meeting ID in an event names (会议 ID 类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Main",
          "description": "The main meeting (主会议 ID)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "A breakout room (分组会议 ID)"
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
    "MeetingUnmuteAllPayload": {
      "title": "MeetingUnmuteAllPayload",
      "description": "One item of the `payload` of the event `meeting.unmute-all` (会议解除全体静音, page 70218): mute-all was lifted in a meeting, for example by the in-meeting settings call with `mute_all` false. Lifting and setting mute-all do not come in pairs: several lifts may follow one another (解除全体静音和全体静音并非成对出现).",
      "x-event": "meeting.unmute-all",
      "type": "object",
      "properties": {
        "operate_time": {
          "description": "When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "Who lifted mute-all (事件操作者).",
          "$ref": "#/definitions/EventUser"
        },
        "meeting_info": {
          "description": "The meeting (会议信息).",
          "$ref": "#/definitions/EventMeetingInfo"
        }
      },
      "examples": [
        {
          "operate_time": 1645166462235,
          "operator": {
            "userid": "test",
            "user_name": "test",
            "instance_id": "1",
            "ms_open_id": "YgC/Y/pPS2lSh09H3IVkAz8+g2bS**********H5oFYWZGhObfwOcIULVE4JhiTqjKFMsVyvv449ZQ=="
          },
          "meeting_info": {
            "meeting_id": "12070603000007571232",
            "meeting_code": "170000525",
            "subject": "test预定的会议",
            "creator": {
              "userid": "test",
              "user_name": "test",
              "instance_id": "1",
              "ms_open_id": "YgC/Y/pPS2lSh09H3IVkAz8****************GhObfwOcIULVE4JhiTqjKFMsVyvv449ZQ=="
            },
            "meeting_type": 0,
            "start_time": 1645167600,
            "end_time": 1645169400,
            "meeting_create_mode": 0,
            "meeting_id_type": 0
          }
        }
      ],
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`MeetingUpdatedPayload`](crate::events::MeetingUpdatedPayload), bundled from `schemas/events/meeting-updated.json`.
    pub const MEETING_UPDATED_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/MeetingUpdatedPayload",
  "definitions": {
    "ActionSceneType": {
      "title": "ActionSceneType",
      "description": "Where a user joined or left (事件行为类型), for meetings with breakout rooms. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "MainMeeting",
          "description": "Into or out of the main meeting (进出主会议)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "Into or out of a breakout room (进出分组会议)"
        },
        {
          "const": 2,
          "title": "MainToBreakout",
          "description": "From the main meeting into a breakout room (主会议进入分组)"
        },
        {
          "const": 3,
          "title": "BreakoutToMain",
          "description": "From a breakout room back to the main meeting (分组进入主会议)"
        },
        {
          "const": 4,
          "title": "BreakoutFromOutside",
          "description": "Into or out of a breakout room from outside the meeting (会议外进出分组)"
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
    "EventMediaSetType": {
      "title": "EventMediaSetType",
      "description": "Whether a meeting is external or internal (会议类型): 1 external (外部会议), 2 internal (内部会议). The smart-minutes table types it Integer; its example and the recording-completed example send the string \"1\" or \"2\": both are accepted and re-encoded as they came.",
      "oneOf": [
        {
          "type": "integer",
          "title": "Number",
          "description": "The code as a number (the table): 1 external, 2 internal."
        },
        {
          "type": "string",
          "title": "Text",
          "description": "The code as a string of digits (the example)."
        }
      ]
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息). Which fields are present depends on the event: the sub-meeting fields come with recurring meetings in the recording and transcription events, `media_set_type` with the recording-completed and smart-minutes events.",
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
        "media_set_type": {
          "description": "Whether the meeting is external or internal (会议类型), sent by the recording-completed and smart-minutes events: 1 external (外部会议), 2 internal (内部会议).",
          "$ref": "#/definitions/EventMediaSetType"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_id": {
          "description": "ID of the sub-meeting of a recurring meeting (周期性会议的子会议 ID), sent by the recording and transcription events.",
          "type": "string"
        },
        "sub_meeting_start_time": {
          "description": "Scheduled start of the sub-meeting (子会议开始时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_end_time": {
          "description": "Scheduled end of the sub-meeting (子会议结束时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        },
        "meeting_id_type": {
          "description": "Whether `meeting_id` is the main meeting's or a breakout room's (会议 ID 类型).",
          "$ref": "#/definitions/MeetingIdType"
        },
        "action_scene_type": {
          "description": "Where the user went in or out (事件行为类型): the main meeting or a breakout room.",
          "$ref": "#/definitions/ActionSceneType"
        }
      },
      "x-keep-unknown": true
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
      },
      "x-keep-unknown": true
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
        },
        "nick_name": {
          "description": "Name in the meeting (会中昵称).",
          "type": "string"
        },
        "pstn_number": {
          "description": "Identifier of a PSTN or MRA user (pstn/mra 用户唯一标识); such users may have no `userid` or `uuid`.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
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
    "MeetingIdType": {
      "title": "MeetingIdType",
      "description": "What a meeting ID in an event names (会议 ID 类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Main",
          "description": "The main meeting (主会议 ID)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "A breakout room (分组会议 ID)"
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
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`OauthAuthUserPayload`](crate::events::OauthAuthUserPayload), bundled from `schemas/events/oauth-auth-user.json`.
    pub const OAUTH_AUTH_USER_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/OauthAuthUserPayload",
  "definitions": {
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
    "OauthAppInfo": {
      "title": "OauthAppInfo",
      "description": "The application an OAuth event is about (应用基础信息).",
      "type": "object",
      "properties": {
        "sdk_id": {
          "description": "ID of the application (应用 ID).",
          "$ref": "#/definitions/OauthAppSdkId"
        },
        "app_name": {
          "description": "Name of the application (应用名称).",
          "type": "string"
        },
        "app_type": {
          "description": "Level of the application (应用类型).",
          "$ref": "#/definitions/OauthAppType"
        },
        "is_app_publish": {
          "description": "Whether the application is promoted to other enterprises (是否推广应用).",
          "type": "boolean"
        },
        "app_classes": {
          "description": "Categories of the application, comma-separated (应用类目), such as `APP_MARKETING_MANAGE,APP_CUSTOMER_SERVICE`.",
          "type": "string"
        },
        "app_create_time": {
          "description": "When the application was created (应用创建时间戳), in Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "app_status": {
          "description": "State of the application (应用状态).",
          "$ref": "#/definitions/OauthAppStatus"
        }
      },
      "x-keep-unknown": true
    },
    "OauthAppSdkId": {
      "title": "OauthAppSdkId",
      "description": "ID of an application (应用 ID): most pages' examples send a string of digits, the 授权应用 page (oauth.auth-user) a number; both are accepted.",
      "oneOf": [
        {
          "type": "string",
          "title": "Text",
          "description": "The ID as a string (most examples)."
        },
        {
          "type": "integer",
          "title": "Number",
          "description": "The ID as a number (the oauth.auth-user example)."
        }
      ]
    },
    "OauthAppStatus": {
      "title": "OauthAppStatus",
      "description": "State of an application (应用状态), sent as Chinese text. Any other string is accepted.",
      "type": "string",
      "anyOf": [
        {
          "const": "创建中",
          "title": "Creating",
          "description": "Being created (创建中)"
        },
        {
          "const": "创建完成",
          "title": "Created",
          "description": "Created (创建完成)"
        },
        {
          "const": "审批中",
          "title": "UnderReview",
          "description": "Under review (审批中)"
        },
        {
          "type": "string",
          "title": "Other",
          "description": "A value the docs do not list."
        }
      ]
    },
    "OauthAppType": {
      "title": "OauthAppType",
      "description": "Level of an application (应用类型). Any other string is accepted.",
      "type": "string",
      "anyOf": [
        {
          "const": "CORP_ACCOUNT_LEVEL",
          "title": "CorpAccountLevel",
          "description": "Account-level application (账户级应用)"
        },
        {
          "const": "USER_ACCOUNT_LEVEL",
          "title": "UserAccountLevel",
          "description": "User-level application (用户级应用)"
        },
        {
          "type": "string",
          "title": "Other",
          "description": "A value the docs do not list."
        }
      ]
    },
    "OauthAuthUserPayload": {
      "title": "OauthAuthUserPayload",
      "description": "One item of the `payload` of the event `oauth.auth-user` (授权应用: a user authorized the application, or an administrator authorized it for employees (用户自主授权或者管理员为员工授权该应用)). Page 1095/105273. Its example sends `sdk_id` as a number, the other pages as a string (`OauthAppSdkId` accepts both). The example is the page's, comments removed.",
      "x-event": "oauth.auth-user",
      "type": "object",
      "examples": [
        {
          "operate_time": 1712837783144,
          "operator": {
            "userid": "tester",
            "user_name": "tester",
            "app_id": "test88888",
            "open_id": "rzIQP**********MqTBc",
            "open_corp_id": "test88888",
            "role_type": 0
          },
          "app_info": {
            "sdk_id": 324324343242343,
            "app_name": "测试应用",
            "app_type": "USER_ACCOUNT_LEVEL",
            "is_app_publish": false,
            "app_classes": "APP_RECRUITMENT_INTERVIEW",
            "app_create_time": 1704793544,
            "app_status": "创建完成"
          },
          "oauth_open_id_list": [
            {
              "open_id": "rzIQP**********MqTBc"
            }
          ]
        }
      ],
      "properties": {
        "operate_time": {
          "description": "When the operation happened (事件操作时间戳), in Unix milliseconds (毫秒).",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "Who triggered the event (事件操作者).",
          "$ref": "#/definitions/OauthEventOperator"
        },
        "oauth_open_id_list": {
          "description": "The users who authorized the application (授权的用户 open_id 列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/OauthOpenId"
          }
        },
        "app_info": {
          "description": "The application (应用基础信息).",
          "$ref": "#/definitions/OauthAppInfo"
        }
      },
      "x-keep-unknown": true
    },
    "OauthEventOperator": {
      "title": "OauthEventOperator",
      "description": "Who triggered an OAuth application event (事件操作者).",
      "type": "object",
      "properties": {
        "userid": {
          "description": "ID of the operator (事件操作者 id): the enterprise userid for users of the same enterprise, the openId for OAuth users, the roomsId for Rooms.",
          "type": "string"
        },
        "open_id": {
          "description": "Open ID of the operator (事件操作者 open_id).",
          "type": "string"
        },
        "uuid": {
          "description": "User identity ID of the operator (事件操作者 uuid).",
          "type": "string"
        },
        "user_name": {
          "description": "Name of the operator (事件操作者名称).",
          "type": "string"
        },
        "app_id": {
          "description": "ID of the operator's enterprise (企业 id).",
          "type": "string"
        },
        "open_corp_id": {
          "description": "Open ID of the operator's enterprise (企业的对外 id).",
          "type": "string"
        },
        "role_type": {
          "description": "What the operator is in the enterprise (操作者类型).",
          "$ref": "#/definitions/OauthOperatorRole"
        }
      },
      "x-keep-unknown": true
    },
    "OauthOpenId": {
      "title": "OauthOpenId",
      "description": "A user named by open_id in an OAuth event's list (授权或取消授权的用户).",
      "type": "object",
      "properties": {
        "open_id": {
          "description": "The user's open_id (用户 open_id).",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    },
    "OauthOperatorRole": {
      "title": "OauthOperatorRole",
      "description": "What the operator of an OAuth application event is in the enterprise (操作者类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Member",
          "description": "An ordinary member (普通成员)"
        },
        {
          "const": 1,
          "title": "CorpAdmin",
          "description": "An enterprise administrator (企业管理员)"
        },
        {
          "const": 2,
          "title": "SystemAdmin",
          "description": "A system administrator (系统管理员)"
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
    /// JSON Schema (Draft-07, self-contained) of [`OauthCancelAuthPayload`](crate::events::OauthCancelAuthPayload), bundled from `schemas/events/oauth-cancel-auth.json`.
    pub const OAUTH_CANCEL_AUTH_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/OauthCancelAuthPayload",
  "definitions": {
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
    "OauthAppInfo": {
      "title": "OauthAppInfo",
      "description": "The application an OAuth event is about (应用基础信息).",
      "type": "object",
      "properties": {
        "sdk_id": {
          "description": "ID of the application (应用 ID).",
          "$ref": "#/definitions/OauthAppSdkId"
        },
        "app_name": {
          "description": "Name of the application (应用名称).",
          "type": "string"
        },
        "app_type": {
          "description": "Level of the application (应用类型).",
          "$ref": "#/definitions/OauthAppType"
        },
        "is_app_publish": {
          "description": "Whether the application is promoted to other enterprises (是否推广应用).",
          "type": "boolean"
        },
        "app_classes": {
          "description": "Categories of the application, comma-separated (应用类目), such as `APP_MARKETING_MANAGE,APP_CUSTOMER_SERVICE`.",
          "type": "string"
        },
        "app_create_time": {
          "description": "When the application was created (应用创建时间戳), in Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "app_status": {
          "description": "State of the application (应用状态).",
          "$ref": "#/definitions/OauthAppStatus"
        }
      },
      "x-keep-unknown": true
    },
    "OauthAppSdkId": {
      "title": "OauthAppSdkId",
      "description": "ID of an application (应用 ID): most pages' examples send a string of digits, the 授权应用 page (oauth.auth-user) a number; both are accepted.",
      "oneOf": [
        {
          "type": "string",
          "title": "Text",
          "description": "The ID as a string (most examples)."
        },
        {
          "type": "integer",
          "title": "Number",
          "description": "The ID as a number (the oauth.auth-user example)."
        }
      ]
    },
    "OauthAppStatus": {
      "title": "OauthAppStatus",
      "description": "State of an application (应用状态), sent as Chinese text. Any other string is accepted.",
      "type": "string",
      "anyOf": [
        {
          "const": "创建中",
          "title": "Creating",
          "description": "Being created (创建中)"
        },
        {
          "const": "创建完成",
          "title": "Created",
          "description": "Created (创建完成)"
        },
        {
          "const": "审批中",
          "title": "UnderReview",
          "description": "Under review (审批中)"
        },
        {
          "type": "string",
          "title": "Other",
          "description": "A value the docs do not list."
        }
      ]
    },
    "OauthAppType": {
      "title": "OauthAppType",
      "description": "Level of an application (应用类型). Any other string is accepted.",
      "type": "string",
      "anyOf": [
        {
          "const": "CORP_ACCOUNT_LEVEL",
          "title": "CorpAccountLevel",
          "description": "Account-level application (账户级应用)"
        },
        {
          "const": "USER_ACCOUNT_LEVEL",
          "title": "UserAccountLevel",
          "description": "User-level application (用户级应用)"
        },
        {
          "type": "string",
          "title": "Other",
          "description": "A value the docs do not list."
        }
      ]
    },
    "OauthCancelAuthPayload": {
      "title": "OauthCancelAuthPayload",
      "description": "One item of the `payload` of the event `oauth.cancel-auth` (取消授权: a user withdrew the application's authorization, or an administrator withdrew it for employees in bulk (用户取消授权应用或者管理员批量取消授权员工该应用)). Page 1095/97929, the successor of `oauth.user-cancel-auth`. The example is the page's, comments removed.",
      "x-event": "oauth.cancel-auth",
      "type": "object",
      "examples": [
        {
          "operate_time": 1609313201465,
          "operator": {
            "userid": "tester",
            "open_id": "KM4SsgUw1JiK",
            "open_corp_id": "test111",
            "user_name": "tester_name",
            "app_id": "test88888",
            "role_type": 0
          },
          "app_info": {
            "sdk_id": "13339451618278424869",
            "app_name": "测试名称",
            "app_type": "CORP_ACCOUNT_LEVEL",
            "is_app_publish": true,
            "app_classes": "APP_MARKETING_MANAGE,APP_CUSTOMER_SERVICE",
            "app_create_time": 1608522626,
            "app_status": "创建中"
          },
          "cancel_open_id_list": [
            {
              "open_id": "rzIQP**********MqTBc"
            }
          ]
        }
      ],
      "properties": {
        "operate_time": {
          "description": "When the operation happened (事件操作时间戳), in Unix milliseconds (毫秒).",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "Who triggered the event (事件操作者).",
          "$ref": "#/definitions/OauthEventOperator"
        },
        "cancel_open_id_list": {
          "description": "The users whose authorization was withdrawn (被取消授权的用户 open_id 列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/OauthOpenId"
          }
        },
        "app_info": {
          "description": "The application (应用基础信息).",
          "$ref": "#/definitions/OauthAppInfo"
        }
      },
      "x-keep-unknown": true
    },
    "OauthEventOperator": {
      "title": "OauthEventOperator",
      "description": "Who triggered an OAuth application event (事件操作者).",
      "type": "object",
      "properties": {
        "userid": {
          "description": "ID of the operator (事件操作者 id): the enterprise userid for users of the same enterprise, the openId for OAuth users, the roomsId for Rooms.",
          "type": "string"
        },
        "open_id": {
          "description": "Open ID of the operator (事件操作者 open_id).",
          "type": "string"
        },
        "uuid": {
          "description": "User identity ID of the operator (事件操作者 uuid).",
          "type": "string"
        },
        "user_name": {
          "description": "Name of the operator (事件操作者名称).",
          "type": "string"
        },
        "app_id": {
          "description": "ID of the operator's enterprise (企业 id).",
          "type": "string"
        },
        "open_corp_id": {
          "description": "Open ID of the operator's enterprise (企业的对外 id).",
          "type": "string"
        },
        "role_type": {
          "description": "What the operator is in the enterprise (操作者类型).",
          "$ref": "#/definitions/OauthOperatorRole"
        }
      },
      "x-keep-unknown": true
    },
    "OauthOpenId": {
      "title": "OauthOpenId",
      "description": "A user named by open_id in an OAuth event's list (授权或取消授权的用户).",
      "type": "object",
      "properties": {
        "open_id": {
          "description": "The user's open_id (用户 open_id).",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    },
    "OauthOperatorRole": {
      "title": "OauthOperatorRole",
      "description": "What the operator of an OAuth application event is in the enterprise (操作者类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Member",
          "description": "An ordinary member (普通成员)"
        },
        {
          "const": 1,
          "title": "CorpAdmin",
          "description": "An enterprise administrator (企业管理员)"
        },
        {
          "const": 2,
          "title": "SystemAdmin",
          "description": "A system administrator (系统管理员)"
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
    /// JSON Schema (Draft-07, self-contained) of [`OauthCorpAuthPayload`](crate::events::OauthCorpAuthPayload), bundled from `schemas/events/oauth-corp-auth.json`.
    pub const OAUTH_CORP_AUTH_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/OauthCorpAuthPayload",
  "definitions": {
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
    "OauthAppInfo": {
      "title": "OauthAppInfo",
      "description": "The application an OAuth event is about (应用基础信息).",
      "type": "object",
      "properties": {
        "sdk_id": {
          "description": "ID of the application (应用 ID).",
          "$ref": "#/definitions/OauthAppSdkId"
        },
        "app_name": {
          "description": "Name of the application (应用名称).",
          "type": "string"
        },
        "app_type": {
          "description": "Level of the application (应用类型).",
          "$ref": "#/definitions/OauthAppType"
        },
        "is_app_publish": {
          "description": "Whether the application is promoted to other enterprises (是否推广应用).",
          "type": "boolean"
        },
        "app_classes": {
          "description": "Categories of the application, comma-separated (应用类目), such as `APP_MARKETING_MANAGE,APP_CUSTOMER_SERVICE`.",
          "type": "string"
        },
        "app_create_time": {
          "description": "When the application was created (应用创建时间戳), in Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "app_status": {
          "description": "State of the application (应用状态).",
          "$ref": "#/definitions/OauthAppStatus"
        }
      },
      "x-keep-unknown": true
    },
    "OauthAppSdkId": {
      "title": "OauthAppSdkId",
      "description": "ID of an application (应用 ID): most pages' examples send a string of digits, the 授权应用 page (oauth.auth-user) a number; both are accepted.",
      "oneOf": [
        {
          "type": "string",
          "title": "Text",
          "description": "The ID as a string (most examples)."
        },
        {
          "type": "integer",
          "title": "Number",
          "description": "The ID as a number (the oauth.auth-user example)."
        }
      ]
    },
    "OauthAppStatus": {
      "title": "OauthAppStatus",
      "description": "State of an application (应用状态), sent as Chinese text. Any other string is accepted.",
      "type": "string",
      "anyOf": [
        {
          "const": "创建中",
          "title": "Creating",
          "description": "Being created (创建中)"
        },
        {
          "const": "创建完成",
          "title": "Created",
          "description": "Created (创建完成)"
        },
        {
          "const": "审批中",
          "title": "UnderReview",
          "description": "Under review (审批中)"
        },
        {
          "type": "string",
          "title": "Other",
          "description": "A value the docs do not list."
        }
      ]
    },
    "OauthAppType": {
      "title": "OauthAppType",
      "description": "Level of an application (应用类型). Any other string is accepted.",
      "type": "string",
      "anyOf": [
        {
          "const": "CORP_ACCOUNT_LEVEL",
          "title": "CorpAccountLevel",
          "description": "Account-level application (账户级应用)"
        },
        {
          "const": "USER_ACCOUNT_LEVEL",
          "title": "UserAccountLevel",
          "description": "User-level application (用户级应用)"
        },
        {
          "type": "string",
          "title": "Other",
          "description": "A value the docs do not list."
        }
      ]
    },
    "OauthCorpAuthPayload": {
      "title": "OauthCorpAuthPayload",
      "description": "One item of the `payload` of the event `oauth.corp-auth` (开通应用: an enterprise administrator opened the application to the enterprise's members in the admin console (企业管理员后台开通应用)). Only an older copy of the docs was found (腾讯会议 API 文档, 事件订阅 > 应用管理事件); the example is its, comments removed.",
      "x-event": "oauth.corp-auth",
      "type": "object",
      "examples": [
        {
          "operate_time": 1609313201465,
          "operator": {
            "userid": "tester",
            "uuid": "WM4Fs4Th56ogU13JiK",
            "user_name": "tester_name",
            "app_id": "test88888"
          },
          "is_first": true,
          "app_info": {
            "sdk_id": "13339451618278424869",
            "app_name": "测试名称",
            "app_type": "CORP_ACCOUNT_LEVEL",
            "is_app_publish": true,
            "app_classes": "APP_MARKETING_MANAGE,APP_CUSTOMER_SERVICE",
            "app_create_time": 1608522626,
            "app_status": "创建中"
          }
        }
      ],
      "properties": {
        "operate_time": {
          "description": "When the operation happened (事件操作时间戳), in Unix milliseconds (毫秒).",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "Who triggered the event (事件操作者).",
          "$ref": "#/definitions/OauthEventOperator"
        },
        "is_first": {
          "description": "Whether the application is opened for the first time (是否首次).",
          "type": "boolean"
        },
        "app_info": {
          "description": "The application (应用基础信息).",
          "$ref": "#/definitions/OauthAppInfo"
        }
      },
      "x-keep-unknown": true
    },
    "OauthEventOperator": {
      "title": "OauthEventOperator",
      "description": "Who triggered an OAuth application event (事件操作者).",
      "type": "object",
      "properties": {
        "userid": {
          "description": "ID of the operator (事件操作者 id): the enterprise userid for users of the same enterprise, the openId for OAuth users, the roomsId for Rooms.",
          "type": "string"
        },
        "open_id": {
          "description": "Open ID of the operator (事件操作者 open_id).",
          "type": "string"
        },
        "uuid": {
          "description": "User identity ID of the operator (事件操作者 uuid).",
          "type": "string"
        },
        "user_name": {
          "description": "Name of the operator (事件操作者名称).",
          "type": "string"
        },
        "app_id": {
          "description": "ID of the operator's enterprise (企业 id).",
          "type": "string"
        },
        "open_corp_id": {
          "description": "Open ID of the operator's enterprise (企业的对外 id).",
          "type": "string"
        },
        "role_type": {
          "description": "What the operator is in the enterprise (操作者类型).",
          "$ref": "#/definitions/OauthOperatorRole"
        }
      },
      "x-keep-unknown": true
    },
    "OauthOperatorRole": {
      "title": "OauthOperatorRole",
      "description": "What the operator of an OAuth application event is in the enterprise (操作者类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Member",
          "description": "An ordinary member (普通成员)"
        },
        {
          "const": 1,
          "title": "CorpAdmin",
          "description": "An enterprise administrator (企业管理员)"
        },
        {
          "const": 2,
          "title": "SystemAdmin",
          "description": "A system administrator (系统管理员)"
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
    /// JSON Schema (Draft-07, self-contained) of [`OauthCorpCancelAuthPayload`](crate::events::OauthCorpCancelAuthPayload), bundled from `schemas/events/oauth-corp-cancel-auth.json`.
    pub const OAUTH_CORP_CANCEL_AUTH_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/OauthCorpCancelAuthPayload",
  "definitions": {
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
    "OauthAppInfo": {
      "title": "OauthAppInfo",
      "description": "The application an OAuth event is about (应用基础信息).",
      "type": "object",
      "properties": {
        "sdk_id": {
          "description": "ID of the application (应用 ID).",
          "$ref": "#/definitions/OauthAppSdkId"
        },
        "app_name": {
          "description": "Name of the application (应用名称).",
          "type": "string"
        },
        "app_type": {
          "description": "Level of the application (应用类型).",
          "$ref": "#/definitions/OauthAppType"
        },
        "is_app_publish": {
          "description": "Whether the application is promoted to other enterprises (是否推广应用).",
          "type": "boolean"
        },
        "app_classes": {
          "description": "Categories of the application, comma-separated (应用类目), such as `APP_MARKETING_MANAGE,APP_CUSTOMER_SERVICE`.",
          "type": "string"
        },
        "app_create_time": {
          "description": "When the application was created (应用创建时间戳), in Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "app_status": {
          "description": "State of the application (应用状态).",
          "$ref": "#/definitions/OauthAppStatus"
        }
      },
      "x-keep-unknown": true
    },
    "OauthAppSdkId": {
      "title": "OauthAppSdkId",
      "description": "ID of an application (应用 ID): most pages' examples send a string of digits, the 授权应用 page (oauth.auth-user) a number; both are accepted.",
      "oneOf": [
        {
          "type": "string",
          "title": "Text",
          "description": "The ID as a string (most examples)."
        },
        {
          "type": "integer",
          "title": "Number",
          "description": "The ID as a number (the oauth.auth-user example)."
        }
      ]
    },
    "OauthAppStatus": {
      "title": "OauthAppStatus",
      "description": "State of an application (应用状态), sent as Chinese text. Any other string is accepted.",
      "type": "string",
      "anyOf": [
        {
          "const": "创建中",
          "title": "Creating",
          "description": "Being created (创建中)"
        },
        {
          "const": "创建完成",
          "title": "Created",
          "description": "Created (创建完成)"
        },
        {
          "const": "审批中",
          "title": "UnderReview",
          "description": "Under review (审批中)"
        },
        {
          "type": "string",
          "title": "Other",
          "description": "A value the docs do not list."
        }
      ]
    },
    "OauthAppType": {
      "title": "OauthAppType",
      "description": "Level of an application (应用类型). Any other string is accepted.",
      "type": "string",
      "anyOf": [
        {
          "const": "CORP_ACCOUNT_LEVEL",
          "title": "CorpAccountLevel",
          "description": "Account-level application (账户级应用)"
        },
        {
          "const": "USER_ACCOUNT_LEVEL",
          "title": "UserAccountLevel",
          "description": "User-level application (用户级应用)"
        },
        {
          "type": "string",
          "title": "Other",
          "description": "A value the docs do not list."
        }
      ]
    },
    "OauthCorpCancelAuthPayload": {
      "title": "OauthCorpCancelAuthPayload",
      "description": "One item of the `payload` of the event `oauth.corp-cancel-auth` (停用应用: an enterprise administrator stopped the application in the admin console (企业管理员后台停用应用)). Only an older copy of the docs was found (腾讯会议 API 文档, 事件订阅 > 应用管理事件); the example is its, comments removed.",
      "x-event": "oauth.corp-cancel-auth",
      "type": "object",
      "examples": [
        {
          "operate_time": 1609313201465,
          "operator": {
            "userid": "tester",
            "uuid": "WM4Fs4Th56ogU13JiK",
            "user_name": "tester_name",
            "app_id": "test88888"
          },
          "app_info": {
            "sdk_id": "13339451618278424869",
            "app_name": "测试名称",
            "app_type": "CORP_ACCOUNT_LEVEL",
            "is_app_publish": true,
            "app_classes": "APP_MARKETING_MANAGE,APP_CUSTOMER_SERVICE",
            "app_create_time": 1608522626,
            "app_status": "创建中"
          }
        }
      ],
      "properties": {
        "operate_time": {
          "description": "When the operation happened (事件操作时间戳), in Unix milliseconds (毫秒).",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "Who triggered the event (事件操作者).",
          "$ref": "#/definitions/OauthEventOperator"
        },
        "app_info": {
          "description": "The application (应用基础信息).",
          "$ref": "#/definitions/OauthAppInfo"
        }
      },
      "x-keep-unknown": true
    },
    "OauthEventOperator": {
      "title": "OauthEventOperator",
      "description": "Who triggered an OAuth application event (事件操作者).",
      "type": "object",
      "properties": {
        "userid": {
          "description": "ID of the operator (事件操作者 id): the enterprise userid for users of the same enterprise, the openId for OAuth users, the roomsId for Rooms.",
          "type": "string"
        },
        "open_id": {
          "description": "Open ID of the operator (事件操作者 open_id).",
          "type": "string"
        },
        "uuid": {
          "description": "User identity ID of the operator (事件操作者 uuid).",
          "type": "string"
        },
        "user_name": {
          "description": "Name of the operator (事件操作者名称).",
          "type": "string"
        },
        "app_id": {
          "description": "ID of the operator's enterprise (企业 id).",
          "type": "string"
        },
        "open_corp_id": {
          "description": "Open ID of the operator's enterprise (企业的对外 id).",
          "type": "string"
        },
        "role_type": {
          "description": "What the operator is in the enterprise (操作者类型).",
          "$ref": "#/definitions/OauthOperatorRole"
        }
      },
      "x-keep-unknown": true
    },
    "OauthOperatorRole": {
      "title": "OauthOperatorRole",
      "description": "What the operator of an OAuth application event is in the enterprise (操作者类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Member",
          "description": "An ordinary member (普通成员)"
        },
        {
          "const": 1,
          "title": "CorpAdmin",
          "description": "An enterprise administrator (企业管理员)"
        },
        {
          "const": 2,
          "title": "SystemAdmin",
          "description": "A system administrator (系统管理员)"
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
    /// JSON Schema (Draft-07, self-contained) of [`OauthUserAuthPayload`](crate::events::OauthUserAuthPayload), bundled from `schemas/events/oauth-user-auth.json`.
    pub const OAUTH_USER_AUTH_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/OauthUserAuthPayload",
  "definitions": {
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
    "OauthAppInfo": {
      "title": "OauthAppInfo",
      "description": "The application an OAuth event is about (应用基础信息).",
      "type": "object",
      "properties": {
        "sdk_id": {
          "description": "ID of the application (应用 ID).",
          "$ref": "#/definitions/OauthAppSdkId"
        },
        "app_name": {
          "description": "Name of the application (应用名称).",
          "type": "string"
        },
        "app_type": {
          "description": "Level of the application (应用类型).",
          "$ref": "#/definitions/OauthAppType"
        },
        "is_app_publish": {
          "description": "Whether the application is promoted to other enterprises (是否推广应用).",
          "type": "boolean"
        },
        "app_classes": {
          "description": "Categories of the application, comma-separated (应用类目), such as `APP_MARKETING_MANAGE,APP_CUSTOMER_SERVICE`.",
          "type": "string"
        },
        "app_create_time": {
          "description": "When the application was created (应用创建时间戳), in Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "app_status": {
          "description": "State of the application (应用状态).",
          "$ref": "#/definitions/OauthAppStatus"
        }
      },
      "x-keep-unknown": true
    },
    "OauthAppSdkId": {
      "title": "OauthAppSdkId",
      "description": "ID of an application (应用 ID): most pages' examples send a string of digits, the 授权应用 page (oauth.auth-user) a number; both are accepted.",
      "oneOf": [
        {
          "type": "string",
          "title": "Text",
          "description": "The ID as a string (most examples)."
        },
        {
          "type": "integer",
          "title": "Number",
          "description": "The ID as a number (the oauth.auth-user example)."
        }
      ]
    },
    "OauthAppStatus": {
      "title": "OauthAppStatus",
      "description": "State of an application (应用状态), sent as Chinese text. Any other string is accepted.",
      "type": "string",
      "anyOf": [
        {
          "const": "创建中",
          "title": "Creating",
          "description": "Being created (创建中)"
        },
        {
          "const": "创建完成",
          "title": "Created",
          "description": "Created (创建完成)"
        },
        {
          "const": "审批中",
          "title": "UnderReview",
          "description": "Under review (审批中)"
        },
        {
          "type": "string",
          "title": "Other",
          "description": "A value the docs do not list."
        }
      ]
    },
    "OauthAppType": {
      "title": "OauthAppType",
      "description": "Level of an application (应用类型). Any other string is accepted.",
      "type": "string",
      "anyOf": [
        {
          "const": "CORP_ACCOUNT_LEVEL",
          "title": "CorpAccountLevel",
          "description": "Account-level application (账户级应用)"
        },
        {
          "const": "USER_ACCOUNT_LEVEL",
          "title": "UserAccountLevel",
          "description": "User-level application (用户级应用)"
        },
        {
          "type": "string",
          "title": "Other",
          "description": "A value the docs do not list."
        }
      ]
    },
    "OauthEventOperator": {
      "title": "OauthEventOperator",
      "description": "Who triggered an OAuth application event (事件操作者).",
      "type": "object",
      "properties": {
        "userid": {
          "description": "ID of the operator (事件操作者 id): the enterprise userid for users of the same enterprise, the openId for OAuth users, the roomsId for Rooms.",
          "type": "string"
        },
        "open_id": {
          "description": "Open ID of the operator (事件操作者 open_id).",
          "type": "string"
        },
        "uuid": {
          "description": "User identity ID of the operator (事件操作者 uuid).",
          "type": "string"
        },
        "user_name": {
          "description": "Name of the operator (事件操作者名称).",
          "type": "string"
        },
        "app_id": {
          "description": "ID of the operator's enterprise (企业 id).",
          "type": "string"
        },
        "open_corp_id": {
          "description": "Open ID of the operator's enterprise (企业的对外 id).",
          "type": "string"
        },
        "role_type": {
          "description": "What the operator is in the enterprise (操作者类型).",
          "$ref": "#/definitions/OauthOperatorRole"
        }
      },
      "x-keep-unknown": true
    },
    "OauthOperatorRole": {
      "title": "OauthOperatorRole",
      "description": "What the operator of an OAuth application event is in the enterprise (操作者类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Member",
          "description": "An ordinary member (普通成员)"
        },
        {
          "const": 1,
          "title": "CorpAdmin",
          "description": "An enterprise administrator (企业管理员)"
        },
        {
          "const": 2,
          "title": "SystemAdmin",
          "description": "A system administrator (系统管理员)"
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
    "OauthUserAuthPayload": {
      "title": "OauthUserAuthPayload",
      "description": "One item of the `payload` of the event `oauth.user-auth` (授权应用: a user authorized the application (用户授权该应用)). Page 1095/58787; the later pages name 授权应用 `oauth.auth-user` (1095/105273). The example is the page's, comments removed.",
      "x-event": "oauth.user-auth",
      "type": "object",
      "examples": [
        {
          "operate_time": 1609313201465,
          "operator": {
            "userid": "tester",
            "open_id": "tester",
            "uuid": "WM4Fs4Th56ogU13JiK",
            "user_name": "tester_name",
            "open_corp_id": "test88888",
            "app_id": "test88888"
          },
          "app_info": {
            "sdk_id": "13339451618278424869",
            "app_name": "测试名称",
            "app_type": "CORP_ACCOUNT_LEVEL",
            "is_app_publish": true,
            "app_classes": "APP_MARKETING_MANAGE,APP_CUSTOMER_SERVICE",
            "app_create_time": 1608522626,
            "app_status": "创建中"
          }
        }
      ],
      "properties": {
        "operate_time": {
          "description": "When the operation happened (事件操作时间戳), in Unix milliseconds (毫秒).",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "Who triggered the event (事件操作者).",
          "$ref": "#/definitions/OauthEventOperator"
        },
        "app_info": {
          "description": "The application (应用基础信息).",
          "$ref": "#/definitions/OauthAppInfo"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`OauthUserCancelAuthPayload`](crate::events::OauthUserCancelAuthPayload), bundled from `schemas/events/oauth-user-cancel-auth.json`.
    pub const OAUTH_USER_CANCEL_AUTH_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/OauthUserCancelAuthPayload",
  "definitions": {
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
    "OauthAppInfo": {
      "title": "OauthAppInfo",
      "description": "The application an OAuth event is about (应用基础信息).",
      "type": "object",
      "properties": {
        "sdk_id": {
          "description": "ID of the application (应用 ID).",
          "$ref": "#/definitions/OauthAppSdkId"
        },
        "app_name": {
          "description": "Name of the application (应用名称).",
          "type": "string"
        },
        "app_type": {
          "description": "Level of the application (应用类型).",
          "$ref": "#/definitions/OauthAppType"
        },
        "is_app_publish": {
          "description": "Whether the application is promoted to other enterprises (是否推广应用).",
          "type": "boolean"
        },
        "app_classes": {
          "description": "Categories of the application, comma-separated (应用类目), such as `APP_MARKETING_MANAGE,APP_CUSTOMER_SERVICE`.",
          "type": "string"
        },
        "app_create_time": {
          "description": "When the application was created (应用创建时间戳), in Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "app_status": {
          "description": "State of the application (应用状态).",
          "$ref": "#/definitions/OauthAppStatus"
        }
      },
      "x-keep-unknown": true
    },
    "OauthAppSdkId": {
      "title": "OauthAppSdkId",
      "description": "ID of an application (应用 ID): most pages' examples send a string of digits, the 授权应用 page (oauth.auth-user) a number; both are accepted.",
      "oneOf": [
        {
          "type": "string",
          "title": "Text",
          "description": "The ID as a string (most examples)."
        },
        {
          "type": "integer",
          "title": "Number",
          "description": "The ID as a number (the oauth.auth-user example)."
        }
      ]
    },
    "OauthAppStatus": {
      "title": "OauthAppStatus",
      "description": "State of an application (应用状态), sent as Chinese text. Any other string is accepted.",
      "type": "string",
      "anyOf": [
        {
          "const": "创建中",
          "title": "Creating",
          "description": "Being created (创建中)"
        },
        {
          "const": "创建完成",
          "title": "Created",
          "description": "Created (创建完成)"
        },
        {
          "const": "审批中",
          "title": "UnderReview",
          "description": "Under review (审批中)"
        },
        {
          "type": "string",
          "title": "Other",
          "description": "A value the docs do not list."
        }
      ]
    },
    "OauthAppType": {
      "title": "OauthAppType",
      "description": "Level of an application (应用类型). Any other string is accepted.",
      "type": "string",
      "anyOf": [
        {
          "const": "CORP_ACCOUNT_LEVEL",
          "title": "CorpAccountLevel",
          "description": "Account-level application (账户级应用)"
        },
        {
          "const": "USER_ACCOUNT_LEVEL",
          "title": "UserAccountLevel",
          "description": "User-level application (用户级应用)"
        },
        {
          "type": "string",
          "title": "Other",
          "description": "A value the docs do not list."
        }
      ]
    },
    "OauthEventOperator": {
      "title": "OauthEventOperator",
      "description": "Who triggered an OAuth application event (事件操作者).",
      "type": "object",
      "properties": {
        "userid": {
          "description": "ID of the operator (事件操作者 id): the enterprise userid for users of the same enterprise, the openId for OAuth users, the roomsId for Rooms.",
          "type": "string"
        },
        "open_id": {
          "description": "Open ID of the operator (事件操作者 open_id).",
          "type": "string"
        },
        "uuid": {
          "description": "User identity ID of the operator (事件操作者 uuid).",
          "type": "string"
        },
        "user_name": {
          "description": "Name of the operator (事件操作者名称).",
          "type": "string"
        },
        "app_id": {
          "description": "ID of the operator's enterprise (企业 id).",
          "type": "string"
        },
        "open_corp_id": {
          "description": "Open ID of the operator's enterprise (企业的对外 id).",
          "type": "string"
        },
        "role_type": {
          "description": "What the operator is in the enterprise (操作者类型).",
          "$ref": "#/definitions/OauthOperatorRole"
        }
      },
      "x-keep-unknown": true
    },
    "OauthOperatorRole": {
      "title": "OauthOperatorRole",
      "description": "What the operator of an OAuth application event is in the enterprise (操作者类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Member",
          "description": "An ordinary member (普通成员)"
        },
        {
          "const": 1,
          "title": "CorpAdmin",
          "description": "An enterprise administrator (企业管理员)"
        },
        {
          "const": 2,
          "title": "SystemAdmin",
          "description": "A system administrator (系统管理员)"
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
    "OauthUserCancelAuthPayload": {
      "title": "OauthUserCancelAuthPayload",
      "description": "One item of the `payload` of the event `oauth.user-cancel-auth` (取消授权: a user withdrew the application's authorization (用户取消应用)). Page 1095/58788, which asks subscribers to move to the new event `oauth.cancel-auth` (1095/97929) and not to subscribe to both. The example is the page's, comments removed.",
      "x-event": "oauth.user-cancel-auth",
      "type": "object",
      "examples": [
        {
          "operate_time": 1609313201465,
          "operator": {
            "userid": "tester",
            "open_id": "KM4Ss******gUw1JiK",
            "uuid": "WM4Fs4Th56ogU13JiK",
            "user_name": "tester_name",
            "app_id": "test88888"
          },
          "app_info": {
            "sdk_id": "13339451618278424869",
            "app_name": "测试名称",
            "app_type": "CORP_ACCOUNT_LEVEL",
            "is_app_publish": true,
            "app_classes": "APP_MARKETING_MANAGE,APP_CUSTOMER_SERVICE",
            "app_create_time": 1608522626,
            "app_status": "创建中"
          }
        }
      ],
      "properties": {
        "operate_time": {
          "description": "When the operation happened (事件操作时间戳), in Unix milliseconds (毫秒).",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "Who triggered the event (事件操作者).",
          "$ref": "#/definitions/OauthEventOperator"
        },
        "app_info": {
          "description": "The application (应用基础信息).",
          "$ref": "#/definitions/OauthAppInfo"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`RecordingApplyPayload`](crate::events::RecordingApplyPayload), bundled from `schemas/events/recording-apply.json`.
    pub const RECORDING_APPLY_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/RecordingApplyPayload",
  "definitions": {
    "ActionSceneType": {
      "title": "ActionSceneType",
      "description": "Where a user joined or left (事件行为类型), for meetings with breakout rooms. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "MainMeeting",
          "description": "Into or out of the main meeting (进出主会议)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "Into or out of a breakout room (进出分组会议)"
        },
        {
          "const": 2,
          "title": "MainToBreakout",
          "description": "From the main meeting into a breakout room (主会议进入分组)"
        },
        {
          "const": 3,
          "title": "BreakoutToMain",
          "description": "From a breakout room back to the main meeting (分组进入主会议)"
        },
        {
          "const": 4,
          "title": "BreakoutFromOutside",
          "description": "Into or out of a breakout room from outside the meeting (会议外进出分组)"
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
    "EventMediaSetType": {
      "title": "EventMediaSetType",
      "description": "Whether a meeting is external or internal (会议类型): 1 external (外部会议), 2 internal (内部会议). The smart-minutes table types it Integer; its example and the recording-completed example send the string \"1\" or \"2\": both are accepted and re-encoded as they came.",
      "oneOf": [
        {
          "type": "integer",
          "title": "Number",
          "description": "The code as a number (the table): 1 external, 2 internal."
        },
        {
          "type": "string",
          "title": "Text",
          "description": "The code as a string of digits (the example)."
        }
      ]
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息). Which fields are present depends on the event: the sub-meeting fields come with recurring meetings in the recording and transcription events, `media_set_type` with the recording-completed and smart-minutes events.",
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
        "media_set_type": {
          "description": "Whether the meeting is external or internal (会议类型), sent by the recording-completed and smart-minutes events: 1 external (外部会议), 2 internal (内部会议).",
          "$ref": "#/definitions/EventMediaSetType"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_id": {
          "description": "ID of the sub-meeting of a recurring meeting (周期性会议的子会议 ID), sent by the recording and transcription events.",
          "type": "string"
        },
        "sub_meeting_start_time": {
          "description": "Scheduled start of the sub-meeting (子会议开始时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_end_time": {
          "description": "Scheduled end of the sub-meeting (子会议结束时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        },
        "meeting_id_type": {
          "description": "Whether `meeting_id` is the main meeting's or a breakout room's (会议 ID 类型).",
          "$ref": "#/definitions/MeetingIdType"
        },
        "action_scene_type": {
          "description": "Where the user went in or out (事件行为类型): the main meeting or a breakout room.",
          "$ref": "#/definitions/ActionSceneType"
        }
      },
      "x-keep-unknown": true
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
        },
        "nick_name": {
          "description": "Name in the meeting (会中昵称).",
          "type": "string"
        },
        "pstn_number": {
          "description": "Identifier of a PSTN or MRA user (pstn/mra 用户唯一标识); such users may have no `userid` or `uuid`.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
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
    "MeetingIdType": {
      "title": "MeetingIdType",
      "description": "What a meeting ID in an event names (会议 ID 类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Main",
          "description": "The main meeting (主会议 ID)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "A breakout room (分组会议 ID)"
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
    "RecordingApplyInfo": {
      "title": "RecordingApplyInfo",
      "description": "An application to view a cloud recording (云录制查看申请信息).",
      "type": "object",
      "properties": {
        "meeting_record_id": {
          "description": "Meeting recording ID (会议录制 ID) applied for.",
          "type": "string"
        },
        "apply_id": {
          "description": "Application ID (申请 ID), as the approval API `PUT /v1/records/approvals/{meeting_record_id}` takes it in `apply_id_list`.",
          "type": "string"
        },
        "apply_spesification": {
          "description": "What the applicant wrote (申请说明); the wire name is spelled so.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    },
    "RecordingApplyPayload": {
      "title": "RecordingApplyPayload",
      "description": "One item of the `payload` of the event `recording.apply` (云录制查看申请): a user applied to view a cloud recording; decide with `PUT /v1/records/approvals/{meeting_record_id}`. Page 90396; its example has comments and lacks a comma after `record_apply_info`, fixed here.",
      "x-event": "recording.apply",
      "type": "object",
      "examples": [
        {
          "operate_time": 1609313201465,
          "operator": {
            "userid": "tester",
            "open_id": "xxxxxx",
            "user_name": "tester_name",
            "ms_open_id": "tester_id"
          },
          "record_apply_info": {
            "meeting_record_id": "xxxxxxx",
            "apply_id": "13339451618",
            "apply_spesification": "xxxxxxx"
          },
          "meeting_info": {
            "meeting_id": "13339451618278424869",
            "meeting_code": "445999969",
            "subject": "tester的快速会议",
            "creator": {
              "userid": "tester-2",
              "open_id": "xxxxxxxxxxxx",
              "user_name": "tester-2_name"
            },
            "meeting_type": 1,
            "sub_meeting_id": "1599622242",
            "start_time": 1608522626,
            "end_time": 1609415039,
            "sub_meeting_start_time": 1608522626,
            "sub_meeting_end_time": 1609415039
          }
        }
      ],
      "properties": {
        "operate_time": {
          "description": "When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "Who applied (事件操作者): the userid for members of the same enterprise, the openId for OAuth users, the roomsId for Rooms.",
          "$ref": "#/definitions/EventUser"
        },
        "record_apply_info": {
          "description": "The application (云录制查看申请信息).",
          "$ref": "#/definitions/RecordingApplyInfo"
        },
        "meeting_info": {
          "description": "The meeting (会议信息), with `sub_meeting_id`, `sub_meeting_start_time` and `sub_meeting_end_time` for a recurring meeting.",
          "$ref": "#/definitions/EventMeetingInfo"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`RecordingClippedPayload`](crate::events::RecordingClippedPayload), bundled from `schemas/events/recording-clipped.json`.
    pub const RECORDING_CLIPPED_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/RecordingClippedPayload",
  "definitions": {
    "ActionSceneType": {
      "title": "ActionSceneType",
      "description": "Where a user joined or left (事件行为类型), for meetings with breakout rooms. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "MainMeeting",
          "description": "Into or out of the main meeting (进出主会议)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "Into or out of a breakout room (进出分组会议)"
        },
        {
          "const": 2,
          "title": "MainToBreakout",
          "description": "From the main meeting into a breakout room (主会议进入分组)"
        },
        {
          "const": 3,
          "title": "BreakoutToMain",
          "description": "From a breakout room back to the main meeting (分组进入主会议)"
        },
        {
          "const": 4,
          "title": "BreakoutFromOutside",
          "description": "Into or out of a breakout room from outside the meeting (会议外进出分组)"
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
    "EventMediaSetType": {
      "title": "EventMediaSetType",
      "description": "Whether a meeting is external or internal (会议类型): 1 external (外部会议), 2 internal (内部会议). The smart-minutes table types it Integer; its example and the recording-completed example send the string \"1\" or \"2\": both are accepted and re-encoded as they came.",
      "oneOf": [
        {
          "type": "integer",
          "title": "Number",
          "description": "The code as a number (the table): 1 external, 2 internal."
        },
        {
          "type": "string",
          "title": "Text",
          "description": "The code as a string of digits (the example)."
        }
      ]
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息). Which fields are present depends on the event: the sub-meeting fields come with recurring meetings in the recording and transcription events, `media_set_type` with the recording-completed and smart-minutes events.",
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
        "media_set_type": {
          "description": "Whether the meeting is external or internal (会议类型), sent by the recording-completed and smart-minutes events: 1 external (外部会议), 2 internal (内部会议).",
          "$ref": "#/definitions/EventMediaSetType"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_id": {
          "description": "ID of the sub-meeting of a recurring meeting (周期性会议的子会议 ID), sent by the recording and transcription events.",
          "type": "string"
        },
        "sub_meeting_start_time": {
          "description": "Scheduled start of the sub-meeting (子会议开始时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_end_time": {
          "description": "Scheduled end of the sub-meeting (子会议结束时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        },
        "meeting_id_type": {
          "description": "Whether `meeting_id` is the main meeting's or a breakout room's (会议 ID 类型).",
          "$ref": "#/definitions/MeetingIdType"
        },
        "action_scene_type": {
          "description": "Where the user went in or out (事件行为类型): the main meeting or a breakout room.",
          "$ref": "#/definitions/ActionSceneType"
        }
      },
      "x-keep-unknown": true
    },
    "EventRecordingFile": {
      "title": "EventRecordingFile",
      "description": "A cloud-recording file an event is about (云录制文件, RecordingFiles 对象), in the recording and smart-minutes events.",
      "type": "object",
      "properties": {
        "record_file_id": {
          "description": "Recording file ID (云录制文件 ID), as the recording and smart-minutes endpoints take it.",
          "type": "string"
        },
        "lang": {
          "description": "Language of the transcript's translation (转写翻译), sent by the smart-minutes events.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
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
        },
        "nick_name": {
          "description": "Name in the meeting (会中昵称).",
          "type": "string"
        },
        "pstn_number": {
          "description": "Identifier of a PSTN or MRA user (pstn/mra 用户唯一标识); such users may have no `userid` or `uuid`.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
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
    "MeetingIdType": {
      "title": "MeetingIdType",
      "description": "What a meeting ID in an event names (会议 ID 类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Main",
          "description": "The main meeting (主会议 ID)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "A breakout room (分组会议 ID)"
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
    "RecordingClippedPayload": {
      "title": "RecordingClippedPayload",
      "description": "One item of the `payload` of the event `recording.clipped` (云录制剪辑生成): the meeting creator clipped a recording and the clip files were made. Page 90393; its example has comments and lacks a comma after the operator's `user_name`, fixed here.",
      "x-event": "recording.clipped",
      "type": "object",
      "examples": [
        {
          "operate_time": 1609313201465,
          "operator": {
            "userid": "tester",
            "user_name": "tester_name",
            "ms_open_id": "tester_id"
          },
          "recording_files": [
            {
              "record_file_id": "123242525"
            },
            {
              "record_file_id": "123242526"
            }
          ],
          "meeting_info": {
            "meeting_id": "13339451618278424869",
            "meeting_code": "445999969",
            "subject": "tester的快速会议",
            "creator": {
              "userid": "tester-2",
              "user_name": "tester-2_name"
            },
            "meeting_type": 0,
            "start_time": 1608522626,
            "end_time": 1609415039
          }
        }
      ],
      "properties": {
        "operate_time": {
          "description": "When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "Who clipped the recording (事件操作者): the userid for members of the same enterprise, the openId for OAuth users, the roomsId for Rooms.",
          "$ref": "#/definitions/EventUser"
        },
        "recording_files": {
          "description": "The new clip files (新增剪辑文件列表信息).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/EventRecordingFile"
          }
        },
        "meeting_info": {
          "description": "The meeting (会议信息).",
          "$ref": "#/definitions/EventMeetingInfo"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`RecordingCompletedPayload`](crate::events::RecordingCompletedPayload), bundled from `schemas/events/recording-completed.json`.
    pub const RECORDING_COMPLETED_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/RecordingCompletedPayload",
  "definitions": {
    "ActionSceneType": {
      "title": "ActionSceneType",
      "description": "Where a user joined or left (事件行为类型), for meetings with breakout rooms. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "MainMeeting",
          "description": "Into or out of the main meeting (进出主会议)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "Into or out of a breakout room (进出分组会议)"
        },
        {
          "const": 2,
          "title": "MainToBreakout",
          "description": "From the main meeting into a breakout room (主会议进入分组)"
        },
        {
          "const": 3,
          "title": "BreakoutToMain",
          "description": "From a breakout room back to the main meeting (分组进入主会议)"
        },
        {
          "const": 4,
          "title": "BreakoutFromOutside",
          "description": "Into or out of a breakout room from outside the meeting (会议外进出分组)"
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
    "EventMediaSetType": {
      "title": "EventMediaSetType",
      "description": "Whether a meeting is external or internal (会议类型): 1 external (外部会议), 2 internal (内部会议). The smart-minutes table types it Integer; its example and the recording-completed example send the string \"1\" or \"2\": both are accepted and re-encoded as they came.",
      "oneOf": [
        {
          "type": "integer",
          "title": "Number",
          "description": "The code as a number (the table): 1 external, 2 internal."
        },
        {
          "type": "string",
          "title": "Text",
          "description": "The code as a string of digits (the example)."
        }
      ]
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息). Which fields are present depends on the event: the sub-meeting fields come with recurring meetings in the recording and transcription events, `media_set_type` with the recording-completed and smart-minutes events.",
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
        "media_set_type": {
          "description": "Whether the meeting is external or internal (会议类型), sent by the recording-completed and smart-minutes events: 1 external (外部会议), 2 internal (内部会议).",
          "$ref": "#/definitions/EventMediaSetType"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_id": {
          "description": "ID of the sub-meeting of a recurring meeting (周期性会议的子会议 ID), sent by the recording and transcription events.",
          "type": "string"
        },
        "sub_meeting_start_time": {
          "description": "Scheduled start of the sub-meeting (子会议开始时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_end_time": {
          "description": "Scheduled end of the sub-meeting (子会议结束时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        },
        "meeting_id_type": {
          "description": "Whether `meeting_id` is the main meeting's or a breakout room's (会议 ID 类型).",
          "$ref": "#/definitions/MeetingIdType"
        },
        "action_scene_type": {
          "description": "Where the user went in or out (事件行为类型): the main meeting or a breakout room.",
          "$ref": "#/definitions/ActionSceneType"
        }
      },
      "x-keep-unknown": true
    },
    "EventRecordingFile": {
      "title": "EventRecordingFile",
      "description": "A cloud-recording file an event is about (云录制文件, RecordingFiles 对象), in the recording and smart-minutes events.",
      "type": "object",
      "properties": {
        "record_file_id": {
          "description": "Recording file ID (云录制文件 ID), as the recording and smart-minutes endpoints take it.",
          "type": "string"
        },
        "lang": {
          "description": "Language of the transcript's translation (转写翻译), sent by the smart-minutes events.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
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
        },
        "nick_name": {
          "description": "Name in the meeting (会中昵称).",
          "type": "string"
        },
        "pstn_number": {
          "description": "Identifier of a PSTN or MRA user (pstn/mra 用户唯一标识); such users may have no `userid` or `uuid`.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
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
    "MeetingIdType": {
      "title": "MeetingIdType",
      "description": "What a meeting ID in an event names (会议 ID 类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Main",
          "description": "The main meeting (主会议 ID)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "A breakout room (分组会议 ID)"
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
    "RecordingCompletedPayload": {
      "title": "RecordingCompletedPayload",
      "description": "One item of the `payload` of the event `recording.completed` (云录制已完成): the meeting ended and its cloud recording finished transcoding; the files can now be listed and downloaded. Page 53230; its example's comments are removed here.",
      "x-event": "recording.completed",
      "type": "object",
      "examples": [
        {
          "operate_time": 1609313201465,
          "recording_files": [
            {
              "record_file_id": "123242525"
            },
            {
              "record_file_id": "123242525"
            }
          ],
          "meeting_info": {
            "meeting_id": "13339451618278424869",
            "meeting_code": "445999969",
            "subject": "tester的快速会议",
            "media_set_type": "2",
            "creator": {
              "userid": "tester-2",
              "user_name": "tester-2_name"
            },
            "meeting_type": 0,
            "start_time": 1608522626,
            "end_time": 1609415039
          }
        }
      ],
      "properties": {
        "operate_time": {
          "description": "When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "recording_files": {
          "description": "The recording's files (云录制文件列表信息).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/EventRecordingFile"
          }
        },
        "meeting_info": {
          "description": "The meeting (会议信息), with `media_set_type` as a string: \"1\" external meeting (外部会议), \"2\" internal meeting (内部会议).",
          "$ref": "#/definitions/EventMeetingInfo"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`RecordingDeletedPayload`](crate::events::RecordingDeletedPayload), bundled from `schemas/events/recording-deleted.json`.
    pub const RECORDING_DELETED_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/RecordingDeletedPayload",
  "definitions": {
    "ActionSceneType": {
      "title": "ActionSceneType",
      "description": "Where a user joined or left (事件行为类型), for meetings with breakout rooms. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "MainMeeting",
          "description": "Into or out of the main meeting (进出主会议)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "Into or out of a breakout room (进出分组会议)"
        },
        {
          "const": 2,
          "title": "MainToBreakout",
          "description": "From the main meeting into a breakout room (主会议进入分组)"
        },
        {
          "const": 3,
          "title": "BreakoutToMain",
          "description": "From a breakout room back to the main meeting (分组进入主会议)"
        },
        {
          "const": 4,
          "title": "BreakoutFromOutside",
          "description": "Into or out of a breakout room from outside the meeting (会议外进出分组)"
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
    "EventMediaSetType": {
      "title": "EventMediaSetType",
      "description": "Whether a meeting is external or internal (会议类型): 1 external (外部会议), 2 internal (内部会议). The smart-minutes table types it Integer; its example and the recording-completed example send the string \"1\" or \"2\": both are accepted and re-encoded as they came.",
      "oneOf": [
        {
          "type": "integer",
          "title": "Number",
          "description": "The code as a number (the table): 1 external, 2 internal."
        },
        {
          "type": "string",
          "title": "Text",
          "description": "The code as a string of digits (the example)."
        }
      ]
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息). Which fields are present depends on the event: the sub-meeting fields come with recurring meetings in the recording and transcription events, `media_set_type` with the recording-completed and smart-minutes events.",
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
        "media_set_type": {
          "description": "Whether the meeting is external or internal (会议类型), sent by the recording-completed and smart-minutes events: 1 external (外部会议), 2 internal (内部会议).",
          "$ref": "#/definitions/EventMediaSetType"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_id": {
          "description": "ID of the sub-meeting of a recurring meeting (周期性会议的子会议 ID), sent by the recording and transcription events.",
          "type": "string"
        },
        "sub_meeting_start_time": {
          "description": "Scheduled start of the sub-meeting (子会议开始时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_end_time": {
          "description": "Scheduled end of the sub-meeting (子会议结束时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        },
        "meeting_id_type": {
          "description": "Whether `meeting_id` is the main meeting's or a breakout room's (会议 ID 类型).",
          "$ref": "#/definitions/MeetingIdType"
        },
        "action_scene_type": {
          "description": "Where the user went in or out (事件行为类型): the main meeting or a breakout room.",
          "$ref": "#/definitions/ActionSceneType"
        }
      },
      "x-keep-unknown": true
    },
    "EventRecordingFile": {
      "title": "EventRecordingFile",
      "description": "A cloud-recording file an event is about (云录制文件, RecordingFiles 对象), in the recording and smart-minutes events.",
      "type": "object",
      "properties": {
        "record_file_id": {
          "description": "Recording file ID (云录制文件 ID), as the recording and smart-minutes endpoints take it.",
          "type": "string"
        },
        "lang": {
          "description": "Language of the transcript's translation (转写翻译), sent by the smart-minutes events.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
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
        },
        "nick_name": {
          "description": "Name in the meeting (会中昵称).",
          "type": "string"
        },
        "pstn_number": {
          "description": "Identifier of a PSTN or MRA user (pstn/mra 用户唯一标识); such users may have no `userid` or `uuid`.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
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
    "MeetingIdType": {
      "title": "MeetingIdType",
      "description": "What a meeting ID in an event names (会议 ID 类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Main",
          "description": "The main meeting (主会议 ID)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "A breakout room (分组会议 ID)"
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
    "RecordingDeletedPayload": {
      "title": "RecordingDeletedPayload",
      "description": "One item of the `payload` of the event `recording.deleted` (删除云录制): the meeting creator, an administrator or an API call (`DELETE /v1/records`, `DELETE /v1/records/{record_file_id}`) deleted cloud-recording files. Page 53232; its example has comments and lacks two commas (after the operator's and the creator's `user_name`), fixed here. Uploaded recording files carry no `meeting_info` (上传类型的录制文件不返回该信息).",
      "x-event": "recording.deleted",
      "type": "object",
      "examples": [
        {
          "operate_time": 1609313201465,
          "operator": {
            "userid": "tester",
            "user_name": "tester_name",
            "ms_open_id": "tester_id"
          },
          "recording_files": [
            {
              "record_file_id": "123242525"
            },
            {
              "record_file_id": "123242525"
            }
          ],
          "meeting_info": {
            "meeting_id": "13339451618278424869",
            "meeting_code": "445999969",
            "subject": "tester的快速会议",
            "creator": {
              "userid": "tester-2",
              "user_name": "tester-2_name",
              "ms_open_id": "tester_id"
            },
            "meeting_type": 0,
            "start_time": 1608522626,
            "end_time": 1609415039
          }
        }
      ],
      "properties": {
        "operate_time": {
          "description": "When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "Who deleted the files (事件操作者): the userid for members of the same enterprise, the openId for OAuth users, the roomsId for Rooms.",
          "$ref": "#/definitions/EventUser"
        },
        "recording_files": {
          "description": "The deleted files (云录制文件列表信息).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/EventRecordingFile"
          }
        },
        "meeting_info": {
          "description": "The meeting (会议信息). Absent for uploaded recording files.",
          "$ref": "#/definitions/EventMeetingInfo"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`RecordingFailedPayload`](crate::events::RecordingFailedPayload), bundled from `schemas/events/recording-failed.json`.
    pub const RECORDING_FAILED_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/RecordingFailedPayload",
  "definitions": {
    "ActionSceneType": {
      "title": "ActionSceneType",
      "description": "Where a user joined or left (事件行为类型), for meetings with breakout rooms. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "MainMeeting",
          "description": "Into or out of the main meeting (进出主会议)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "Into or out of a breakout room (进出分组会议)"
        },
        {
          "const": 2,
          "title": "MainToBreakout",
          "description": "From the main meeting into a breakout room (主会议进入分组)"
        },
        {
          "const": 3,
          "title": "BreakoutToMain",
          "description": "From a breakout room back to the main meeting (分组进入主会议)"
        },
        {
          "const": 4,
          "title": "BreakoutFromOutside",
          "description": "Into or out of a breakout room from outside the meeting (会议外进出分组)"
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
    "EventMediaSetType": {
      "title": "EventMediaSetType",
      "description": "Whether a meeting is external or internal (会议类型): 1 external (外部会议), 2 internal (内部会议). The smart-minutes table types it Integer; its example and the recording-completed example send the string \"1\" or \"2\": both are accepted and re-encoded as they came.",
      "oneOf": [
        {
          "type": "integer",
          "title": "Number",
          "description": "The code as a number (the table): 1 external, 2 internal."
        },
        {
          "type": "string",
          "title": "Text",
          "description": "The code as a string of digits (the example)."
        }
      ]
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息). Which fields are present depends on the event: the sub-meeting fields come with recurring meetings in the recording and transcription events, `media_set_type` with the recording-completed and smart-minutes events.",
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
        "media_set_type": {
          "description": "Whether the meeting is external or internal (会议类型), sent by the recording-completed and smart-minutes events: 1 external (外部会议), 2 internal (内部会议).",
          "$ref": "#/definitions/EventMediaSetType"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_id": {
          "description": "ID of the sub-meeting of a recurring meeting (周期性会议的子会议 ID), sent by the recording and transcription events.",
          "type": "string"
        },
        "sub_meeting_start_time": {
          "description": "Scheduled start of the sub-meeting (子会议开始时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_end_time": {
          "description": "Scheduled end of the sub-meeting (子会议结束时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        },
        "meeting_id_type": {
          "description": "Whether `meeting_id` is the main meeting's or a breakout room's (会议 ID 类型).",
          "$ref": "#/definitions/MeetingIdType"
        },
        "action_scene_type": {
          "description": "Where the user went in or out (事件行为类型): the main meeting or a breakout room.",
          "$ref": "#/definitions/ActionSceneType"
        }
      },
      "x-keep-unknown": true
    },
    "EventRecordingFile": {
      "title": "EventRecordingFile",
      "description": "A cloud-recording file an event is about (云录制文件, RecordingFiles 对象), in the recording and smart-minutes events.",
      "type": "object",
      "properties": {
        "record_file_id": {
          "description": "Recording file ID (云录制文件 ID), as the recording and smart-minutes endpoints take it.",
          "type": "string"
        },
        "lang": {
          "description": "Language of the transcript's translation (转写翻译), sent by the smart-minutes events.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
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
        },
        "nick_name": {
          "description": "Name in the meeting (会中昵称).",
          "type": "string"
        },
        "pstn_number": {
          "description": "Identifier of a PSTN or MRA user (pstn/mra 用户唯一标识); such users may have no `userid` or `uuid`.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
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
    "MeetingIdType": {
      "title": "MeetingIdType",
      "description": "What a meeting ID in an event names (会议 ID 类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Main",
          "description": "The main meeting (主会议 ID)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "A breakout room (分组会议 ID)"
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
    "RecordingFailedPayload": {
      "title": "RecordingFailedPayload",
      "description": "One item of the `payload` of the event `recording.failed` (云录制失败): the meeting ended and transcoding its cloud recording failed. Its current page was not found in the stored copies: transcribed from the older copy of the docs, whose example's comments are removed here.",
      "x-event": "recording.failed",
      "type": "object",
      "examples": [
        {
          "operate_time": 1609313201465,
          "operator": {
            "userid": "tester",
            "uuid": "WMfgHRYj6m36mcDGtK",
            "user_name": "tester_name"
          },
          "recording_files": [
            {
              "record_file_id": "123242525"
            },
            {
              "record_file_id": "123242525"
            }
          ],
          "meeting_info": {
            "meeting_id": "13339451618278424869",
            "meeting_code": "445999969",
            "subject": "tester的快速会议",
            "creator": {
              "userid": "tester-2",
              "uuid": "WMfgHRYj6m36mcDGtK",
              "user_name": "tester-2_name"
            },
            "meeting_type": 0,
            "start_time": 1608522626,
            "end_time": 1609415039
          }
        }
      ],
      "properties": {
        "operate_time": {
          "description": "When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "The operator the event names (事件操作者): the userid for members of the same enterprise, the openId for OAuth users, the roomsId for Rooms.",
          "$ref": "#/definitions/EventUser"
        },
        "recording_files": {
          "description": "The recording's files (云录制文件列表信息).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/EventRecordingFile"
          }
        },
        "meeting_info": {
          "description": "The meeting (会议信息).",
          "$ref": "#/definitions/EventMeetingInfo"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`RecordingPausedPayload`](crate::events::RecordingPausedPayload), bundled from `schemas/events/recording-paused.json`.
    pub const RECORDING_PAUSED_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/RecordingPausedPayload",
  "definitions": {
    "ActionSceneType": {
      "title": "ActionSceneType",
      "description": "Where a user joined or left (事件行为类型), for meetings with breakout rooms. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "MainMeeting",
          "description": "Into or out of the main meeting (进出主会议)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "Into or out of a breakout room (进出分组会议)"
        },
        {
          "const": 2,
          "title": "MainToBreakout",
          "description": "From the main meeting into a breakout room (主会议进入分组)"
        },
        {
          "const": 3,
          "title": "BreakoutToMain",
          "description": "From a breakout room back to the main meeting (分组进入主会议)"
        },
        {
          "const": 4,
          "title": "BreakoutFromOutside",
          "description": "Into or out of a breakout room from outside the meeting (会议外进出分组)"
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
    "EventMediaSetType": {
      "title": "EventMediaSetType",
      "description": "Whether a meeting is external or internal (会议类型): 1 external (外部会议), 2 internal (内部会议). The smart-minutes table types it Integer; its example and the recording-completed example send the string \"1\" or \"2\": both are accepted and re-encoded as they came.",
      "oneOf": [
        {
          "type": "integer",
          "title": "Number",
          "description": "The code as a number (the table): 1 external, 2 internal."
        },
        {
          "type": "string",
          "title": "Text",
          "description": "The code as a string of digits (the example)."
        }
      ]
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息). Which fields are present depends on the event: the sub-meeting fields come with recurring meetings in the recording and transcription events, `media_set_type` with the recording-completed and smart-minutes events.",
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
        "media_set_type": {
          "description": "Whether the meeting is external or internal (会议类型), sent by the recording-completed and smart-minutes events: 1 external (外部会议), 2 internal (内部会议).",
          "$ref": "#/definitions/EventMediaSetType"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_id": {
          "description": "ID of the sub-meeting of a recurring meeting (周期性会议的子会议 ID), sent by the recording and transcription events.",
          "type": "string"
        },
        "sub_meeting_start_time": {
          "description": "Scheduled start of the sub-meeting (子会议开始时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_end_time": {
          "description": "Scheduled end of the sub-meeting (子会议结束时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        },
        "meeting_id_type": {
          "description": "Whether `meeting_id` is the main meeting's or a breakout room's (会议 ID 类型).",
          "$ref": "#/definitions/MeetingIdType"
        },
        "action_scene_type": {
          "description": "Where the user went in or out (事件行为类型): the main meeting or a breakout room.",
          "$ref": "#/definitions/ActionSceneType"
        }
      },
      "x-keep-unknown": true
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
        },
        "nick_name": {
          "description": "Name in the meeting (会中昵称).",
          "type": "string"
        },
        "pstn_number": {
          "description": "Identifier of a PSTN or MRA user (pstn/mra 用户唯一标识); such users may have no `userid` or `uuid`.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
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
    "MeetingIdType": {
      "title": "MeetingIdType",
      "description": "What a meeting ID in an event names (会议 ID 类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Main",
          "description": "The main meeting (主会议 ID)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "A breakout room (分组会议 ID)"
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
    "RecordingPausedPayload": {
      "title": "RecordingPausedPayload",
      "description": "One item of the `payload` of the event `recording.paused` (暂停云录制): a host or co-host paused the cloud recording. Its current page was not found in the stored copies: transcribed from the older copy of the docs (tourze/tencent-meeting-bundle), whose example's comments are removed here.",
      "x-event": "recording.paused",
      "type": "object",
      "examples": [
        {
          "operate_time": 1609313201465,
          "operator": {
            "userid": "tester",
            "uuid": "WMfgHRYj6m36mcDGtK",
            "user_name": "tester_name"
          },
          "meeting_info": {
            "meeting_id": "13339451618278424869",
            "meeting_code": "445999969",
            "subject": "tester的快速会议",
            "creator": {
              "userid": "tester-2",
              "uuid": "WMfgHRYj6m36mcDGtK",
              "user_name": "tester-2_name"
            },
            "meeting_type": 0,
            "start_time": 1608522626
          }
        }
      ],
      "properties": {
        "operate_time": {
          "description": "When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "Who paused the recording (事件操作者): the userid for members of the same enterprise, the openId for OAuth users, the roomsId for Rooms.",
          "$ref": "#/definitions/EventUser"
        },
        "meeting_info": {
          "description": "The meeting (会议信息).",
          "$ref": "#/definitions/EventMeetingInfo"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`RecordingResumedPayload`](crate::events::RecordingResumedPayload), bundled from `schemas/events/recording-resumed.json`.
    pub const RECORDING_RESUMED_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/RecordingResumedPayload",
  "definitions": {
    "ActionSceneType": {
      "title": "ActionSceneType",
      "description": "Where a user joined or left (事件行为类型), for meetings with breakout rooms. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "MainMeeting",
          "description": "Into or out of the main meeting (进出主会议)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "Into or out of a breakout room (进出分组会议)"
        },
        {
          "const": 2,
          "title": "MainToBreakout",
          "description": "From the main meeting into a breakout room (主会议进入分组)"
        },
        {
          "const": 3,
          "title": "BreakoutToMain",
          "description": "From a breakout room back to the main meeting (分组进入主会议)"
        },
        {
          "const": 4,
          "title": "BreakoutFromOutside",
          "description": "Into or out of a breakout room from outside the meeting (会议外进出分组)"
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
    "EventMediaSetType": {
      "title": "EventMediaSetType",
      "description": "Whether a meeting is external or internal (会议类型): 1 external (外部会议), 2 internal (内部会议). The smart-minutes table types it Integer; its example and the recording-completed example send the string \"1\" or \"2\": both are accepted and re-encoded as they came.",
      "oneOf": [
        {
          "type": "integer",
          "title": "Number",
          "description": "The code as a number (the table): 1 external, 2 internal."
        },
        {
          "type": "string",
          "title": "Text",
          "description": "The code as a string of digits (the example)."
        }
      ]
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息). Which fields are present depends on the event: the sub-meeting fields come with recurring meetings in the recording and transcription events, `media_set_type` with the recording-completed and smart-minutes events.",
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
        "media_set_type": {
          "description": "Whether the meeting is external or internal (会议类型), sent by the recording-completed and smart-minutes events: 1 external (外部会议), 2 internal (内部会议).",
          "$ref": "#/definitions/EventMediaSetType"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_id": {
          "description": "ID of the sub-meeting of a recurring meeting (周期性会议的子会议 ID), sent by the recording and transcription events.",
          "type": "string"
        },
        "sub_meeting_start_time": {
          "description": "Scheduled start of the sub-meeting (子会议开始时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_end_time": {
          "description": "Scheduled end of the sub-meeting (子会议结束时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        },
        "meeting_id_type": {
          "description": "Whether `meeting_id` is the main meeting's or a breakout room's (会议 ID 类型).",
          "$ref": "#/definitions/MeetingIdType"
        },
        "action_scene_type": {
          "description": "Where the user went in or out (事件行为类型): the main meeting or a breakout room.",
          "$ref": "#/definitions/ActionSceneType"
        }
      },
      "x-keep-unknown": true
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
        },
        "nick_name": {
          "description": "Name in the meeting (会中昵称).",
          "type": "string"
        },
        "pstn_number": {
          "description": "Identifier of a PSTN or MRA user (pstn/mra 用户唯一标识); such users may have no `userid` or `uuid`.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
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
    "MeetingIdType": {
      "title": "MeetingIdType",
      "description": "What a meeting ID in an event names (会议 ID 类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Main",
          "description": "The main meeting (主会议 ID)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "A breakout room (分组会议 ID)"
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
    "RecordingResumedPayload": {
      "title": "RecordingResumedPayload",
      "description": "One item of the `payload` of the event `recording.resumed` (恢复云录制): a host or co-host resumed a paused cloud recording. Its current page was not found in the stored copies: transcribed from the older copy of the docs, whose example's comments are removed here.",
      "x-event": "recording.resumed",
      "type": "object",
      "examples": [
        {
          "operate_time": 1609313201465,
          "operator": {
            "userid": "tester",
            "uuid": "WMfgHRYj6m36mcDGtK",
            "user_name": "tester_name"
          },
          "meeting_info": {
            "meeting_id": "13339451618278424869",
            "meeting_code": "445999969",
            "subject": "tester的快速会议",
            "creator": {
              "userid": "tester-2",
              "uuid": "WMfgHRYj6m36mcDGtK",
              "user_name": "tester-2_name"
            },
            "meeting_type": 0,
            "start_time": 1608522626
          }
        }
      ],
      "properties": {
        "operate_time": {
          "description": "When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "Who resumed the recording (事件操作者): the userid for members of the same enterprise, the openId for OAuth users, the roomsId for Rooms.",
          "$ref": "#/definitions/EventUser"
        },
        "meeting_info": {
          "description": "The meeting (会议信息).",
          "$ref": "#/definitions/EventMeetingInfo"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`RecordingStartedPayload`](crate::events::RecordingStartedPayload), bundled from `schemas/events/recording-started.json`.
    pub const RECORDING_STARTED_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/RecordingStartedPayload",
  "definitions": {
    "ActionSceneType": {
      "title": "ActionSceneType",
      "description": "Where a user joined or left (事件行为类型), for meetings with breakout rooms. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "MainMeeting",
          "description": "Into or out of the main meeting (进出主会议)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "Into or out of a breakout room (进出分组会议)"
        },
        {
          "const": 2,
          "title": "MainToBreakout",
          "description": "From the main meeting into a breakout room (主会议进入分组)"
        },
        {
          "const": 3,
          "title": "BreakoutToMain",
          "description": "From a breakout room back to the main meeting (分组进入主会议)"
        },
        {
          "const": 4,
          "title": "BreakoutFromOutside",
          "description": "Into or out of a breakout room from outside the meeting (会议外进出分组)"
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
    "EventMediaSetType": {
      "title": "EventMediaSetType",
      "description": "Whether a meeting is external or internal (会议类型): 1 external (外部会议), 2 internal (内部会议). The smart-minutes table types it Integer; its example and the recording-completed example send the string \"1\" or \"2\": both are accepted and re-encoded as they came.",
      "oneOf": [
        {
          "type": "integer",
          "title": "Number",
          "description": "The code as a number (the table): 1 external, 2 internal."
        },
        {
          "type": "string",
          "title": "Text",
          "description": "The code as a string of digits (the example)."
        }
      ]
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息). Which fields are present depends on the event: the sub-meeting fields come with recurring meetings in the recording and transcription events, `media_set_type` with the recording-completed and smart-minutes events.",
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
        "media_set_type": {
          "description": "Whether the meeting is external or internal (会议类型), sent by the recording-completed and smart-minutes events: 1 external (外部会议), 2 internal (内部会议).",
          "$ref": "#/definitions/EventMediaSetType"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_id": {
          "description": "ID of the sub-meeting of a recurring meeting (周期性会议的子会议 ID), sent by the recording and transcription events.",
          "type": "string"
        },
        "sub_meeting_start_time": {
          "description": "Scheduled start of the sub-meeting (子会议开始时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_end_time": {
          "description": "Scheduled end of the sub-meeting (子会议结束时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        },
        "meeting_id_type": {
          "description": "Whether `meeting_id` is the main meeting's or a breakout room's (会议 ID 类型).",
          "$ref": "#/definitions/MeetingIdType"
        },
        "action_scene_type": {
          "description": "Where the user went in or out (事件行为类型): the main meeting or a breakout room.",
          "$ref": "#/definitions/ActionSceneType"
        }
      },
      "x-keep-unknown": true
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
        },
        "nick_name": {
          "description": "Name in the meeting (会中昵称).",
          "type": "string"
        },
        "pstn_number": {
          "description": "Identifier of a PSTN or MRA user (pstn/mra 用户唯一标识); such users may have no `userid` or `uuid`.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
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
    "MeetingIdType": {
      "title": "MeetingIdType",
      "description": "What a meeting ID in an event names (会议 ID 类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Main",
          "description": "The main meeting (主会议 ID)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "A breakout room (分组会议 ID)"
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
    "RecordingStartedPayload": {
      "title": "RecordingStartedPayload",
      "description": "One item of the `payload` of the event `recording.started` (开始云录制): a host or co-host started the cloud recording of a meeting, or the enterprise's automatic recording did. Page 53226; its example has comments, removed here.",
      "x-event": "recording.started",
      "type": "object",
      "examples": [
        {
          "operate_time": 1609313201465,
          "operator": {
            "userid": "tester",
            "uuid": "WMfgHRYj6m36mcDGtK",
            "user_name": "tester_name",
            "ms_open_id": "tester_id"
          },
          "meeting_info": {
            "meeting_id": "13339451618278424869",
            "meeting_code": "445999969",
            "subject": "tester的快速会议",
            "creator": {
              "userid": "tester-2",
              "uuid": "WMfgHRYj6m36mcDGtK",
              "user_name": "tester-2_name",
              "instance_id": "2",
              "ms_open_id": "tester_id"
            },
            "meeting_type": 0,
            "start_time": 1608522626
          }
        }
      ],
      "properties": {
        "operate_time": {
          "description": "When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "Who started the recording (事件操作者): the userid for members of the same enterprise, the openId for OAuth users, the roomsId for Rooms.",
          "$ref": "#/definitions/EventUser"
        },
        "meeting_info": {
          "description": "The meeting (会议信息).",
          "$ref": "#/definitions/EventMeetingInfo"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`RecordingStoppedPayload`](crate::events::RecordingStoppedPayload), bundled from `schemas/events/recording-stopped.json`.
    pub const RECORDING_STOPPED_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/RecordingStoppedPayload",
  "definitions": {
    "ActionSceneType": {
      "title": "ActionSceneType",
      "description": "Where a user joined or left (事件行为类型), for meetings with breakout rooms. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "MainMeeting",
          "description": "Into or out of the main meeting (进出主会议)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "Into or out of a breakout room (进出分组会议)"
        },
        {
          "const": 2,
          "title": "MainToBreakout",
          "description": "From the main meeting into a breakout room (主会议进入分组)"
        },
        {
          "const": 3,
          "title": "BreakoutToMain",
          "description": "From a breakout room back to the main meeting (分组进入主会议)"
        },
        {
          "const": 4,
          "title": "BreakoutFromOutside",
          "description": "Into or out of a breakout room from outside the meeting (会议外进出分组)"
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
    "EventMediaSetType": {
      "title": "EventMediaSetType",
      "description": "Whether a meeting is external or internal (会议类型): 1 external (外部会议), 2 internal (内部会议). The smart-minutes table types it Integer; its example and the recording-completed example send the string \"1\" or \"2\": both are accepted and re-encoded as they came.",
      "oneOf": [
        {
          "type": "integer",
          "title": "Number",
          "description": "The code as a number (the table): 1 external, 2 internal."
        },
        {
          "type": "string",
          "title": "Text",
          "description": "The code as a string of digits (the example)."
        }
      ]
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息). Which fields are present depends on the event: the sub-meeting fields come with recurring meetings in the recording and transcription events, `media_set_type` with the recording-completed and smart-minutes events.",
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
        "media_set_type": {
          "description": "Whether the meeting is external or internal (会议类型), sent by the recording-completed and smart-minutes events: 1 external (外部会议), 2 internal (内部会议).",
          "$ref": "#/definitions/EventMediaSetType"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_id": {
          "description": "ID of the sub-meeting of a recurring meeting (周期性会议的子会议 ID), sent by the recording and transcription events.",
          "type": "string"
        },
        "sub_meeting_start_time": {
          "description": "Scheduled start of the sub-meeting (子会议开始时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_end_time": {
          "description": "Scheduled end of the sub-meeting (子会议结束时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        },
        "meeting_id_type": {
          "description": "Whether `meeting_id` is the main meeting's or a breakout room's (会议 ID 类型).",
          "$ref": "#/definitions/MeetingIdType"
        },
        "action_scene_type": {
          "description": "Where the user went in or out (事件行为类型): the main meeting or a breakout room.",
          "$ref": "#/definitions/ActionSceneType"
        }
      },
      "x-keep-unknown": true
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
        },
        "nick_name": {
          "description": "Name in the meeting (会中昵称).",
          "type": "string"
        },
        "pstn_number": {
          "description": "Identifier of a PSTN or MRA user (pstn/mra 用户唯一标识); such users may have no `userid` or `uuid`.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
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
    "MeetingIdType": {
      "title": "MeetingIdType",
      "description": "What a meeting ID in an event names (会议 ID 类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Main",
          "description": "The main meeting (主会议 ID)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "A breakout room (分组会议 ID)"
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
    "RecordingStoppedPayload": {
      "title": "RecordingStoppedPayload",
      "description": "One item of the `payload` of the event `recording.stopped` (停止云录制): a host or co-host stopped the cloud recording, or the meeting ended it. Page 53229; its example has comments and lacks two commas (after the operator's `user_name` and the creator's `instance_id`), fixed here.",
      "x-event": "recording.stopped",
      "type": "object",
      "examples": [
        {
          "operate_time": 1609313201465,
          "operator": {
            "userid": "tester",
            "uuid": "WMfgHRYj6m36mcDGtK",
            "user_name": "tester_name",
            "ms_open_id": "tester_id"
          },
          "meeting_info": {
            "meeting_id": "13339451618278424869",
            "meeting_code": "445999969",
            "subject": "tester的快速会议",
            "creator": {
              "userid": "tester-2",
              "uuid": "WMfgHRYj6m36mcDGtK",
              "user_name": "tester-2_name",
              "instance_id": "2",
              "ms_open_id": "tester_id"
            },
            "meeting_type": 0,
            "start_time": 1608522626
          }
        }
      ],
      "properties": {
        "operate_time": {
          "description": "When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "Who stopped the recording (事件操作者): the userid for members of the same enterprise, the openId for OAuth users, the roomsId for Rooms.",
          "$ref": "#/definitions/EventUser"
        },
        "meeting_info": {
          "description": "The meeting (会议信息).",
          "$ref": "#/definitions/EventMeetingInfo"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`RecordingUpdatedPayload`](crate::events::RecordingUpdatedPayload), bundled from `schemas/events/recording-updated.json`.
    pub const RECORDING_UPDATED_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/RecordingUpdatedPayload",
  "definitions": {
    "ActionSceneType": {
      "title": "ActionSceneType",
      "description": "Where a user joined or left (事件行为类型), for meetings with breakout rooms. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "MainMeeting",
          "description": "Into or out of the main meeting (进出主会议)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "Into or out of a breakout room (进出分组会议)"
        },
        {
          "const": 2,
          "title": "MainToBreakout",
          "description": "From the main meeting into a breakout room (主会议进入分组)"
        },
        {
          "const": 3,
          "title": "BreakoutToMain",
          "description": "From a breakout room back to the main meeting (分组进入主会议)"
        },
        {
          "const": 4,
          "title": "BreakoutFromOutside",
          "description": "Into or out of a breakout room from outside the meeting (会议外进出分组)"
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
    "EventMediaSetType": {
      "title": "EventMediaSetType",
      "description": "Whether a meeting is external or internal (会议类型): 1 external (外部会议), 2 internal (内部会议). The smart-minutes table types it Integer; its example and the recording-completed example send the string \"1\" or \"2\": both are accepted and re-encoded as they came.",
      "oneOf": [
        {
          "type": "integer",
          "title": "Number",
          "description": "The code as a number (the table): 1 external, 2 internal."
        },
        {
          "type": "string",
          "title": "Text",
          "description": "The code as a string of digits (the example)."
        }
      ]
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息). Which fields are present depends on the event: the sub-meeting fields come with recurring meetings in the recording and transcription events, `media_set_type` with the recording-completed and smart-minutes events.",
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
        "media_set_type": {
          "description": "Whether the meeting is external or internal (会议类型), sent by the recording-completed and smart-minutes events: 1 external (外部会议), 2 internal (内部会议).",
          "$ref": "#/definitions/EventMediaSetType"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_id": {
          "description": "ID of the sub-meeting of a recurring meeting (周期性会议的子会议 ID), sent by the recording and transcription events.",
          "type": "string"
        },
        "sub_meeting_start_time": {
          "description": "Scheduled start of the sub-meeting (子会议开始时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_end_time": {
          "description": "Scheduled end of the sub-meeting (子会议结束时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        },
        "meeting_id_type": {
          "description": "Whether `meeting_id` is the main meeting's or a breakout room's (会议 ID 类型).",
          "$ref": "#/definitions/MeetingIdType"
        },
        "action_scene_type": {
          "description": "Where the user went in or out (事件行为类型): the main meeting or a breakout room.",
          "$ref": "#/definitions/ActionSceneType"
        }
      },
      "x-keep-unknown": true
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
        },
        "nick_name": {
          "description": "Name in the meeting (会中昵称).",
          "type": "string"
        },
        "pstn_number": {
          "description": "Identifier of a PSTN or MRA user (pstn/mra 用户唯一标识); such users may have no `userid` or `uuid`.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
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
    "MeetingIdType": {
      "title": "MeetingIdType",
      "description": "What a meeting ID in an event names (会议 ID 类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Main",
          "description": "The main meeting (主会议 ID)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "A breakout room (分组会议 ID)"
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
    "RecordingEventRecordInfo": {
      "title": "RecordingEventRecordInfo",
      "description": "The meeting recording an event is about (录制信息).",
      "type": "object",
      "properties": {
        "meeting_record_id": {
          "description": "Meeting recording ID (会议录制 ID) of the recording that changed.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    },
    "RecordingUpdatedPayload": {
      "title": "RecordingUpdatedPayload",
      "description": "One item of the `payload` of the event `recording.updated` (录制信息更新): a recording's name or sharing settings changed; read the new settings with `GET /v1/records/settings/{meeting_record_id}`. Not sent for uploaded recordings, recordings without a meeting, or changes of access members (录制访问成员变更不会发送该事件). Page 105653; its example has comments and lacks a comma after `record_info`, fixed here.",
      "x-event": "recording.updated",
      "type": "object",
      "examples": [
        {
          "operate_time": 1609313201465,
          "operator": {
            "userid": "tester",
            "uuid": "WMfgHRYj6m36mcDGtK",
            "user_name": "tester_name",
            "ms_open_id": "tester_id"
          },
          "record_info": {
            "meeting_record_id": "xxxxxxx"
          },
          "meeting_info": {
            "meeting_id": "13339451618278424869",
            "meeting_code": "445999969",
            "subject": "tester的快速会议",
            "creator": {
              "userid": "tester-2",
              "uuid": "WMfgHRYj6m36mcDGtK",
              "user_name": "tester-2_name"
            },
            "meeting_type": 0,
            "start_time": 1608522626,
            "end_time": 1609415039,
            "sub_meeting_start_time": 1608522626,
            "sub_meeting_end_time": 1609415039
          }
        }
      ],
      "properties": {
        "operate_time": {
          "description": "When the operation happened (操作时间): Unix milliseconds (毫秒), or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "operator": {
          "description": "Who changed the recording (事件操作者): the userid for members of the same enterprise, the openId for OAuth users, the roomsId for Rooms.",
          "$ref": "#/definitions/EventUser"
        },
        "record_info": {
          "description": "The recording that changed (录制信息).",
          "$ref": "#/definitions/RecordingEventRecordInfo"
        },
        "meeting_info": {
          "description": "The meeting (会议信息). Absent for uploaded recording files.",
          "$ref": "#/definitions/EventMeetingInfo"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`RoomAlertPayload`](crate::events::RoomAlertPayload), bundled from `schemas/events/room-alert.json`.
    pub const ROOM_ALERT_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/RoomAlertPayload",
  "definitions": {
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
    "RoomAlertEvent": {
      "title": "RoomAlertEvent",
      "description": "The alert (告警信息).",
      "type": "object",
      "properties": {
        "health_status": {
          "description": "Severity (健康状态).",
          "$ref": "#/definitions/RoomHealthStatus"
        },
        "device_connect_status": {
          "description": "Whether the device is connected (设备状态).",
          "$ref": "#/definitions/RoomDeviceConnectStatus"
        },
        "create_time": {
          "description": "When the problem appeared (问题时间), an RFC 3339 date and time such as `2022-05-20T11:19:55+08:00`.",
          "type": "string"
        },
        "health_desc": {
          "description": "Description of the problem (告警描述), such as `连接:设备掉线`.",
          "type": "string"
        },
        "health_code": {
          "description": "Code of the problem (告警 code), such as `device_off_line`, `display_refresh_too_low`, `cpu_occupancy_rate_overtop` or `speaker_volume_too_low`; the list is not complete in the docs, so it is kept as a string.",
          "type": "string"
        },
        "alert_kind": {
          "description": "Whether the alert was raised or cleared (告警生成/告警恢复).",
          "$ref": "#/definitions/RoomAlertKind"
        }
      },
      "x-keep-unknown": true
    },
    "RoomAlertKind": {
      "title": "RoomAlertKind",
      "description": "Whether an alert was raised or cleared (告警生成/告警恢复). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Raised",
          "description": "The alert was raised (告警生成)"
        },
        {
          "const": 1,
          "title": "Recovered",
          "description": "The alert cleared (告警恢复)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A kind the docs do not list."
        }
      ]
    },
    "RoomAlertMeetingRoomId": {
      "title": "RoomAlertMeetingRoomId",
      "description": "A meeting room ID as the alert event sends it: the page's example has a number, every endpoint a string; both are accepted.",
      "oneOf": [
        {
          "type": "integer",
          "title": "Number",
          "description": "The ID as a JSON number."
        },
        {
          "type": "string",
          "title": "Text",
          "description": "The ID as a string."
        }
      ]
    },
    "RoomAlertPayload": {
      "title": "RoomAlertPayload",
      "description": "One item of the `payload` of the event `room.alert` (会议室告警与告警恢复事件): a meeting room's device raised an alert or recovered from one. Devices are checked every five minutes and the network every minute; the thresholds are the enterprise admin console's (企业管理后台设置). Lenient: nothing is required and unknown fields are kept. The example is the page's, comments removed.",
      "x-event": "room.alert",
      "type": "object",
      "examples": [
        {
          "operate_time": 1653123457491,
          "room_event": {
            "rooms_id": "14xxxxxxxxxxxxxxx76",
            "meeting_room_id": 212341,
            "device_model": "iMacxx,1",
            "app_version": "x.x.x.x",
            "is_support_screen_touch": false,
            "alert_event": {
              "health_status": 2,
              "device_connect_status": "ONLINE",
              "create_time": "2022-05-20T11:19:55+08:00",
              "health_desc": "连接:设备掉线",
              "health_code": "device_off_line",
              "alert_kind": 1
            }
          }
        }
      ],
      "properties": {
        "operate_time": {
          "description": "When the event happened (事件操作时间): Unix milliseconds (毫秒).",
          "$ref": "#/definitions/EventTime"
        },
        "room_event": {
          "description": "The meeting room and its alert (会议室信息).",
          "$ref": "#/definitions/RoomAlertRoom"
        }
      },
      "x-keep-unknown": true
    },
    "RoomAlertRoom": {
      "title": "RoomAlertRoom",
      "description": "The meeting room an alert is about (会议室信息).",
      "type": "object",
      "properties": {
        "rooms_id": {
          "description": "Rooms device ID (rooms_id).",
          "type": "string"
        },
        "meeting_room_id": {
          "description": "Meeting room ID (会议室 ID).",
          "$ref": "#/definitions/RoomAlertMeetingRoomId"
        },
        "device_model": {
          "description": "Device model (型号).",
          "type": "string"
        },
        "app_version": {
          "description": "Application version (应用程序版本).",
          "type": "string"
        },
        "is_support_screen_touch": {
          "description": "Whether the device has a touch screen (是否触屏设备).",
          "type": "boolean"
        },
        "alert_event": {
          "description": "The alert (告警信息).",
          "$ref": "#/definitions/RoomAlertEvent"
        }
      },
      "x-keep-unknown": true
    },
    "RoomDeviceConnectStatus": {
      "title": "RoomDeviceConnectStatus",
      "description": "Whether a meeting room's device is connected (设备状态). Any other string is accepted.",
      "type": "string",
      "anyOf": [
        {
          "const": "ONLINE",
          "title": "Online",
          "description": "Online (在线)"
        },
        {
          "const": "OFFLINE",
          "title": "Offline",
          "description": "Offline (离线)"
        },
        {
          "type": "string",
          "title": "Other",
          "description": "A state the docs do not list."
        }
      ]
    },
    "RoomHealthStatus": {
      "title": "RoomHealthStatus",
      "description": "Severity of a meeting room's health problem (健康状态), as the room alert query (查询会议室告警信息, page 74891) labels the codes; the event page lists none. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "Warning",
          "description": "An ordinary warning (普通警告)"
        },
        {
          "const": 2,
          "title": "Severe",
          "description": "A severe warning (严重警告)"
        },
        {
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967295,
          "title": "Other",
          "description": "A severity the docs do not list."
        }
      ]
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`RoomResponsePayload`](crate::events::RoomResponsePayload), bundled from `schemas/events/room-response.json`.
    pub const ROOM_RESPONSE_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/RoomResponsePayload",
  "definitions": {
    "EventMraAddress": {
      "title": "EventMraAddress",
      "description": "A meeting-room access (MRA) device as an event reports it (MRA 对象).",
      "type": "object",
      "properties": {
        "protocol": {
          "description": "Signalling protocol (信令协议).",
          "$ref": "#/definitions/MraProtocol"
        },
        "dial_string": {
          "description": "Signalling address (信令地址).",
          "type": "string"
        }
      },
      "x-keep-unknown": true
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
    "RoomResponseEvent": {
      "title": "RoomResponseEvent",
      "description": "The call and its answer (会议室应答信息).",
      "type": "object",
      "properties": {
        "meeting_id": {
          "description": "ID of the meeting that called (发起呼叫的会议 ID).",
          "type": "string"
        },
        "meeting_room_id": {
          "description": "ID of the meeting room called (会议室 ID); either this or `mra_address` (与 mra_address 二选一).",
          "type": "string"
        },
        "mra_address": {
          "description": "The MRA device called (MRA 对象); either this or `meeting_room_id`.",
          "$ref": "#/definitions/EventMraAddress"
        },
        "response_event": {
          "description": "The answer (应答结果).",
          "$ref": "#/definitions/RoomResponseResult"
        }
      },
      "x-keep-unknown": true
    },
    "RoomResponsePayload": {
      "title": "RoomResponsePayload",
      "description": "One item of the `payload` of the event `room.response` (会议室应答事件): a meeting room called from a meeting answered. Only enterprise self-built apps may subscribe (仅企业自建应用可以订阅). Lenient: nothing is required and unknown fields are kept. The example is the page's, comments removed; it sends `operate_time` as a string of digits with `x` placeholders, which `EventTime` accepts as a string.",
      "x-event": "room.response",
      "type": "object",
      "examples": [
        {
          "operate_time": "1653xxxxx7491",
          "room_response_event": {
            "meeting_id": "13434xxxxxxxxx927028",
            "meeting_room_id": "xxxxxxxxxxxxxxxx",
            "mra_address": {
              "protocol": 1,
              "dial_string": "xxxxxxxxxxx"
            },
            "response_event": {
              "response_status": "0",
              "response_time": "2022-05-20T11:19:55+08:00"
            }
          }
        }
      ],
      "properties": {
        "operate_time": {
          "description": "When the event happened (事件操作时间): Unix milliseconds (毫秒); the page's example sends a string.",
          "$ref": "#/definitions/EventTime"
        },
        "room_response_event": {
          "description": "The call and its answer (会议室应答信息).",
          "$ref": "#/definitions/RoomResponseEvent"
        }
      },
      "x-keep-unknown": true
    },
    "RoomResponseResult": {
      "title": "RoomResponseResult",
      "description": "The answer (应答结果).",
      "type": "object",
      "properties": {
        "response_status": {
          "description": "How the room answered (应答状态).",
          "$ref": "#/definitions/RoomResponseStatus"
        },
        "response_time": {
          "description": "When it answered (应答时间), an RFC 3339 date and time such as `2022-05-20T11:19:55+08:00`.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    },
    "RoomResponseStatus": {
      "title": "RoomResponseStatus",
      "description": "How a called meeting room answered (应答结果), sent as a string of digits. Any other string is accepted.",
      "type": "string",
      "anyOf": [
        {
          "const": "0",
          "title": "NoAnswer",
          "description": "No answer (无应答)"
        },
        {
          "const": "2",
          "title": "Joining",
          "description": "Joining the meeting (入会中)"
        },
        {
          "const": "3",
          "title": "Rejected",
          "description": "Rejected (被拒绝)"
        },
        {
          "const": "5",
          "title": "Cancelled",
          "description": "The call was cancelled, for Rooms only (取消呼叫，仅 rooms 会议室有该状态)"
        },
        {
          "type": "string",
          "title": "Other",
          "description": "An answer the docs do not list."
        }
      ]
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`SmartTranscriptsPayload`](crate::events::SmartTranscriptsPayload), bundled from `schemas/events/smart-transcripts.json`.
    pub const SMART_TRANSCRIPTS_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/SmartTranscriptsPayload",
  "definitions": {
    "ActionSceneType": {
      "title": "ActionSceneType",
      "description": "Where a user joined or left (事件行为类型), for meetings with breakout rooms. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "MainMeeting",
          "description": "Into or out of the main meeting (进出主会议)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "Into or out of a breakout room (进出分组会议)"
        },
        {
          "const": 2,
          "title": "MainToBreakout",
          "description": "From the main meeting into a breakout room (主会议进入分组)"
        },
        {
          "const": 3,
          "title": "BreakoutToMain",
          "description": "From a breakout room back to the main meeting (分组进入主会议)"
        },
        {
          "const": 4,
          "title": "BreakoutFromOutside",
          "description": "Into or out of a breakout room from outside the meeting (会议外进出分组)"
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
    "EventMediaSetType": {
      "title": "EventMediaSetType",
      "description": "Whether a meeting is external or internal (会议类型): 1 external (外部会议), 2 internal (内部会议). The smart-minutes table types it Integer; its example and the recording-completed example send the string \"1\" or \"2\": both are accepted and re-encoded as they came.",
      "oneOf": [
        {
          "type": "integer",
          "title": "Number",
          "description": "The code as a number (the table): 1 external, 2 internal."
        },
        {
          "type": "string",
          "title": "Text",
          "description": "The code as a string of digits (the example)."
        }
      ]
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息). Which fields are present depends on the event: the sub-meeting fields come with recurring meetings in the recording and transcription events, `media_set_type` with the recording-completed and smart-minutes events.",
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
        "media_set_type": {
          "description": "Whether the meeting is external or internal (会议类型), sent by the recording-completed and smart-minutes events: 1 external (外部会议), 2 internal (内部会议).",
          "$ref": "#/definitions/EventMediaSetType"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_id": {
          "description": "ID of the sub-meeting of a recurring meeting (周期性会议的子会议 ID), sent by the recording and transcription events.",
          "type": "string"
        },
        "sub_meeting_start_time": {
          "description": "Scheduled start of the sub-meeting (子会议开始时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_end_time": {
          "description": "Scheduled end of the sub-meeting (子会议结束时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        },
        "meeting_id_type": {
          "description": "Whether `meeting_id` is the main meeting's or a breakout room's (会议 ID 类型).",
          "$ref": "#/definitions/MeetingIdType"
        },
        "action_scene_type": {
          "description": "Where the user went in or out (事件行为类型): the main meeting or a breakout room.",
          "$ref": "#/definitions/ActionSceneType"
        }
      },
      "x-keep-unknown": true
    },
    "EventRecordingFile": {
      "title": "EventRecordingFile",
      "description": "A cloud-recording file an event is about (云录制文件, RecordingFiles 对象), in the recording and smart-minutes events.",
      "type": "object",
      "properties": {
        "record_file_id": {
          "description": "Recording file ID (云录制文件 ID), as the recording and smart-minutes endpoints take it.",
          "type": "string"
        },
        "lang": {
          "description": "Language of the transcript's translation (转写翻译), sent by the smart-minutes events.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
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
        },
        "nick_name": {
          "description": "Name in the meeting (会中昵称).",
          "type": "string"
        },
        "pstn_number": {
          "description": "Identifier of a PSTN or MRA user (pstn/mra 用户唯一标识); such users may have no `userid` or `uuid`.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
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
    "MeetingIdType": {
      "title": "MeetingIdType",
      "description": "What a meeting ID in an event names (会议 ID 类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Main",
          "description": "The main meeting (主会议 ID)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "A breakout room (分组会议 ID)"
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
    "SmartTranscriptsPayload": {
      "title": "SmartTranscriptsPayload",
      "description": "One item of the `payload` of the event `smart.transcripts` (智能转写: the transcripts of cloud recordings are ready). Page 1095/121282; its example is cut off inside the creator in the retrieved copy: completed from the tables' example values, comments removed.",
      "x-event": "smart.transcripts",
      "type": "object",
      "examples": [
        {
          "operate_time": 1752042625000,
          "recording_files": [
            {
              "record_file_id": "1122334455",
              "lang": "xxx"
            },
            {
              "record_file_id": "1122334466",
              "lang": "xxx"
            }
          ],
          "meeting_info": {
            "meeting_id": "1234567890",
            "meeting_code": "0987654321",
            "media_set_type": "1",
            "subject": "test meeting",
            "creator": {
              "userid": "test1",
              "uuid": "aabbcc123",
              "user_name": "abc123"
            },
            "meeting_type": 0,
            "start_time": "1752042625",
            "end_time": "1752057325"
          }
        }
      ],
      "properties": {
        "operate_time": {
          "description": "When the event happened (事件操作时间戳), in Unix milliseconds (毫秒); the table types it String, the example sends a number.",
          "$ref": "#/definitions/EventTime"
        },
        "recording_files": {
          "description": "The cloud recording files (云录制文件列表信息).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/EventRecordingFile"
          }
        },
        "meeting_info": {
          "description": "The meeting (会议信息).",
          "$ref": "#/definitions/EventMeetingInfo"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`WebinarWarmUpUploadedPayload`](crate::events::WebinarWarmUpUploadedPayload), bundled from `schemas/events/webinar-warm-up-uploaded.json`.
    pub const WEBINAR_WARM_UP_UPLOADED_PAYLOAD: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/WebinarWarmUpUploadedPayload",
  "definitions": {
    "ActionSceneType": {
      "title": "ActionSceneType",
      "description": "Where a user joined or left (事件行为类型), for meetings with breakout rooms. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "MainMeeting",
          "description": "Into or out of the main meeting (进出主会议)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "Into or out of a breakout room (进出分组会议)"
        },
        {
          "const": 2,
          "title": "MainToBreakout",
          "description": "From the main meeting into a breakout room (主会议进入分组)"
        },
        {
          "const": 3,
          "title": "BreakoutToMain",
          "description": "From a breakout room back to the main meeting (分组进入主会议)"
        },
        {
          "const": 4,
          "title": "BreakoutFromOutside",
          "description": "Into or out of a breakout room from outside the meeting (会议外进出分组)"
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
    "EventMediaSetType": {
      "title": "EventMediaSetType",
      "description": "Whether a meeting is external or internal (会议类型): 1 external (外部会议), 2 internal (内部会议). The smart-minutes table types it Integer; its example and the recording-completed example send the string \"1\" or \"2\": both are accepted and re-encoded as they came.",
      "oneOf": [
        {
          "type": "integer",
          "title": "Number",
          "description": "The code as a number (the table): 1 external, 2 internal."
        },
        {
          "type": "string",
          "title": "Text",
          "description": "The code as a string of digits (the example)."
        }
      ]
    },
    "EventMeetingInfo": {
      "title": "EventMeetingInfo",
      "description": "The meeting an event is about (会议信息). Which fields are present depends on the event: the sub-meeting fields come with recurring meetings in the recording and transcription events, `media_set_type` with the recording-completed and smart-minutes events.",
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
        "media_set_type": {
          "description": "Whether the meeting is external or internal (会议类型), sent by the recording-completed and smart-minutes events: 1 external (外部会议), 2 internal (内部会议).",
          "$ref": "#/definitions/EventMediaSetType"
        },
        "start_time": {
          "description": "Scheduled start (会议开始时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "end_time": {
          "description": "Scheduled end (会议结束时间): Unix seconds, or a date and time string in the legacy envelope.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_id": {
          "description": "ID of the sub-meeting of a recurring meeting (周期性会议的子会议 ID), sent by the recording and transcription events.",
          "type": "string"
        },
        "sub_meeting_start_time": {
          "description": "Scheduled start of the sub-meeting (子会议开始时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "sub_meeting_end_time": {
          "description": "Scheduled end of the sub-meeting (子会议结束时间), Unix seconds.",
          "$ref": "#/definitions/EventTime"
        },
        "meeting_create_mode": {
          "description": "How the meeting was created (会议创建类型): 0 normal meeting (普通会议), 1 quick meeting (快速会议).",
          "type": "integer"
        },
        "meeting_create_from": {
          "description": "Where the meeting was created (会议创建来源).",
          "$ref": "#/definitions/MeetingCreateFrom"
        },
        "meeting_id_type": {
          "description": "Whether `meeting_id` is the main meeting's or a breakout room's (会议 ID 类型).",
          "$ref": "#/definitions/MeetingIdType"
        },
        "action_scene_type": {
          "description": "Where the user went in or out (事件行为类型): the main meeting or a breakout room.",
          "$ref": "#/definitions/ActionSceneType"
        }
      },
      "x-keep-unknown": true
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
        },
        "nick_name": {
          "description": "Name in the meeting (会中昵称).",
          "type": "string"
        },
        "pstn_number": {
          "description": "Identifier of a PSTN or MRA user (pstn/mra 用户唯一标识); such users may have no `userid` or `uuid`.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
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
    "MeetingIdType": {
      "title": "MeetingIdType",
      "description": "What a meeting ID in an event names (会议 ID 类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Main",
          "description": "The main meeting (主会议 ID)"
        },
        {
          "const": 1,
          "title": "Breakout",
          "description": "A breakout room (分组会议 ID)"
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
    "WarmUpUploadInfo": {
      "title": "WarmUpUploadInfo",
      "description": "The result of a webinar warm-up upload (暖场上传信息).",
      "type": "object",
      "properties": {
        "upload_status": {
          "description": "Whether the upload succeeded (上传状态): `true` success, `false` failure.",
          "type": "boolean"
        },
        "error_msg": {
          "description": "Why the upload failed (失败原因); empty on success.",
          "type": "string"
        },
        "warm_up_picture": {
          "description": "URL of the warm-up picture (暖场图片 url).",
          "type": "string"
        },
        "warm_up_video": {
          "description": "URL of the warm-up video (暖场视频 url).",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    },
    "WebinarWarmUpUploadedPayload": {
      "title": "WebinarWarmUpUploadedPayload",
      "description": "One item of the `payload` of the event `webinar.warm-up-uploaded` (网络研讨会暖场上传结果, page 79826): the warm-up picture or video set through the webinar warm-up API was uploaded, or failed to be. The page's example, comments removed and the comma after `warm_up_video` dropped.",
      "x-event": "webinar.warm-up-uploaded",
      "type": "object",
      "properties": {
        "operate_time": {
          "description": "When the upload succeeded or failed (操作时间): Unix milliseconds (毫秒).",
          "$ref": "#/definitions/EventTime"
        },
        "warm_up_info": {
          "description": "The upload's result (暖场信息).",
          "$ref": "#/definitions/WarmUpUploadInfo"
        },
        "meeting_info": {
          "description": "The webinar (会议信息).",
          "$ref": "#/definitions/EventMeetingInfo"
        }
      },
      "examples": [
        {
          "operate_time": 1609313201465,
          "warm_up_info": {
            "upload_status": true,
            "error_msg": "",
            "warm_up_picture": "",
            "warm_up_video": ""
          },
          "meeting_info": {
            "meeting_id": "13339451618278424869",
            "meeting_code": "445999969",
            "subject": "tester的快速会议",
            "meeting_type": 0,
            "start_time": 1608522626,
            "end_time": 1609415039
          }
        }
      ],
      "x-keep-unknown": true
    }
  }
}"##;
}

// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! Smart minutes of cloud recordings (智能纪要): the AI summary, chapters, topics and speakers of a recording.
//!
//! The `record_intelligence` service of the official SDKs: its endpoints' marker types, requests, responses and code lists, from `schemas/smart/`. Compiled with the cargo feature `records`.
//!
//! The smart minutes of cloud recordings (智能纪要, the SDKs' record_intelligence service). It shares the `records` cargo feature: every call takes a `record_file_id` that only the records service yields (the recording list), so nobody uses one without the other. The pages found document no error table for these endpoints.
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
#[allow(unused_imports)]
use super::root::*;
/// Query string of `GET /v1/smart/chapters`: the smart chapters of one cloud recording (智能章节). Supports OAuth 2.0; only for business, enterprise and education editions (仅支持授权用户为商业版、企业版、教育版). Not available while the recording's smart features are off or the content is still being generated (当该录制文件未开启相关智能化功能或内容处于生成中状态时,不支持调用).
///
/// Generated from `schemas/smart/get-smart-chapters.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetSmartChaptersRequest {
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
    /// ID of the recording file (录制文件 ID), as the recording list returns it.
    ///
    /// Wire name `record_file_id`, required.
    /// Rules: not empty; not only whitespace.
    pub record_file_id: ::std::string::String,
    /// Language to translate into (翻译类型); the original when absent.
    ///
    /// Wire name `lang`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub lang: ::std::option::Option<crate::smart::TranslationLang>,
    /// Access password of the recording file (录制文件的访问密码), when it has one.
    ///
    /// Wire name `pwd`, optional.
    /// A credential: `Debug` shows `<redacted>` (`x-sensitive`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pwd: ::std::option::Option<::std::string::String>,
}
impl GetSmartChaptersRequest {
    /// A builder of [`GetSmartChaptersRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetSmartChaptersRequestBuilder {
        builders::GetSmartChaptersRequestBuilder {
            operator_id: builders::missing::get_smart_chapters_request::operator_id,
            operator_id_type: builders::missing::get_smart_chapters_request::operator_id_type,
            record_file_id: builders::missing::get_smart_chapters_request::record_file_id,
            lang: ::std::option::Option::None,
            pwd: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for GetSmartChaptersRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetSmartChaptersRequest")
            .field("operator_id", &self.operator_id)
            .field("operator_id_type", &self.operator_id_type)
            .field("record_file_id", &self.record_file_id)
            .field("lang", &self.lang)
            .field("pwd", &self.pwd.as_ref().map(|_| crate::redacted::Redacted))
            .finish()
    }
}
impl GetSmartChaptersRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `record_file_id`: fewest characters (1).
    pub const RECORD_FILE_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for GetSmartChaptersRequest {
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
            let value = &self.record_file_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "record_file_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for GetSmartChaptersRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `GET /v1/smart/chapters`: the smart chapters of a recording (智能章节). Lenient: nothing is required and unknown fields are kept.
///
/// Generated from `schemas/smart/get-smart-chapters.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetSmartChaptersResponse {
    /// The recording's smart chapters (录制文件的智能章节列表).
    ///
    /// Wire name `chapter_list`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub chapter_list: ::std::option::Option<::std::vec::Vec<SmartChapter>>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl GetSmartChaptersResponse {
    /// A builder of [`GetSmartChaptersResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetSmartChaptersResponseBuilder {
        builders::GetSmartChaptersResponseBuilder {
            chapter_list: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for GetSmartChaptersResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetSmartChaptersResponse")
            .field("chapter_list", &self.chapter_list)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Query string of `GET /v1/smart/fullsummary`: the smart summary of one cloud recording (智能总结). Supports OAuth 2.0; only for business, enterprise and education editions (仅支持授权用户为商业版、企业版、教育版). Not available while the recording's smart features are off or the content is still being generated (当该录制文件未开启相关智能化功能或内容处于生成中状态时,不支持调用).
///
/// Generated from `schemas/smart/get-smart-full-summary.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetSmartFullSummaryRequest {
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
    /// ID of the recording file (录制文件 ID), as the recording list returns it.
    ///
    /// Wire name `record_file_id`, required.
    /// Rules: not empty; not only whitespace.
    pub record_file_id: ::std::string::String,
    /// Language to translate into (翻译类型); the original when absent.
    ///
    /// Wire name `lang`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub lang: ::std::option::Option<crate::smart::TranslationLang>,
    /// Access password of the recording file (录制文件的访问密码), when it has one.
    ///
    /// Wire name `pwd`, optional.
    /// A credential: `Debug` shows `<redacted>` (`x-sensitive`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pwd: ::std::option::Option<::std::string::String>,
}
impl GetSmartFullSummaryRequest {
    /// A builder of [`GetSmartFullSummaryRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetSmartFullSummaryRequestBuilder {
        builders::GetSmartFullSummaryRequestBuilder {
            operator_id: builders::missing::get_smart_full_summary_request::operator_id,
            operator_id_type: builders::missing::get_smart_full_summary_request::operator_id_type,
            record_file_id: builders::missing::get_smart_full_summary_request::record_file_id,
            lang: ::std::option::Option::None,
            pwd: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for GetSmartFullSummaryRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetSmartFullSummaryRequest")
            .field("operator_id", &self.operator_id)
            .field("operator_id_type", &self.operator_id_type)
            .field("record_file_id", &self.record_file_id)
            .field("lang", &self.lang)
            .field("pwd", &self.pwd.as_ref().map(|_| crate::redacted::Redacted))
            .finish()
    }
}
impl GetSmartFullSummaryRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `record_file_id`: fewest characters (1).
    pub const RECORD_FILE_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for GetSmartFullSummaryRequest {
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
            let value = &self.record_file_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "record_file_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for GetSmartFullSummaryRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `GET /v1/smart/fullsummary`: the smart summary of a recording (智能总结). Lenient: nothing is required and unknown fields are kept.
///
/// Generated from `schemas/smart/get-smart-full-summary.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetSmartFullSummaryResponse {
    /// The smart summary, base64-encoded (智能总结内容,返回 base64 编码后结果).
    ///
    /// Wire name `ai_summary`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ai_summary: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl GetSmartFullSummaryResponse {
    /// A builder of [`GetSmartFullSummaryResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetSmartFullSummaryResponseBuilder {
        builders::GetSmartFullSummaryResponseBuilder {
            ai_summary: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for GetSmartFullSummaryResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetSmartFullSummaryResponse")
            .field("ai_summary", &self.ai_summary)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Query string of `GET /v1/smart/topics`: the smart topics of one cloud recording (智能话题). Supports OAuth 2.0; only for business, enterprise and education editions (仅支持授权用户为商业版、企业版、教育版). Not available while the recording's smart features are off or the content is still being generated (当该录制文件未开启相关智能化功能或内容处于生成中状态时,不支持调用).
///
/// Generated from `schemas/smart/get-smart-topics.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetSmartTopicsRequest {
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
    /// ID of the recording file (录制文件 ID), as the recording list returns it.
    ///
    /// Wire name `record_file_id`, required.
    /// Rules: not empty; not only whitespace.
    pub record_file_id: ::std::string::String,
    /// Language to translate into (翻译类型); the original when absent.
    ///
    /// Wire name `lang`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub lang: ::std::option::Option<crate::smart::TranslationLang>,
    /// Access password of the recording file (录制文件的访问密码), when it has one.
    ///
    /// Wire name `pwd`, optional.
    /// A credential: `Debug` shows `<redacted>` (`x-sensitive`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pwd: ::std::option::Option<::std::string::String>,
}
impl GetSmartTopicsRequest {
    /// A builder of [`GetSmartTopicsRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetSmartTopicsRequestBuilder {
        builders::GetSmartTopicsRequestBuilder {
            operator_id: builders::missing::get_smart_topics_request::operator_id,
            operator_id_type: builders::missing::get_smart_topics_request::operator_id_type,
            record_file_id: builders::missing::get_smart_topics_request::record_file_id,
            lang: ::std::option::Option::None,
            pwd: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for GetSmartTopicsRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetSmartTopicsRequest")
            .field("operator_id", &self.operator_id)
            .field("operator_id_type", &self.operator_id_type)
            .field("record_file_id", &self.record_file_id)
            .field("lang", &self.lang)
            .field("pwd", &self.pwd.as_ref().map(|_| crate::redacted::Redacted))
            .finish()
    }
}
impl GetSmartTopicsRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `record_file_id`: fewest characters (1).
    pub const RECORD_FILE_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for GetSmartTopicsRequest {
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
            let value = &self.record_file_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "record_file_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for GetSmartTopicsRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `GET /v1/smart/topics`: the smart topics of a recording (智能话题). Lenient: nothing is required and unknown fields are kept.
///
/// Generated from `schemas/smart/get-smart-topics.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetSmartTopicsResponse {
    /// The recording's smart topics (录制文件的智能话题列表).
    ///
    /// Wire name `ai_topic_list`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ai_topic_list: ::std::option::Option<::std::vec::Vec<SmartTopic>>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl GetSmartTopicsResponse {
    /// A builder of [`GetSmartTopicsResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetSmartTopicsResponseBuilder {
        builders::GetSmartTopicsResponseBuilder {
            ai_topic_list: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for GetSmartTopicsResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetSmartTopicsResponse")
            .field("ai_topic_list", &self.ai_topic_list)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Query string of `GET /v1/smart/speakers`: the speakers of one cloud recording, page by page (智能发言人). Supports OAuth 2.0; only for business, enterprise and education editions (仅支持授权用户为商业版、企业版、教育版). Not available while the recording's smart features are off or the content is still being generated (当该录制文件未开启相关智能化功能或内容处于生成中状态时,不支持调用).
///
/// Generated from `schemas/smart/list-smart-speakers.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Eq, PartialEq)]
#[non_exhaustive]
pub struct ListSmartSpeakersRequest {
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
    /// ID of the recording file (录制文件 ID), as the recording list returns it.
    ///
    /// Wire name `record_file_id`, required.
    /// Rules: not empty; not only whitespace.
    pub record_file_id: ::std::string::String,
    /// Access password of the recording file (录制文件的访问密码), when it has one.
    ///
    /// Wire name `pwd`, optional.
    /// A credential: `Debug` shows `<redacted>` (`x-sensitive`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pwd: ::std::option::Option<::std::string::String>,
    /// Page number (页码), from 1 (从 1 开始).
    ///
    /// Wire name `page`, required.
    /// Rules: at least 1.
    pub page: i64,
    /// Speakers per page (返回数量), at most 50 (最大 50).
    ///
    /// Wire name `page_size`, required.
    /// Rules: at most 50.
    pub page_size: i64,
}
impl ListSmartSpeakersRequest {
    /// A builder of [`ListSmartSpeakersRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ListSmartSpeakersRequestBuilder {
        builders::ListSmartSpeakersRequestBuilder {
            operator_id: builders::missing::list_smart_speakers_request::operator_id,
            operator_id_type: builders::missing::list_smart_speakers_request::operator_id_type,
            record_file_id: builders::missing::list_smart_speakers_request::record_file_id,
            pwd: ::std::option::Option::None,
            page: builders::missing::list_smart_speakers_request::page,
            page_size: builders::missing::list_smart_speakers_request::page_size,
        }
    }
}
impl ::std::fmt::Debug for ListSmartSpeakersRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListSmartSpeakersRequest")
            .field("operator_id", &self.operator_id)
            .field("operator_id_type", &self.operator_id_type)
            .field("record_file_id", &self.record_file_id)
            .field("pwd", &self.pwd.as_ref().map(|_| crate::redacted::Redacted))
            .field("page", &self.page)
            .field("page_size", &self.page_size)
            .finish()
    }
}
impl ListSmartSpeakersRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `record_file_id`: fewest characters (1).
    pub const RECORD_FILE_ID_MIN_LENGTH: usize = 1usize;
    /// `page`: the smallest value (1).
    pub const PAGE_MINIMUM: i64 = 1i64;
    /// `page_size`: the largest value (50).
    pub const PAGE_SIZE_MAXIMUM: i64 = 50i64;
}
impl crate::validate::ValidateAt for ListSmartSpeakersRequest {
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
            let value = &self.record_file_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "record_file_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
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
            path.check(crate::validate::rules::range(*value, i64::MIN, 50i64))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for ListSmartSpeakersRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `GET /v1/smart/speakers`: one page of a recording's speakers (智能发言人). The retrieved page is cut off inside the input example: this example follows the tables. Lenient: nothing is required and unknown fields are kept.
///
/// Generated from `schemas/smart/list-smart-speakers.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct ListSmartSpeakersResponse {
    /// Number of speakers in all pages (发言人总数).
    ///
    /// Wire name `total_count`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub total_count: ::std::option::Option<i64>,
    /// The recording's speakers on this page (录制文件的智能发言人列表).
    ///
    /// Wire name `speaker_list`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub speaker_list: ::std::option::Option<::std::vec::Vec<SmartSpeaker>>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl ListSmartSpeakersResponse {
    /// A builder of [`ListSmartSpeakersResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ListSmartSpeakersResponseBuilder {
        builders::ListSmartSpeakersResponseBuilder {
            total_count: ::std::option::Option::None,
            speaker_list: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for ListSmartSpeakersResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListSmartSpeakersResponse")
            .field("total_count", &self.total_count)
            .field("speaker_list", &self.speaker_list)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// A smart chapter of a recording (ChapterList 对象).
///
/// Generated from `schemas/smart/get-smart-chapters.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct SmartChapter {
    /// Unique ID of the chapter (章节唯一 ID).
    ///
    /// Wire name `chapter_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub chapter_id: ::std::option::Option<::std::string::String>,
    /// Topic of the chapter, base64-encoded (章节主题,返回 base64 编码后的结果).
    ///
    /// Wire name `chapter_name`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub chapter_name: ::std::option::Option<::std::string::String>,
    /// Address of the chapter's cover image (章节封面图片 url).
    ///
    /// Wire name `pic_url`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pic_url: ::std::option::Option<::std::string::String>,
    /// Where the chapter starts in the video or audio, in milliseconds (章节开始的时间,单位毫秒), as a string of digits.
    ///
    /// Wire name `start_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub start_time: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl SmartChapter {
    /// A builder of [`SmartChapter`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SmartChapterBuilder {
        builders::SmartChapterBuilder {
            chapter_id: ::std::option::Option::None,
            chapter_name: ::std::option::Option::None,
            pic_url: ::std::option::Option::None,
            start_time: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for SmartChapter {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SmartChapter")
            .field("chapter_id", &self.chapter_id)
            .field("chapter_name", &self.chapter_name)
            .field("pic_url", &self.pic_url)
            .field("start_time", &self.start_time)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// A speaker of a recording (SpeakerList 对象).
///
/// Generated from `schemas/smart/list-smart-speakers.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct SmartSpeaker {
    /// Type of `speaker_id` (发言人 ID 类型).
    ///
    /// Wire name `speaker_id_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub speaker_id_type: ::std::option::Option<crate::smart::SpeakerIdType>,
    /// ID of the speaker (发言人 ID): a userid, an openid or a temporary ID, as `speaker_id_type` says.
    ///
    /// Wire name `speaker_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub speaker_id: ::std::option::Option<::std::string::String>,
    /// Name of the speaker, base64-encoded (发言人名称,返回 Base64 编码后的结果).
    ///
    /// Wire name `speaker_name`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub speaker_name: ::std::option::Option<::std::string::String>,
    /// How long the speaker spoke in all, in milliseconds (发言总时长,单位毫秒).
    ///
    /// Wire name `total_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub total_time: ::std::option::Option<i64>,
    /// When the speaker spoke (发言时间段).
    ///
    /// Wire name `speaker_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub speaker_time: ::std::option::Option<::std::vec::Vec<SmartSpeakerTime>>,
    /// The member's temporary ID in the meeting, base64-encoded (会议中为每个参会成员授予的临时 ID,返回 Base64 编码后的结果); unique within one meeting only.
    ///
    /// Wire name `ms_open_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ms_open_id: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl SmartSpeaker {
    /// A builder of [`SmartSpeaker`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SmartSpeakerBuilder {
        builders::SmartSpeakerBuilder {
            speaker_id_type: ::std::option::Option::None,
            speaker_id: ::std::option::Option::None,
            speaker_name: ::std::option::Option::None,
            total_time: ::std::option::Option::None,
            speaker_time: ::std::option::Option::None,
            ms_open_id: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for SmartSpeaker {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SmartSpeaker")
            .field("speaker_id_type", &self.speaker_id_type)
            .field("speaker_id", &self.speaker_id)
            .field("speaker_name", &self.speaker_name)
            .field("total_time", &self.total_time)
            .field("speaker_time", &self.speaker_time)
            .field("ms_open_id", &self.ms_open_id)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// A span in which the speaker spoke (SpeakerTime 对象).
///
/// Generated from `schemas/smart/list-smart-speakers.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct SmartSpeakerTime {
    /// ID of the sentence (发言语句 ID).
    ///
    /// Wire name `sid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sid: ::std::option::Option<::std::string::String>,
    /// When the sentence starts, in milliseconds (发言开始时间,单位毫秒), as a string of digits.
    ///
    /// Wire name `start_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub start_time: ::std::option::Option<::std::string::String>,
    /// When the sentence ends, in milliseconds (发言结束时间,单位毫秒), as a string of digits.
    ///
    /// Wire name `end_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub end_time: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl SmartSpeakerTime {
    /// A builder of [`SmartSpeakerTime`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SmartSpeakerTimeBuilder {
        builders::SmartSpeakerTimeBuilder {
            sid: ::std::option::Option::None,
            start_time: ::std::option::Option::None,
            end_time: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for SmartSpeakerTime {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SmartSpeakerTime")
            .field("sid", &self.sid)
            .field("start_time", &self.start_time)
            .field("end_time", &self.end_time)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// A smart topic of a recording (AiTopicList 对象).
///
/// Generated from `schemas/smart/get-smart-topics.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct SmartTopic {
    /// Unique ID of the topic (话题唯一 ID).
    ///
    /// Wire name `topic_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub topic_id: ::std::option::Option<::std::string::String>,
    /// Subject of the topic, base64-encoded (话题主题,返回 base64 编码后的结果).
    ///
    /// Wire name `topic_name`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub topic_name: ::std::option::Option<::std::string::String>,
    /// The paragraphs and time spans of the topic (话题的发言段落及时间段).
    ///
    /// Wire name `topic_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub topic_time: ::std::option::Option<::std::vec::Vec<SmartTopicTime>>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl SmartTopic {
    /// A builder of [`SmartTopic`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SmartTopicBuilder {
        builders::SmartTopicBuilder {
            topic_id: ::std::option::Option::None,
            topic_name: ::std::option::Option::None,
            topic_time: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for SmartTopic {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SmartTopic")
            .field("topic_id", &self.topic_id)
            .field("topic_name", &self.topic_name)
            .field("topic_time", &self.topic_time)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// A paragraph of a topic and its time span (TopicTime 对象).
///
/// Generated from `schemas/smart/get-smart-topics.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct SmartTopicTime {
    /// Paragraph ID (段落 ID).
    ///
    /// Wire name `pid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pid: ::std::option::Option<::std::string::String>,
    /// When the topic starts, in milliseconds (话题开始时间,单位毫秒), as a string of digits.
    ///
    /// Wire name `start_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub start_time: ::std::option::Option<::std::string::String>,
    /// When the topic ends, in milliseconds (话题结束时间,单位毫秒), as a string of digits.
    ///
    /// Wire name `end_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub end_time: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl SmartTopicTime {
    /// A builder of [`SmartTopicTime`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SmartTopicTimeBuilder {
        builders::SmartTopicTimeBuilder {
            pid: ::std::option::Option::None,
            start_time: ::std::option::Option::None,
            end_time: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for SmartTopicTime {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SmartTopicTime")
            .field("pid", &self.pid)
            .field("start_time", &self.start_time)
            .field("end_time", &self.end_time)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Builders of the models, one per model: `Model::builder()`, a setter per field, `build()` once every
/// required field is set (a missing one is a compile error naming it: "the required field `subject` of
/// `CreateMeetingRequest` is not set").
pub mod builders {
    use super::*;
    /// Builds a [`GetSmartChaptersRequest`](super::GetSmartChaptersRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetSmartChaptersRequestBuilder<
        P0 = missing::get_smart_chapters_request::operator_id,
        P1 = missing::get_smart_chapters_request::operator_id_type,
        P2 = missing::get_smart_chapters_request::record_file_id,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) record_file_id: P2,
        pub(crate) lang: ::std::option::Option<crate::smart::TranslationLang>,
        pub(crate) pwd: ::std::option::Option<::std::string::String>,
    }
    impl<P0, P1, P2> ::std::fmt::Debug for GetSmartChaptersRequestBuilder<P0, P1, P2> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetSmartChaptersRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
    > GetSmartChaptersRequestBuilder<
        missing::get_smart_chapters_request::operator_id,
        P1,
        P2,
    > {
        /// Sets [`operator_id`](super::GetSmartChaptersRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetSmartChaptersRequestBuilder<::std::string::String, P1, P2> {
            GetSmartChaptersRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                record_file_id: self.record_file_id,
                lang: self.lang,
                pwd: self.pwd,
            }
        }
    }
    impl<
        P0,
        P2,
    > GetSmartChaptersRequestBuilder<
        P0,
        missing::get_smart_chapters_request::operator_id_type,
        P2,
    > {
        /// Sets [`operator_id_type`](super::GetSmartChaptersRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> GetSmartChaptersRequestBuilder<P0, crate::OperatorIdType, P2> {
            GetSmartChaptersRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                record_file_id: self.record_file_id,
                lang: self.lang,
                pwd: self.pwd,
            }
        }
    }
    impl<
        P0,
        P1,
    > GetSmartChaptersRequestBuilder<
        P0,
        P1,
        missing::get_smart_chapters_request::record_file_id,
    > {
        /// Sets [`record_file_id`](super::GetSmartChaptersRequest::record_file_id).
        ///
        /// Required.
        pub fn record_file_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetSmartChaptersRequestBuilder<P0, P1, ::std::string::String> {
            GetSmartChaptersRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                record_file_id: value.into(),
                lang: self.lang,
                pwd: self.pwd,
            }
        }
    }
    impl<P0, P1, P2> GetSmartChaptersRequestBuilder<P0, P1, P2> {
        /// Sets [`lang`](super::GetSmartChaptersRequest::lang).
        ///
        /// Optional.
        pub fn lang(
            mut self,
            value: impl ::std::convert::Into<crate::smart::TranslationLang>,
        ) -> Self {
            self.lang = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`pwd`](super::GetSmartChaptersRequest::pwd).
        ///
        /// Optional.
        pub fn pwd(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.pwd = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1, P2> GetSmartChaptersRequestBuilder<P0, P1, P2> {
        /// The [`GetSmartChaptersRequest`](super::GetSmartChaptersRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type`, `record_file_id` are set: a missing one is a compile error naming it ("the required field ... of `GetSmartChaptersRequest` is not set").
        pub fn build(self) -> super::GetSmartChaptersRequest
        where
            P0: missing::get_smart_chapters_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::get_smart_chapters_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
            P2: missing::get_smart_chapters_request::RecordFileIdIsSet<
                ::std::string::String,
            >,
        {
            super::GetSmartChaptersRequest {
                operator_id: missing::get_smart_chapters_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::get_smart_chapters_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                record_file_id: missing::get_smart_chapters_request::RecordFileIdIsSet::into_field(
                    self.record_file_id,
                ),
                lang: self.lang,
                pwd: self.pwd,
            }
        }
    }
    /// Builds a [`GetSmartChaptersResponse`](super::GetSmartChaptersResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetSmartChaptersResponseBuilder {
        pub(crate) chapter_list: ::std::option::Option<::std::vec::Vec<SmartChapter>>,
    }
    impl ::std::fmt::Debug for GetSmartChaptersResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetSmartChaptersResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl GetSmartChaptersResponseBuilder {
        /// Sets [`chapter_list`](super::GetSmartChaptersResponse::chapter_list).
        ///
        /// Optional.
        pub fn chapter_list(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<SmartChapter>,
            >,
        ) -> Self {
            self.chapter_list = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl GetSmartChaptersResponseBuilder {
        /// The [`GetSmartChaptersResponse`](super::GetSmartChaptersResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::GetSmartChaptersResponse {
            super::GetSmartChaptersResponse {
                chapter_list: self.chapter_list,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`GetSmartFullSummaryRequest`](super::GetSmartFullSummaryRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetSmartFullSummaryRequestBuilder<
        P0 = missing::get_smart_full_summary_request::operator_id,
        P1 = missing::get_smart_full_summary_request::operator_id_type,
        P2 = missing::get_smart_full_summary_request::record_file_id,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) record_file_id: P2,
        pub(crate) lang: ::std::option::Option<crate::smart::TranslationLang>,
        pub(crate) pwd: ::std::option::Option<::std::string::String>,
    }
    impl<P0, P1, P2> ::std::fmt::Debug
    for GetSmartFullSummaryRequestBuilder<P0, P1, P2> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetSmartFullSummaryRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
    > GetSmartFullSummaryRequestBuilder<
        missing::get_smart_full_summary_request::operator_id,
        P1,
        P2,
    > {
        /// Sets [`operator_id`](super::GetSmartFullSummaryRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetSmartFullSummaryRequestBuilder<::std::string::String, P1, P2> {
            GetSmartFullSummaryRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                record_file_id: self.record_file_id,
                lang: self.lang,
                pwd: self.pwd,
            }
        }
    }
    impl<
        P0,
        P2,
    > GetSmartFullSummaryRequestBuilder<
        P0,
        missing::get_smart_full_summary_request::operator_id_type,
        P2,
    > {
        /// Sets [`operator_id_type`](super::GetSmartFullSummaryRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> GetSmartFullSummaryRequestBuilder<P0, crate::OperatorIdType, P2> {
            GetSmartFullSummaryRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                record_file_id: self.record_file_id,
                lang: self.lang,
                pwd: self.pwd,
            }
        }
    }
    impl<
        P0,
        P1,
    > GetSmartFullSummaryRequestBuilder<
        P0,
        P1,
        missing::get_smart_full_summary_request::record_file_id,
    > {
        /// Sets [`record_file_id`](super::GetSmartFullSummaryRequest::record_file_id).
        ///
        /// Required.
        pub fn record_file_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetSmartFullSummaryRequestBuilder<P0, P1, ::std::string::String> {
            GetSmartFullSummaryRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                record_file_id: value.into(),
                lang: self.lang,
                pwd: self.pwd,
            }
        }
    }
    impl<P0, P1, P2> GetSmartFullSummaryRequestBuilder<P0, P1, P2> {
        /// Sets [`lang`](super::GetSmartFullSummaryRequest::lang).
        ///
        /// Optional.
        pub fn lang(
            mut self,
            value: impl ::std::convert::Into<crate::smart::TranslationLang>,
        ) -> Self {
            self.lang = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`pwd`](super::GetSmartFullSummaryRequest::pwd).
        ///
        /// Optional.
        pub fn pwd(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.pwd = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1, P2> GetSmartFullSummaryRequestBuilder<P0, P1, P2> {
        /// The [`GetSmartFullSummaryRequest`](super::GetSmartFullSummaryRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type`, `record_file_id` are set: a missing one is a compile error naming it ("the required field ... of `GetSmartFullSummaryRequest` is not set").
        pub fn build(self) -> super::GetSmartFullSummaryRequest
        where
            P0: missing::get_smart_full_summary_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::get_smart_full_summary_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
            P2: missing::get_smart_full_summary_request::RecordFileIdIsSet<
                ::std::string::String,
            >,
        {
            super::GetSmartFullSummaryRequest {
                operator_id: missing::get_smart_full_summary_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::get_smart_full_summary_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                record_file_id: missing::get_smart_full_summary_request::RecordFileIdIsSet::into_field(
                    self.record_file_id,
                ),
                lang: self.lang,
                pwd: self.pwd,
            }
        }
    }
    /// Builds a [`GetSmartFullSummaryResponse`](super::GetSmartFullSummaryResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetSmartFullSummaryResponseBuilder {
        pub(crate) ai_summary: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for GetSmartFullSummaryResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetSmartFullSummaryResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl GetSmartFullSummaryResponseBuilder {
        /// Sets [`ai_summary`](super::GetSmartFullSummaryResponse::ai_summary).
        ///
        /// Optional.
        pub fn ai_summary(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.ai_summary = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl GetSmartFullSummaryResponseBuilder {
        /// The [`GetSmartFullSummaryResponse`](super::GetSmartFullSummaryResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::GetSmartFullSummaryResponse {
            super::GetSmartFullSummaryResponse {
                ai_summary: self.ai_summary,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`GetSmartTopicsRequest`](super::GetSmartTopicsRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetSmartTopicsRequestBuilder<
        P0 = missing::get_smart_topics_request::operator_id,
        P1 = missing::get_smart_topics_request::operator_id_type,
        P2 = missing::get_smart_topics_request::record_file_id,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) record_file_id: P2,
        pub(crate) lang: ::std::option::Option<crate::smart::TranslationLang>,
        pub(crate) pwd: ::std::option::Option<::std::string::String>,
    }
    impl<P0, P1, P2> ::std::fmt::Debug for GetSmartTopicsRequestBuilder<P0, P1, P2> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetSmartTopicsRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
    > GetSmartTopicsRequestBuilder<
        missing::get_smart_topics_request::operator_id,
        P1,
        P2,
    > {
        /// Sets [`operator_id`](super::GetSmartTopicsRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetSmartTopicsRequestBuilder<::std::string::String, P1, P2> {
            GetSmartTopicsRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                record_file_id: self.record_file_id,
                lang: self.lang,
                pwd: self.pwd,
            }
        }
    }
    impl<
        P0,
        P2,
    > GetSmartTopicsRequestBuilder<
        P0,
        missing::get_smart_topics_request::operator_id_type,
        P2,
    > {
        /// Sets [`operator_id_type`](super::GetSmartTopicsRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> GetSmartTopicsRequestBuilder<P0, crate::OperatorIdType, P2> {
            GetSmartTopicsRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                record_file_id: self.record_file_id,
                lang: self.lang,
                pwd: self.pwd,
            }
        }
    }
    impl<
        P0,
        P1,
    > GetSmartTopicsRequestBuilder<
        P0,
        P1,
        missing::get_smart_topics_request::record_file_id,
    > {
        /// Sets [`record_file_id`](super::GetSmartTopicsRequest::record_file_id).
        ///
        /// Required.
        pub fn record_file_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetSmartTopicsRequestBuilder<P0, P1, ::std::string::String> {
            GetSmartTopicsRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                record_file_id: value.into(),
                lang: self.lang,
                pwd: self.pwd,
            }
        }
    }
    impl<P0, P1, P2> GetSmartTopicsRequestBuilder<P0, P1, P2> {
        /// Sets [`lang`](super::GetSmartTopicsRequest::lang).
        ///
        /// Optional.
        pub fn lang(
            mut self,
            value: impl ::std::convert::Into<crate::smart::TranslationLang>,
        ) -> Self {
            self.lang = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`pwd`](super::GetSmartTopicsRequest::pwd).
        ///
        /// Optional.
        pub fn pwd(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.pwd = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1, P2> GetSmartTopicsRequestBuilder<P0, P1, P2> {
        /// The [`GetSmartTopicsRequest`](super::GetSmartTopicsRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type`, `record_file_id` are set: a missing one is a compile error naming it ("the required field ... of `GetSmartTopicsRequest` is not set").
        pub fn build(self) -> super::GetSmartTopicsRequest
        where
            P0: missing::get_smart_topics_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::get_smart_topics_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
            P2: missing::get_smart_topics_request::RecordFileIdIsSet<
                ::std::string::String,
            >,
        {
            super::GetSmartTopicsRequest {
                operator_id: missing::get_smart_topics_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::get_smart_topics_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                record_file_id: missing::get_smart_topics_request::RecordFileIdIsSet::into_field(
                    self.record_file_id,
                ),
                lang: self.lang,
                pwd: self.pwd,
            }
        }
    }
    /// Builds a [`GetSmartTopicsResponse`](super::GetSmartTopicsResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetSmartTopicsResponseBuilder {
        pub(crate) ai_topic_list: ::std::option::Option<::std::vec::Vec<SmartTopic>>,
    }
    impl ::std::fmt::Debug for GetSmartTopicsResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetSmartTopicsResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl GetSmartTopicsResponseBuilder {
        /// Sets [`ai_topic_list`](super::GetSmartTopicsResponse::ai_topic_list).
        ///
        /// Optional.
        pub fn ai_topic_list(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<SmartTopic>,
            >,
        ) -> Self {
            self.ai_topic_list = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl GetSmartTopicsResponseBuilder {
        /// The [`GetSmartTopicsResponse`](super::GetSmartTopicsResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::GetSmartTopicsResponse {
            super::GetSmartTopicsResponse {
                ai_topic_list: self.ai_topic_list,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`ListSmartSpeakersRequest`](super::ListSmartSpeakersRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ListSmartSpeakersRequestBuilder<
        P0 = missing::list_smart_speakers_request::operator_id,
        P1 = missing::list_smart_speakers_request::operator_id_type,
        P2 = missing::list_smart_speakers_request::record_file_id,
        P3 = missing::list_smart_speakers_request::page,
        P4 = missing::list_smart_speakers_request::page_size,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) record_file_id: P2,
        pub(crate) pwd: ::std::option::Option<::std::string::String>,
        pub(crate) page: P3,
        pub(crate) page_size: P4,
    }
    impl<P0, P1, P2, P3, P4> ::std::fmt::Debug
    for ListSmartSpeakersRequestBuilder<P0, P1, P2, P3, P4> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ListSmartSpeakersRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
        P3,
        P4,
    > ListSmartSpeakersRequestBuilder<
        missing::list_smart_speakers_request::operator_id,
        P1,
        P2,
        P3,
        P4,
    > {
        /// Sets [`operator_id`](super::ListSmartSpeakersRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> ListSmartSpeakersRequestBuilder<::std::string::String, P1, P2, P3, P4> {
            ListSmartSpeakersRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                record_file_id: self.record_file_id,
                pwd: self.pwd,
                page: self.page,
                page_size: self.page_size,
            }
        }
    }
    impl<
        P0,
        P2,
        P3,
        P4,
    > ListSmartSpeakersRequestBuilder<
        P0,
        missing::list_smart_speakers_request::operator_id_type,
        P2,
        P3,
        P4,
    > {
        /// Sets [`operator_id_type`](super::ListSmartSpeakersRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> ListSmartSpeakersRequestBuilder<P0, crate::OperatorIdType, P2, P3, P4> {
            ListSmartSpeakersRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                record_file_id: self.record_file_id,
                pwd: self.pwd,
                page: self.page,
                page_size: self.page_size,
            }
        }
    }
    impl<
        P0,
        P1,
        P3,
        P4,
    > ListSmartSpeakersRequestBuilder<
        P0,
        P1,
        missing::list_smart_speakers_request::record_file_id,
        P3,
        P4,
    > {
        /// Sets [`record_file_id`](super::ListSmartSpeakersRequest::record_file_id).
        ///
        /// Required.
        pub fn record_file_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> ListSmartSpeakersRequestBuilder<P0, P1, ::std::string::String, P3, P4> {
            ListSmartSpeakersRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                record_file_id: value.into(),
                pwd: self.pwd,
                page: self.page,
                page_size: self.page_size,
            }
        }
    }
    impl<
        P0,
        P1,
        P2,
        P4,
    > ListSmartSpeakersRequestBuilder<
        P0,
        P1,
        P2,
        missing::list_smart_speakers_request::page,
        P4,
    > {
        /// Sets [`page`](super::ListSmartSpeakersRequest::page).
        ///
        /// Required.
        pub fn page(
            self,
            value: impl ::std::convert::Into<i64>,
        ) -> ListSmartSpeakersRequestBuilder<P0, P1, P2, i64, P4> {
            ListSmartSpeakersRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                record_file_id: self.record_file_id,
                pwd: self.pwd,
                page: value.into(),
                page_size: self.page_size,
            }
        }
    }
    impl<
        P0,
        P1,
        P2,
        P3,
    > ListSmartSpeakersRequestBuilder<
        P0,
        P1,
        P2,
        P3,
        missing::list_smart_speakers_request::page_size,
    > {
        /// Sets [`page_size`](super::ListSmartSpeakersRequest::page_size).
        ///
        /// Required.
        pub fn page_size(
            self,
            value: impl ::std::convert::Into<i64>,
        ) -> ListSmartSpeakersRequestBuilder<P0, P1, P2, P3, i64> {
            ListSmartSpeakersRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                record_file_id: self.record_file_id,
                pwd: self.pwd,
                page: self.page,
                page_size: value.into(),
            }
        }
    }
    impl<P0, P1, P2, P3, P4> ListSmartSpeakersRequestBuilder<P0, P1, P2, P3, P4> {
        /// Sets [`pwd`](super::ListSmartSpeakersRequest::pwd).
        ///
        /// Optional.
        pub fn pwd(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.pwd = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1, P2, P3, P4> ListSmartSpeakersRequestBuilder<P0, P1, P2, P3, P4> {
        /// The [`ListSmartSpeakersRequest`](super::ListSmartSpeakersRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type`, `record_file_id`, `page`, `page_size` are set: a missing one is a compile error naming it ("the required field ... of `ListSmartSpeakersRequest` is not set").
        pub fn build(self) -> super::ListSmartSpeakersRequest
        where
            P0: missing::list_smart_speakers_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::list_smart_speakers_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
            P2: missing::list_smart_speakers_request::RecordFileIdIsSet<
                ::std::string::String,
            >,
            P3: missing::list_smart_speakers_request::PageIsSet<i64>,
            P4: missing::list_smart_speakers_request::PageSizeIsSet<i64>,
        {
            super::ListSmartSpeakersRequest {
                operator_id: missing::list_smart_speakers_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::list_smart_speakers_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                record_file_id: missing::list_smart_speakers_request::RecordFileIdIsSet::into_field(
                    self.record_file_id,
                ),
                pwd: self.pwd,
                page: missing::list_smart_speakers_request::PageIsSet::into_field(
                    self.page,
                ),
                page_size: missing::list_smart_speakers_request::PageSizeIsSet::into_field(
                    self.page_size,
                ),
            }
        }
    }
    /// Builds a [`ListSmartSpeakersResponse`](super::ListSmartSpeakersResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ListSmartSpeakersResponseBuilder {
        pub(crate) total_count: ::std::option::Option<i64>,
        pub(crate) speaker_list: ::std::option::Option<::std::vec::Vec<SmartSpeaker>>,
    }
    impl ::std::fmt::Debug for ListSmartSpeakersResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ListSmartSpeakersResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl ListSmartSpeakersResponseBuilder {
        /// Sets [`total_count`](super::ListSmartSpeakersResponse::total_count).
        ///
        /// Optional.
        pub fn total_count(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.total_count = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`speaker_list`](super::ListSmartSpeakersResponse::speaker_list).
        ///
        /// Optional.
        pub fn speaker_list(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<SmartSpeaker>,
            >,
        ) -> Self {
            self.speaker_list = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl ListSmartSpeakersResponseBuilder {
        /// The [`ListSmartSpeakersResponse`](super::ListSmartSpeakersResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::ListSmartSpeakersResponse {
            super::ListSmartSpeakersResponse {
                total_count: self.total_count,
                speaker_list: self.speaker_list,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`SmartChapter`](super::SmartChapter): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SmartChapterBuilder {
        pub(crate) chapter_id: ::std::option::Option<::std::string::String>,
        pub(crate) chapter_name: ::std::option::Option<::std::string::String>,
        pub(crate) pic_url: ::std::option::Option<::std::string::String>,
        pub(crate) start_time: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for SmartChapterBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SmartChapterBuilder)).finish_non_exhaustive()
        }
    }
    impl SmartChapterBuilder {
        /// Sets [`chapter_id`](super::SmartChapter::chapter_id).
        ///
        /// Optional.
        pub fn chapter_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.chapter_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`chapter_name`](super::SmartChapter::chapter_name).
        ///
        /// Optional.
        pub fn chapter_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.chapter_name = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`pic_url`](super::SmartChapter::pic_url).
        ///
        /// Optional.
        pub fn pic_url(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.pic_url = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`start_time`](super::SmartChapter::start_time).
        ///
        /// Optional.
        pub fn start_time(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.start_time = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl SmartChapterBuilder {
        /// The [`SmartChapter`](super::SmartChapter).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::SmartChapter {
            super::SmartChapter {
                chapter_id: self.chapter_id,
                chapter_name: self.chapter_name,
                pic_url: self.pic_url,
                start_time: self.start_time,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`SmartSpeaker`](super::SmartSpeaker): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SmartSpeakerBuilder {
        pub(crate) speaker_id_type: ::std::option::Option<crate::smart::SpeakerIdType>,
        pub(crate) speaker_id: ::std::option::Option<::std::string::String>,
        pub(crate) speaker_name: ::std::option::Option<::std::string::String>,
        pub(crate) total_time: ::std::option::Option<i64>,
        pub(crate) speaker_time: ::std::option::Option<
            ::std::vec::Vec<SmartSpeakerTime>,
        >,
        pub(crate) ms_open_id: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for SmartSpeakerBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SmartSpeakerBuilder)).finish_non_exhaustive()
        }
    }
    impl SmartSpeakerBuilder {
        /// Sets [`speaker_id_type`](super::SmartSpeaker::speaker_id_type).
        ///
        /// Optional.
        pub fn speaker_id_type(
            mut self,
            value: impl ::std::convert::Into<crate::smart::SpeakerIdType>,
        ) -> Self {
            self.speaker_id_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`speaker_id`](super::SmartSpeaker::speaker_id).
        ///
        /// Optional.
        pub fn speaker_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.speaker_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`speaker_name`](super::SmartSpeaker::speaker_name).
        ///
        /// Optional.
        pub fn speaker_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.speaker_name = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`total_time`](super::SmartSpeaker::total_time).
        ///
        /// Optional.
        pub fn total_time(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.total_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`speaker_time`](super::SmartSpeaker::speaker_time).
        ///
        /// Optional.
        pub fn speaker_time(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<SmartSpeakerTime>,
            >,
        ) -> Self {
            self.speaker_time = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`ms_open_id`](super::SmartSpeaker::ms_open_id).
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
    impl SmartSpeakerBuilder {
        /// The [`SmartSpeaker`](super::SmartSpeaker).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::SmartSpeaker {
            super::SmartSpeaker {
                speaker_id_type: self.speaker_id_type,
                speaker_id: self.speaker_id,
                speaker_name: self.speaker_name,
                total_time: self.total_time,
                speaker_time: self.speaker_time,
                ms_open_id: self.ms_open_id,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`SmartSpeakerTime`](super::SmartSpeakerTime): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SmartSpeakerTimeBuilder {
        pub(crate) sid: ::std::option::Option<::std::string::String>,
        pub(crate) start_time: ::std::option::Option<::std::string::String>,
        pub(crate) end_time: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for SmartSpeakerTimeBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SmartSpeakerTimeBuilder)).finish_non_exhaustive()
        }
    }
    impl SmartSpeakerTimeBuilder {
        /// Sets [`sid`](super::SmartSpeakerTime::sid).
        ///
        /// Optional.
        pub fn sid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.sid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`start_time`](super::SmartSpeakerTime::start_time).
        ///
        /// Optional.
        pub fn start_time(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.start_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`end_time`](super::SmartSpeakerTime::end_time).
        ///
        /// Optional.
        pub fn end_time(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.end_time = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl SmartSpeakerTimeBuilder {
        /// The [`SmartSpeakerTime`](super::SmartSpeakerTime).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::SmartSpeakerTime {
            super::SmartSpeakerTime {
                sid: self.sid,
                start_time: self.start_time,
                end_time: self.end_time,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`SmartTopic`](super::SmartTopic): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SmartTopicBuilder {
        pub(crate) topic_id: ::std::option::Option<::std::string::String>,
        pub(crate) topic_name: ::std::option::Option<::std::string::String>,
        pub(crate) topic_time: ::std::option::Option<::std::vec::Vec<SmartTopicTime>>,
    }
    impl ::std::fmt::Debug for SmartTopicBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SmartTopicBuilder)).finish_non_exhaustive()
        }
    }
    impl SmartTopicBuilder {
        /// Sets [`topic_id`](super::SmartTopic::topic_id).
        ///
        /// Optional.
        pub fn topic_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.topic_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`topic_name`](super::SmartTopic::topic_name).
        ///
        /// Optional.
        pub fn topic_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.topic_name = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`topic_time`](super::SmartTopic::topic_time).
        ///
        /// Optional.
        pub fn topic_time(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<SmartTopicTime>,
            >,
        ) -> Self {
            self.topic_time = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl SmartTopicBuilder {
        /// The [`SmartTopic`](super::SmartTopic).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::SmartTopic {
            super::SmartTopic {
                topic_id: self.topic_id,
                topic_name: self.topic_name,
                topic_time: self.topic_time,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`SmartTopicTime`](super::SmartTopicTime): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SmartTopicTimeBuilder {
        pub(crate) pid: ::std::option::Option<::std::string::String>,
        pub(crate) start_time: ::std::option::Option<::std::string::String>,
        pub(crate) end_time: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for SmartTopicTimeBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SmartTopicTimeBuilder)).finish_non_exhaustive()
        }
    }
    impl SmartTopicTimeBuilder {
        /// Sets [`pid`](super::SmartTopicTime::pid).
        ///
        /// Optional.
        pub fn pid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.pid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`start_time`](super::SmartTopicTime::start_time).
        ///
        /// Optional.
        pub fn start_time(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.start_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`end_time`](super::SmartTopicTime::end_time).
        ///
        /// Optional.
        pub fn end_time(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.end_time = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl SmartTopicTimeBuilder {
        /// The [`SmartTopicTime`](super::SmartTopicTime).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::SmartTopicTime {
            super::SmartTopicTime {
                pid: self.pid,
                start_time: self.start_time,
                end_time: self.end_time,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Code generation's plumbing, not API: the markers of required fields not set yet
    /// (`missing::<model>::<field>`) and the traits `build()` requires of the set ones.
    #[doc(hidden)]
    pub mod missing {
        /// The required fields of [`GetSmartChaptersRequest`](super::super::GetSmartChaptersRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_smart_chapters_request {
            /// `operator_id` of [`GetSmartChaptersRequest`](super::super::super::GetSmartChaptersRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `GetSmartChaptersRequest` is not set",
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
            /// `operator_id_type` of [`GetSmartChaptersRequest`](super::super::super::GetSmartChaptersRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `GetSmartChaptersRequest` is not set",
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
            /// `record_file_id` of [`GetSmartChaptersRequest`](super::super::super::GetSmartChaptersRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct record_file_id;
            /// What `build()` requires of `record_file_id`: implemented for the field's type alone, never for the marker [`record_file_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `record_file_id` of `GetSmartChaptersRequest` is not set",
                label = "`record_file_id` is not set",
                note = "call `.record_file_id(...)` before `.build()`"
            )]
            pub trait RecordFileIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> RecordFileIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`GetSmartChaptersResponse`](super::super::GetSmartChaptersResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_smart_chapters_response {}
        /// The required fields of [`GetSmartFullSummaryRequest`](super::super::GetSmartFullSummaryRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_smart_full_summary_request {
            /// `operator_id` of [`GetSmartFullSummaryRequest`](super::super::super::GetSmartFullSummaryRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `GetSmartFullSummaryRequest` is not set",
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
            /// `operator_id_type` of [`GetSmartFullSummaryRequest`](super::super::super::GetSmartFullSummaryRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `GetSmartFullSummaryRequest` is not set",
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
            /// `record_file_id` of [`GetSmartFullSummaryRequest`](super::super::super::GetSmartFullSummaryRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct record_file_id;
            /// What `build()` requires of `record_file_id`: implemented for the field's type alone, never for the marker [`record_file_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `record_file_id` of `GetSmartFullSummaryRequest` is not set",
                label = "`record_file_id` is not set",
                note = "call `.record_file_id(...)` before `.build()`"
            )]
            pub trait RecordFileIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> RecordFileIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`GetSmartFullSummaryResponse`](super::super::GetSmartFullSummaryResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_smart_full_summary_response {}
        /// The required fields of [`GetSmartTopicsRequest`](super::super::GetSmartTopicsRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_smart_topics_request {
            /// `operator_id` of [`GetSmartTopicsRequest`](super::super::super::GetSmartTopicsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `GetSmartTopicsRequest` is not set",
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
            /// `operator_id_type` of [`GetSmartTopicsRequest`](super::super::super::GetSmartTopicsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `GetSmartTopicsRequest` is not set",
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
            /// `record_file_id` of [`GetSmartTopicsRequest`](super::super::super::GetSmartTopicsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct record_file_id;
            /// What `build()` requires of `record_file_id`: implemented for the field's type alone, never for the marker [`record_file_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `record_file_id` of `GetSmartTopicsRequest` is not set",
                label = "`record_file_id` is not set",
                note = "call `.record_file_id(...)` before `.build()`"
            )]
            pub trait RecordFileIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> RecordFileIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`GetSmartTopicsResponse`](super::super::GetSmartTopicsResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_smart_topics_response {}
        /// The required fields of [`ListSmartSpeakersRequest`](super::super::ListSmartSpeakersRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod list_smart_speakers_request {
            /// `operator_id` of [`ListSmartSpeakersRequest`](super::super::super::ListSmartSpeakersRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `ListSmartSpeakersRequest` is not set",
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
            /// `operator_id_type` of [`ListSmartSpeakersRequest`](super::super::super::ListSmartSpeakersRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `ListSmartSpeakersRequest` is not set",
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
            /// `record_file_id` of [`ListSmartSpeakersRequest`](super::super::super::ListSmartSpeakersRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct record_file_id;
            /// What `build()` requires of `record_file_id`: implemented for the field's type alone, never for the marker [`record_file_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `record_file_id` of `ListSmartSpeakersRequest` is not set",
                label = "`record_file_id` is not set",
                note = "call `.record_file_id(...)` before `.build()`"
            )]
            pub trait RecordFileIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> RecordFileIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `page` of [`ListSmartSpeakersRequest`](super::super::super::ListSmartSpeakersRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct page;
            /// What `build()` requires of `page`: implemented for the field's type alone, never for the marker [`page`].
            #[diagnostic::on_unimplemented(
                message = "the required field `page` of `ListSmartSpeakersRequest` is not set",
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
            /// `page_size` of [`ListSmartSpeakersRequest`](super::super::super::ListSmartSpeakersRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct page_size;
            /// What `build()` requires of `page_size`: implemented for the field's type alone, never for the marker [`page_size`].
            #[diagnostic::on_unimplemented(
                message = "the required field `page_size` of `ListSmartSpeakersRequest` is not set",
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
        }
        /// The required fields of [`ListSmartSpeakersResponse`](super::super::ListSmartSpeakersResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod list_smart_speakers_response {}
        /// The required fields of [`SmartChapter`](super::super::SmartChapter) not set yet.
        #[allow(non_camel_case_types)]
        pub mod smart_chapter {}
        /// The required fields of [`SmartSpeaker`](super::super::SmartSpeaker) not set yet.
        #[allow(non_camel_case_types)]
        pub mod smart_speaker {}
        /// The required fields of [`SmartSpeakerTime`](super::super::SmartSpeakerTime) not set yet.
        #[allow(non_camel_case_types)]
        pub mod smart_speaker_time {}
        /// The required fields of [`SmartTopic`](super::super::SmartTopic) not set yet.
        #[allow(non_camel_case_types)]
        pub mod smart_topic {}
        /// The required fields of [`SmartTopicTime`](super::super::SmartTopicTime) not set yet.
        #[allow(non_camel_case_types)]
        pub mod smart_topic_time {}
    }
}
/// What kind of ID `speaker_id` is (发言人 ID 类型). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum SpeakerIdType {
    /// An enterprise userid (userid) (code 1).
    Userid,
    /// An OAuth 2.0 openid (openid) (code 2).
    OpenId,
    /// A temporary ID (temp_id), given to speakers of uploaded recordings that cannot be mapped to a userid and to users outside the enterprise (code 6).
    TempId,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl SpeakerIdType {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[Self::Userid, Self::OpenId, Self::TempId];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Userid => 1u32,
            Self::OpenId => 2u32,
            Self::TempId => 6u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            1u32 => Self::Userid,
            2u32 => Self::OpenId,
            6u32 => Self::TempId,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Userid => ::std::option::Option::Some("An enterprise userid (userid)"),
            Self::OpenId => ::std::option::Option::Some("An OAuth 2.0 openid (openid)"),
            Self::TempId => {
                ::std::option::Option::Some(
                    "A temporary ID (temp_id), given to speakers of uploaded recordings that cannot be mapped to a userid and to users outside the enterprise",
                )
            }
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(SpeakerIdType);
/// Language to translate smart minutes into (翻译类型); absent: the original (默认原文展示). Any other string is accepted.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum TranslationLang {
    /// The original, untranslated (原文,不翻译) (`default`).
    Original,
    /// Simplified Chinese (简体中文) (`zh`).
    Chinese,
    /// English (英文) (`en`).
    English,
    /// Japanese (日语) (`ja`).
    Japanese,
    /// A value the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(::std::string::String),
}
impl TranslationLang {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[
        Self::Original,
        Self::Chinese,
        Self::English,
        Self::Japanese,
    ];
    /// The code on the wire.
    pub fn code(&self) -> &str {
        match self {
            Self::Original => "default",
            Self::Chinese => "zh",
            Self::English => "en",
            Self::Japanese => "ja",
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub fn from_code(code: &str) -> Self {
        match code {
            "default" => Self::Original,
            "zh" => Self::Chinese,
            "en" => Self::English,
            "ja" => Self::Japanese,
            other => Self::Other(other.to_owned()),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub fn label(&self) -> ::std::option::Option<&'static str> {
        match self.code() {
            "default" => {
                ::std::option::Option::Some(
                    "The original, untranslated (原文,不翻译)",
                )
            }
            "zh" => ::std::option::Option::Some("Simplified Chinese (简体中文)"),
            "en" => ::std::option::Option::Some("English (英文)"),
            "ja" => ::std::option::Option::Some("Japanese (日语)"),
            _ => ::std::option::Option::None,
        }
    }
}
crate::code_list::string_code_list_impls!(TranslationLang);
/// `GET /v1/smart/chapters`: Get the smart chapters of a cloud recording (智能章节).
///
/// - path parameters: none
/// - request: [`GetSmartChaptersRequest`](crate::smart::GetSmartChaptersRequest), in the query string (no body)
/// - response: [`GetSmartChaptersResponse`](crate::smart::GetSmartChaptersResponse)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: accepts OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/105658); the official SDKs call it `V1SmartChaptersGet`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct GetSmartChapters;
impl crate::Endpoint for GetSmartChapters {
    const NAME: &'static str = "get_smart_chapters";
    const METHOD: crate::Method = crate::Method::Get;
    const PATH_TEMPLATE: &'static str = "/v1/smart/chapters";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = true;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = ();
    type Request = crate::smart::GetSmartChaptersRequest;
    type Response = crate::smart::GetSmartChaptersResponse;
}
impl crate::EncodeRequest for crate::smart::GetSmartChaptersRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        query.pair("operator_id", &self.operator_id);
        query.pair("operator_id_type", &self.operator_id_type);
        query.pair("record_file_id", &self.record_file_id);
        if let ::std::option::Option::Some(value) = &self.lang {
            query.pair("lang", value);
        }
        if let ::std::option::Option::Some(value) = &self.pwd {
            query.pair("pwd", value);
        }
        ::std::result::Result::Ok(query.finish())
    }
}
/// `GET /v1/smart/fullsummary`: Get the smart summary of a cloud recording (智能总结).
///
/// - path parameters: none
/// - request: [`GetSmartFullSummaryRequest`](crate::smart::GetSmartFullSummaryRequest), in the query string (no body)
/// - response: [`GetSmartFullSummaryResponse`](crate::smart::GetSmartFullSummaryResponse)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: accepts OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/105661); the official SDKs call it `V1SmartFullsummaryGet`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct GetSmartFullSummary;
impl crate::Endpoint for GetSmartFullSummary {
    const NAME: &'static str = "get_smart_full_summary";
    const METHOD: crate::Method = crate::Method::Get;
    const PATH_TEMPLATE: &'static str = "/v1/smart/fullsummary";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = true;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = ();
    type Request = crate::smart::GetSmartFullSummaryRequest;
    type Response = crate::smart::GetSmartFullSummaryResponse;
}
impl crate::EncodeRequest for crate::smart::GetSmartFullSummaryRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        query.pair("operator_id", &self.operator_id);
        query.pair("operator_id_type", &self.operator_id_type);
        query.pair("record_file_id", &self.record_file_id);
        if let ::std::option::Option::Some(value) = &self.lang {
            query.pair("lang", value);
        }
        if let ::std::option::Option::Some(value) = &self.pwd {
            query.pair("pwd", value);
        }
        ::std::result::Result::Ok(query.finish())
    }
}
/// `GET /v1/smart/topics`: Get the smart topics of a cloud recording (智能话题).
///
/// - path parameters: none
/// - request: [`GetSmartTopicsRequest`](crate::smart::GetSmartTopicsRequest), in the query string (no body)
/// - response: [`GetSmartTopicsResponse`](crate::smart::GetSmartTopicsResponse)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: accepts OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/105660); the official SDKs call it `V1SmartTopicsGet`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct GetSmartTopics;
impl crate::Endpoint for GetSmartTopics {
    const NAME: &'static str = "get_smart_topics";
    const METHOD: crate::Method = crate::Method::Get;
    const PATH_TEMPLATE: &'static str = "/v1/smart/topics";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = true;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = ();
    type Request = crate::smart::GetSmartTopicsRequest;
    type Response = crate::smart::GetSmartTopicsResponse;
}
impl crate::EncodeRequest for crate::smart::GetSmartTopicsRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        query.pair("operator_id", &self.operator_id);
        query.pair("operator_id_type", &self.operator_id_type);
        query.pair("record_file_id", &self.record_file_id);
        if let ::std::option::Option::Some(value) = &self.lang {
            query.pair("lang", value);
        }
        if let ::std::option::Option::Some(value) = &self.pwd {
            query.pair("pwd", value);
        }
        ::std::result::Result::Ok(query.finish())
    }
}
/// `GET /v1/smart/speakers`: List the speakers of a cloud recording, page by page (智能发言人).
///
/// - path parameters: none
/// - request: [`ListSmartSpeakersRequest`](crate::smart::ListSmartSpeakersRequest), in the query string (no body)
/// - response: [`ListSmartSpeakersResponse`](crate::smart::ListSmartSpeakersResponse)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: accepts OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: by page number (`page`, `page_size`), the items in `speaker_list` ([`Paged`](crate::Paged))
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/105659); the official SDKs call it `V1SmartSpeakersGet`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ListSmartSpeakers;
impl crate::Endpoint for ListSmartSpeakers {
    const NAME: &'static str = "list_smart_speakers";
    const METHOD: crate::Method = crate::Method::Get;
    const PATH_TEMPLATE: &'static str = "/v1/smart/speakers";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = true;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = ();
    type Request = crate::smart::ListSmartSpeakersRequest;
    type Response = crate::smart::ListSmartSpeakersResponse;
}
impl crate::EncodeRequest for crate::smart::ListSmartSpeakersRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        query.pair("operator_id", &self.operator_id);
        query.pair("operator_id_type", &self.operator_id_type);
        query.pair("record_file_id", &self.record_file_id);
        if let ::std::option::Option::Some(value) = &self.pwd {
            query.pair("pwd", value);
        }
        query.pair("page", &self.page);
        query.pair("page_size", &self.page_size);
        ::std::result::Result::Ok(query.finish())
    }
}
impl crate::Paged for ListSmartSpeakers {
    type Item = crate::smart::SmartSpeaker;
    fn items(response: Self::Response) -> ::std::vec::Vec<Self::Item> {
        crate::paging::Items::into_items(response.speaker_list)
    }
    fn next_request(
        request: &Self::Request,
        response: &Self::Response,
    ) -> ::std::option::Option<Self::Request> {
        let page = crate::paging::page_after(
            crate::paging::Number::number(&request.page),
            crate::paging::Number::number(&request.page_size),
            crate::paging::Items::count(&response.speaker_list),
            ::std::option::Option::None,
            crate::paging::Number::number(&response.total_count),
        )?;
        let mut next = ::std::clone::Clone::clone(request);
        next.page = crate::paging::Number::from_number(page)?;
        ::std::option::Option::Some(next)
    }
}
impl crate::ResponseBody for crate::smart::GetSmartChaptersResponse {
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
impl crate::ResponseBody for crate::smart::GetSmartFullSummaryResponse {
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
impl crate::ResponseBody for crate::smart::GetSmartTopicsResponse {
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
impl crate::ResponseBody for crate::smart::ListSmartSpeakersResponse {
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
    /// JSON Schema (Draft-07, self-contained) of [`GetSmartChaptersRequest`](crate::smart::GetSmartChaptersRequest), bundled from `schemas/smart/get-smart-chapters.request.json`.
    pub const GET_SMART_CHAPTERS_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetSmartChaptersRequest",
  "definitions": {
    "GetSmartChaptersRequest": {
      "title": "GetSmartChaptersRequest",
      "description": "Query string of `GET /v1/smart/chapters`: the smart chapters of one cloud recording (智能章节). Supports OAuth 2.0; only for business, enterprise and education editions (仅支持授权用户为商业版、企业版、教育版). Not available while the recording's smart features are off or the content is still being generated (当该录制文件未开启相关智能化功能或内容处于生成中状态时,不支持调用).",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type",
        "record_file_id"
      ],
      "examples": [
        {
          "record_file_id": "17772xxxxxxxx34688",
          "operator_id_type": 1,
          "operator_id": "xxxx"
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
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "record_file_id": {
          "description": "ID of the recording file (录制文件 ID), as the recording list returns it.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "lang": {
          "description": "Language to translate into (翻译类型); the original when absent.",
          "$ref": "#/definitions/TranslationLang"
        },
        "pwd": {
          "description": "Access password of the recording file (录制文件的访问密码), when it has one.",
          "type": "string",
          "x-sensitive": true
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
    "TranslationLang": {
      "title": "TranslationLang",
      "description": "Language to translate smart minutes into (翻译类型); absent: the original (默认原文展示). Any other string is accepted.",
      "type": "string",
      "anyOf": [
        {
          "const": "default",
          "title": "Original",
          "description": "The original, untranslated (原文,不翻译)"
        },
        {
          "const": "zh",
          "title": "Chinese",
          "description": "Simplified Chinese (简体中文)"
        },
        {
          "const": "en",
          "title": "English",
          "description": "English (英文)"
        },
        {
          "const": "ja",
          "title": "Japanese",
          "description": "Japanese (日语)"
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
    /// JSON Schema (Draft-07, self-contained) of [`GetSmartChaptersResponse`](crate::smart::GetSmartChaptersResponse), bundled from `schemas/smart/get-smart-chapters.response.json`.
    pub const GET_SMART_CHAPTERS_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetSmartChaptersResponse",
  "definitions": {
    "GetSmartChaptersResponse": {
      "title": "GetSmartChaptersResponse",
      "description": "Body of a successful `GET /v1/smart/chapters`: the smart chapters of a recording (智能章节). Lenient: nothing is required and unknown fields are kept.",
      "type": "object",
      "examples": [
        {
          "chapter_list": [
            {
              "chapter_id": "C17772xxxxxxxxxxxxxxx688",
              "chapter_name": "6IW+xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxO5YiG5Lqr",
              "pic_url": "https://myqcloud.com/fast_record_image/xxxxx",
              "start_time": "3190"
            }
          ]
        }
      ],
      "properties": {
        "chapter_list": {
          "description": "The recording's smart chapters (录制文件的智能章节列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/SmartChapter"
          }
        }
      },
      "x-keep-unknown": true
    },
    "SmartChapter": {
      "title": "SmartChapter",
      "description": "A smart chapter of a recording (ChapterList 对象).",
      "type": "object",
      "properties": {
        "chapter_id": {
          "description": "Unique ID of the chapter (章节唯一 ID).",
          "type": "string"
        },
        "chapter_name": {
          "description": "Topic of the chapter, base64-encoded (章节主题,返回 base64 编码后的结果).",
          "type": "string"
        },
        "pic_url": {
          "description": "Address of the chapter's cover image (章节封面图片 url).",
          "type": "string"
        },
        "start_time": {
          "description": "Where the chapter starts in the video or audio, in milliseconds (章节开始的时间,单位毫秒), as a string of digits.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`GetSmartFullSummaryRequest`](crate::smart::GetSmartFullSummaryRequest), bundled from `schemas/smart/get-smart-full-summary.request.json`.
    pub const GET_SMART_FULL_SUMMARY_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetSmartFullSummaryRequest",
  "definitions": {
    "GetSmartFullSummaryRequest": {
      "title": "GetSmartFullSummaryRequest",
      "description": "Query string of `GET /v1/smart/fullsummary`: the smart summary of one cloud recording (智能总结). Supports OAuth 2.0; only for business, enterprise and education editions (仅支持授权用户为商业版、企业版、教育版). Not available while the recording's smart features are off or the content is still being generated (当该录制文件未开启相关智能化功能或内容处于生成中状态时,不支持调用).",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type",
        "record_file_id"
      ],
      "examples": [
        {
          "record_file_id": "17453xxxxxxxxx34913",
          "operator_id_type": 1,
          "operator_id": "xxxxx"
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
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "record_file_id": {
          "description": "ID of the recording file (录制文件 ID), as the recording list returns it.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "lang": {
          "description": "Language to translate into (翻译类型); the original when absent.",
          "$ref": "#/definitions/TranslationLang"
        },
        "pwd": {
          "description": "Access password of the recording file (录制文件的访问密码), when it has one.",
          "type": "string",
          "x-sensitive": true
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
    "TranslationLang": {
      "title": "TranslationLang",
      "description": "Language to translate smart minutes into (翻译类型); absent: the original (默认原文展示). Any other string is accepted.",
      "type": "string",
      "anyOf": [
        {
          "const": "default",
          "title": "Original",
          "description": "The original, untranslated (原文,不翻译)"
        },
        {
          "const": "zh",
          "title": "Chinese",
          "description": "Simplified Chinese (简体中文)"
        },
        {
          "const": "en",
          "title": "English",
          "description": "English (英文)"
        },
        {
          "const": "ja",
          "title": "Japanese",
          "description": "Japanese (日语)"
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
    /// JSON Schema (Draft-07, self-contained) of [`GetSmartFullSummaryResponse`](crate::smart::GetSmartFullSummaryResponse), bundled from `schemas/smart/get-smart-full-summary.response.json`.
    pub const GET_SMART_FULL_SUMMARY_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetSmartFullSummaryResponse",
  "definitions": {
    "GetSmartFullSummaryResponse": {
      "title": "GetSmartFullSummaryResponse",
      "description": "Body of a successful `GET /v1/smart/fullsummary`: the smart summary of a recording (智能总结). Lenient: nothing is required and unknown fields are kept.",
      "type": "object",
      "examples": [
        {
          "ai_summary": "5Lya6K6u5Li76KaB6K6y6L+w5LqG5Zyo5aSE5xxxxxxxxxxxxxxxxxxx6c77yM6ICM5piv6KaB5Li75Yqo5Y676Kej5Yaz6Zeu6aKY44CC5ZCM5pe277yM5o+Q5Yiw5LqG5LiA5Liq5Zy65pmv77yM5Y2z5Zyo5oSP6K+G5Zy65pmv5LiL77yM5pyJ5LiA5LiqYnVn77yM5b2T6YGH5Yiw5oGQ5oCW54K55pe277yM5Y+v6IO95Lya5Y+Y5b6X6Zq+5Lul55yL5Yiw44CC5q2k5aSW77yM6L+Y5o+Q5Yiw5LqG5LiA5Liq5Lia5Yqh6Zeu6aKY77yM5Y2z5pWw5o2u5LiO5oiR5Lus5LiN5ZCM77yM5a+86Ie05bel5L2c6YeP6L6D5aSn44CC5pyA5ZCO77yM6K6y5Yiw5LqG5LiA5Liq566h55CG5ZGY55qE6Zeu6aKY77yM5Y2z5Zyo57uf5LiA5LmL5YmN5Y+v5Lul5bCd6K+V6L+H77yM5L2G546w5Zyo5LiN5YWB6K6444CC"
        }
      ],
      "properties": {
        "ai_summary": {
          "description": "The smart summary, base64-encoded (智能总结内容,返回 base64 编码后结果).",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`GetSmartTopicsRequest`](crate::smart::GetSmartTopicsRequest), bundled from `schemas/smart/get-smart-topics.request.json`.
    pub const GET_SMART_TOPICS_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetSmartTopicsRequest",
  "definitions": {
    "GetSmartTopicsRequest": {
      "title": "GetSmartTopicsRequest",
      "description": "Query string of `GET /v1/smart/topics`: the smart topics of one cloud recording (智能话题). Supports OAuth 2.0; only for business, enterprise and education editions (仅支持授权用户为商业版、企业版、教育版). Not available while the recording's smart features are off or the content is still being generated (当该录制文件未开启相关智能化功能或内容处于生成中状态时,不支持调用).",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type",
        "record_file_id"
      ],
      "examples": [
        {
          "record_file_id": "174532xxxxxxxx34913",
          "operator_id_type": 1,
          "operator_id": "xxxxxx"
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
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "record_file_id": {
          "description": "ID of the recording file (录制文件 ID), as the recording list returns it.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "lang": {
          "description": "Language to translate into (翻译类型); the original when absent.",
          "$ref": "#/definitions/TranslationLang"
        },
        "pwd": {
          "description": "Access password of the recording file (录制文件的访问密码), when it has one.",
          "type": "string",
          "x-sensitive": true
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
    "TranslationLang": {
      "title": "TranslationLang",
      "description": "Language to translate smart minutes into (翻译类型); absent: the original (默认原文展示). Any other string is accepted.",
      "type": "string",
      "anyOf": [
        {
          "const": "default",
          "title": "Original",
          "description": "The original, untranslated (原文,不翻译)"
        },
        {
          "const": "zh",
          "title": "Chinese",
          "description": "Simplified Chinese (简体中文)"
        },
        {
          "const": "en",
          "title": "English",
          "description": "English (英文)"
        },
        {
          "const": "ja",
          "title": "Japanese",
          "description": "Japanese (日语)"
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
    /// JSON Schema (Draft-07, self-contained) of [`GetSmartTopicsResponse`](crate::smart::GetSmartTopicsResponse), bundled from `schemas/smart/get-smart-topics.response.json`.
    pub const GET_SMART_TOPICS_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetSmartTopicsResponse",
  "definitions": {
    "GetSmartTopicsResponse": {
      "title": "GetSmartTopicsResponse",
      "description": "Body of a successful `GET /v1/smart/topics`: the smart topics of a recording (智能话题). Lenient: nothing is required and unknown fields are kept.",
      "type": "object",
      "examples": [
        {
          "ai_topic_list": [
            {
              "topic_id": "93fc0xxxxxxxxxxxxxx33133",
              "topic_name": "5Lixxxxxxxxxx6R",
              "topic_time": [
                {
                  "pid": "4",
                  "start_time": "311319",
                  "end_time": "405579"
                },
                {
                  "pid": "5",
                  "start_time": "405579",
                  "end_time": "590079"
                }
              ]
            }
          ]
        }
      ],
      "properties": {
        "ai_topic_list": {
          "description": "The recording's smart topics (录制文件的智能话题列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/SmartTopic"
          }
        }
      },
      "x-keep-unknown": true
    },
    "SmartTopic": {
      "title": "SmartTopic",
      "description": "A smart topic of a recording (AiTopicList 对象).",
      "type": "object",
      "properties": {
        "topic_id": {
          "description": "Unique ID of the topic (话题唯一 ID).",
          "type": "string"
        },
        "topic_name": {
          "description": "Subject of the topic, base64-encoded (话题主题,返回 base64 编码后的结果).",
          "type": "string"
        },
        "topic_time": {
          "description": "The paragraphs and time spans of the topic (话题的发言段落及时间段).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/SmartTopicTime"
          }
        }
      },
      "x-keep-unknown": true
    },
    "SmartTopicTime": {
      "title": "SmartTopicTime",
      "description": "A paragraph of a topic and its time span (TopicTime 对象).",
      "type": "object",
      "properties": {
        "pid": {
          "description": "Paragraph ID (段落 ID).",
          "type": "string"
        },
        "start_time": {
          "description": "When the topic starts, in milliseconds (话题开始时间,单位毫秒), as a string of digits.",
          "type": "string"
        },
        "end_time": {
          "description": "When the topic ends, in milliseconds (话题结束时间,单位毫秒), as a string of digits.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`ListSmartSpeakersRequest`](crate::smart::ListSmartSpeakersRequest), bundled from `schemas/smart/list-smart-speakers.request.json`.
    pub const LIST_SMART_SPEAKERS_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/ListSmartSpeakersRequest",
  "definitions": {
    "ListSmartSpeakersRequest": {
      "title": "ListSmartSpeakersRequest",
      "description": "Query string of `GET /v1/smart/speakers`: the speakers of one cloud recording, page by page (智能发言人). Supports OAuth 2.0; only for business, enterprise and education editions (仅支持授权用户为商业版、企业版、教育版). Not available while the recording's smart features are off or the content is still being generated (当该录制文件未开启相关智能化功能或内容处于生成中状态时,不支持调用).",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type",
        "record_file_id",
        "page",
        "page_size"
      ],
      "examples": [
        {
          "record_file_id": "178xxxxxxxxx281",
          "operator_id_type": 1,
          "operator_id": "xxxx",
          "page": 1,
          "page_size": 10
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
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "record_file_id": {
          "description": "ID of the recording file (录制文件 ID), as the recording list returns it.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "pwd": {
          "description": "Access password of the recording file (录制文件的访问密码), when it has one.",
          "type": "string",
          "x-sensitive": true
        },
        "page": {
          "description": "Page number (页码), from 1 (从 1 开始).",
          "type": "integer",
          "minimum": 1
        },
        "page_size": {
          "description": "Speakers per page (返回数量), at most 50 (最大 50).",
          "type": "integer",
          "maximum": 50
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
    /// JSON Schema (Draft-07, self-contained) of [`ListSmartSpeakersResponse`](crate::smart::ListSmartSpeakersResponse), bundled from `schemas/smart/list-smart-speakers.response.json`.
    pub const LIST_SMART_SPEAKERS_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/ListSmartSpeakersResponse",
  "definitions": {
    "ListSmartSpeakersResponse": {
      "title": "ListSmartSpeakersResponse",
      "description": "Body of a successful `GET /v1/smart/speakers`: one page of a recording's speakers (智能发言人). The retrieved page is cut off inside the input example: this example follows the tables. Lenient: nothing is required and unknown fields are kept.",
      "type": "object",
      "examples": [
        {
          "total_count": 1,
          "speaker_list": [
            {
              "speaker_id_type": 1,
              "speaker_id": "user1",
              "speaker_name": "5byg5LiJ",
              "total_time": 95000,
              "ms_open_id": "MTIzNDU2Nzg=",
              "speaker_time": [
                {
                  "sid": "1",
                  "start_time": "3190",
                  "end_time": "98190"
                }
              ]
            }
          ]
        }
      ],
      "properties": {
        "total_count": {
          "description": "Number of speakers in all pages (发言人总数).",
          "type": "integer"
        },
        "speaker_list": {
          "description": "The recording's speakers on this page (录制文件的智能发言人列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/SmartSpeaker"
          }
        }
      },
      "x-keep-unknown": true
    },
    "SmartSpeaker": {
      "title": "SmartSpeaker",
      "description": "A speaker of a recording (SpeakerList 对象).",
      "type": "object",
      "properties": {
        "speaker_id_type": {
          "description": "Type of `speaker_id` (发言人 ID 类型).",
          "$ref": "#/definitions/SpeakerIdType"
        },
        "speaker_id": {
          "description": "ID of the speaker (发言人 ID): a userid, an openid or a temporary ID, as `speaker_id_type` says.",
          "type": "string"
        },
        "speaker_name": {
          "description": "Name of the speaker, base64-encoded (发言人名称,返回 Base64 编码后的结果).",
          "type": "string"
        },
        "total_time": {
          "description": "How long the speaker spoke in all, in milliseconds (发言总时长,单位毫秒).",
          "type": "integer"
        },
        "speaker_time": {
          "description": "When the speaker spoke (发言时间段).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/SmartSpeakerTime"
          }
        },
        "ms_open_id": {
          "description": "The member's temporary ID in the meeting, base64-encoded (会议中为每个参会成员授予的临时 ID,返回 Base64 编码后的结果); unique within one meeting only.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    },
    "SmartSpeakerTime": {
      "title": "SmartSpeakerTime",
      "description": "A span in which the speaker spoke (SpeakerTime 对象).",
      "type": "object",
      "properties": {
        "sid": {
          "description": "ID of the sentence (发言语句 ID).",
          "type": "string"
        },
        "start_time": {
          "description": "When the sentence starts, in milliseconds (发言开始时间,单位毫秒), as a string of digits.",
          "type": "string"
        },
        "end_time": {
          "description": "When the sentence ends, in milliseconds (发言结束时间,单位毫秒), as a string of digits.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    },
    "SpeakerIdType": {
      "title": "SpeakerIdType",
      "description": "What kind of ID `speaker_id` is (发言人 ID 类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "Userid",
          "description": "An enterprise userid (userid)"
        },
        {
          "const": 2,
          "title": "OpenId",
          "description": "An OAuth 2.0 openid (openid)"
        },
        {
          "const": 6,
          "title": "TempId",
          "description": "A temporary ID (temp_id), given to speakers of uploaded recordings that cannot be mapped to a userid and to users outside the enterprise"
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

// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! Telephone call-out (PSTN 外呼): call phones into a meeting and cancel those calls.
//!
//! The `pstn` service of the official SDKs: its endpoints' marker types, requests, responses and code lists, from `schemas/pstn/`. Compiled with the cargo feature `pstn`.
//!
//! The PSTN service (PSTN 管理, SDK service pstn): call phones into a meeting and cancel those calls. Both are AK/SK only. The other PSTN pages (call-out status, PSTN ms_open_id, call-detail export) are not in the SDKs. Outcomes arrive as the event `meeting.phone.participant-status-updated` (events/meeting-phone-participant-status-updated.json).
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
#[allow(unused_imports)]
use super::root::*;
/// Path parameters of `POST /v1/meeting/{meeting_id}/phone/callout` (the docs spell the parameter `{meeting_id}`).
///
/// Generated from `schemas/pstn/call-out-phones.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct CallOutPhonesPath {
    /// ID of the meeting (会议 ID), `{meeting_id}` in the docs' URL.
    ///
    /// Wire name `meeting_id`, required.
    /// Rules: not empty.
    pub meeting_id: ::std::string::String,
}
impl CallOutPhonesPath {
    /// A builder of [`CallOutPhonesPath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::CallOutPhonesPathBuilder {
        builders::CallOutPhonesPathBuilder {
            meeting_id: builders::missing::call_out_phones_path::meeting_id,
        }
    }
    /// A `CallOutPhonesPath` with [`meeting_id`](Self::meeting_id) set and every optional field absent.
    pub fn new(meeting_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self::builder().meeting_id(meeting_id).build()
    }
}
impl CallOutPhonesPath {
    /// `meeting_id`: fewest characters (1).
    pub const MEETING_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for CallOutPhonesPath {
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
impl crate::Validate for CallOutPhonesPath {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of `POST /v1/meeting/{meeting_id}/phone/callout`: call phones into a meeting (批量外呼). The meeting's creator, hosts and co-hosts may call; the call returns at once and the outcome arrives through the call-out status query and the event `meeting.phone.participant-status-updated`. Works before the meeting starts and during it, up to 30 numbers per call (每次调用支持批量外呼30路), including numbers abroad and extensions; in a webinar, guests in preparation mode and attendees during it. Needs a telephone-conference service package (电话会议服务包). AK/SK only (鉴权方式:AK/SK 鉴权). `calling_party_area` and `calling_party_phone_number` are not in the page's table: transcribed from the SDK. The example follows the table (the page's was not retrievable).
///
/// Generated from `schemas/pstn/call-out-phones.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct CallOutPhonesRequest {
    /// ID of the operator (操作者 ID): the meeting's creator, a host or a co-host (会议创建者、主持人、联席主持人); what it is depends on `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 enterprise userid, the only type the page lists (its example sends 2).
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
    /// The numbers to call (外呼的电话号码对象数组), at most 30 per call (每次调用支持批量外呼30路).
    ///
    /// Wire name `phone_numbers`, required.
    /// Rules: at most 30 entries.
    pub phone_numbers: ::std::vec::Vec<PstnCalloutTarget>,
}
impl CallOutPhonesRequest {
    /// A builder of [`CallOutPhonesRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::CallOutPhonesRequestBuilder {
        builders::CallOutPhonesRequestBuilder {
            operator_id: builders::missing::call_out_phones_request::operator_id,
            operator_id_type: builders::missing::call_out_phones_request::operator_id_type,
            phone_numbers: builders::missing::call_out_phones_request::phone_numbers,
        }
    }
}
impl CallOutPhonesRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `phone_numbers`: most entries (30).
    pub const PHONE_NUMBERS_MAX_ITEMS: usize = 30usize;
}
impl crate::validate::ValidateAt for CallOutPhonesRequest {
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
            let value = &self.phone_numbers;
            let path = crate::validate::FieldPath::child_of(
                at,
                "phone_numbers",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::count(value.len(), 0usize, 30usize))?;
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
impl crate::Validate for CallOutPhonesRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `POST /v1/meeting/{meeting_id}/phone/callout`: the numbers called and those refused (成功外呼 / 不合法的外呼电话号码). The SDK types both lists with one item type (area, phone, extension); the page adds `status` to the numbers called and `error_msg` to those refused. The example is written from the table (the page's was not retrievable). Lenient: nothing required, unknown fields kept.
///
/// Generated from `schemas/pstn/call-out-phones.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct CallOutPhonesResponse {
    /// Meeting ID (会议的唯一 ID).
    ///
    /// Wire name `meeting_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_id: ::std::option::Option<::std::string::String>,
    /// The numbers called (成功外呼的电话号码对象数组).
    ///
    /// Wire name `phone_numbers`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub phone_numbers: ::std::option::Option<::std::vec::Vec<PstnCalledPhoneNumber>>,
    /// The numbers refused (不合法的外呼电话号码对象数组).
    ///
    /// Wire name `invalid_phone_numbers`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub invalid_phone_numbers: ::std::option::Option<
        ::std::vec::Vec<PstnPhoneNumberFailure>,
    >,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl CallOutPhonesResponse {
    /// A builder of [`CallOutPhonesResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::CallOutPhonesResponseBuilder {
        builders::CallOutPhonesResponseBuilder {
            meeting_id: ::std::option::Option::None,
            phone_numbers: ::std::option::Option::None,
            invalid_phone_numbers: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for CallOutPhonesResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CallOutPhonesResponse")
            .field("meeting_id", &self.meeting_id)
            .field("phone_numbers", &self.phone_numbers)
            .field("invalid_phone_numbers", &self.invalid_phone_numbers)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Path parameters of `POST /v1/meeting/{meeting_id}/phone/cancelcall` (the docs spell the parameter `{meeting_id}`).
///
/// Generated from `schemas/pstn/cancel-phone-calls.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct CancelPhoneCallsPath {
    /// ID of the meeting (会议 ID), `{meeting_id}` in the docs' URL.
    ///
    /// Wire name `meeting_id`, required.
    /// Rules: not empty.
    pub meeting_id: ::std::string::String,
}
impl CancelPhoneCallsPath {
    /// A builder of [`CancelPhoneCallsPath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::CancelPhoneCallsPathBuilder {
        builders::CancelPhoneCallsPathBuilder {
            meeting_id: builders::missing::cancel_phone_calls_path::meeting_id,
        }
    }
    /// A `CancelPhoneCallsPath` with [`meeting_id`](Self::meeting_id) set and every optional field absent.
    pub fn new(meeting_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self::builder().meeting_id(meeting_id).build()
    }
}
impl CancelPhoneCallsPath {
    /// `meeting_id`: fewest characters (1).
    pub const MEETING_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for CancelPhoneCallsPath {
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
impl crate::Validate for CancelPhoneCallsPath {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of `POST /v1/meeting/{meeting_id}/phone/cancelcall`: cancel call-outs to phones (批量取消外呼). The meeting's creator, hosts and co-hosts may cancel, up to 50 numbers per call (每次调用支持批量取消50路), including numbers abroad and extensions. Cancelling is asynchronous: the outcome arrives through the event `meeting.phone.participant-status-updated` (取消呼叫为异步任务). AK/SK only. The retrieved page lost its 必选 column: requiredness follows the SDK and the example. The page's example sends `operator_id_type` 2 although its table lists only 1.
///
/// Generated from `schemas/pstn/cancel-phone-calls.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct CancelPhoneCallsRequest {
    /// ID of the operator (操作者 ID): the meeting's creator, a host or a co-host (会议创建者、主持人、联席主持人); what it is depends on `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 enterprise userid, the only type the page lists (its example sends 2).
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
    /// The numbers whose calls are cancelled (电话号码对象数组), at most 50 per call (每次调用支持批量取消50路).
    ///
    /// Wire name `phone_numbers`, required.
    /// Rules: at most 50 entries.
    pub phone_numbers: ::std::vec::Vec<PstnCancelTarget>,
}
impl CancelPhoneCallsRequest {
    /// A builder of [`CancelPhoneCallsRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::CancelPhoneCallsRequestBuilder {
        builders::CancelPhoneCallsRequestBuilder {
            operator_id: builders::missing::cancel_phone_calls_request::operator_id,
            operator_id_type: builders::missing::cancel_phone_calls_request::operator_id_type,
            phone_numbers: builders::missing::cancel_phone_calls_request::phone_numbers,
        }
    }
}
impl CancelPhoneCallsRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `phone_numbers`: most entries (50).
    pub const PHONE_NUMBERS_MAX_ITEMS: usize = 50usize;
}
impl crate::validate::ValidateAt for CancelPhoneCallsRequest {
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
            let value = &self.phone_numbers;
            let path = crate::validate::FieldPath::child_of(
                at,
                "phone_numbers",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::count(value.len(), 0usize, 50usize))?;
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
impl crate::Validate for CancelPhoneCallsRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `POST /v1/meeting/{meeting_id}/phone/cancelcall`: the cancellations accepted and refused (取消呼叫成功 / 失败的列表). The table names the lists `success_list` and `failed_list`, the page's example `SuccessList` and `FailedList`: both spellings are properties and both decode. The example is cut off on the page after the first failure's `error_msg`: closed here. Lenient: nothing required, unknown fields kept.
///
/// Generated from `schemas/pstn/cancel-phone-calls.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct CancelPhoneCallsResponse {
    /// Calls cancelled (取消呼叫成功的列表).
    ///
    /// Wire name `success_list`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub success_list: ::std::option::Option<::std::vec::Vec<PstnPhoneNumber>>,
    /// Calls that could not be cancelled, and why (取消呼叫失败的列表).
    ///
    /// Wire name `failed_list`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub failed_list: ::std::option::Option<::std::vec::Vec<PstnPhoneNumberFailure>>,
    /// `success_list` as the page's example spells it.
    ///
    /// Wire name `SuccessList`, optional.
    #[serde(
        rename = "SuccessList",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub success_list_pascal_case: ::std::option::Option<
        ::std::vec::Vec<PstnPhoneNumber>,
    >,
    /// `failed_list` as the page's example spells it.
    ///
    /// Wire name `FailedList`, optional.
    #[serde(
        rename = "FailedList",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub failed_list_pascal_case: ::std::option::Option<
        ::std::vec::Vec<PstnPhoneNumberFailure>,
    >,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl CancelPhoneCallsResponse {
    /// A builder of [`CancelPhoneCallsResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::CancelPhoneCallsResponseBuilder {
        builders::CancelPhoneCallsResponseBuilder {
            success_list: ::std::option::Option::None,
            failed_list: ::std::option::Option::None,
            success_list_pascal_case: ::std::option::Option::None,
            failed_list_pascal_case: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for CancelPhoneCallsResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CancelPhoneCallsResponse")
            .field("success_list", &self.success_list)
            .field("failed_list", &self.failed_list)
            .field("success_list_pascal_case", &self.success_list_pascal_case)
            .field("failed_list_pascal_case", &self.failed_list_pascal_case)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// A number called (PhoneNumbers 对象数组 of the output).
///
/// Generated from `schemas/pstn/call-out-phones.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct PstnCalledPhoneNumber {
    /// Telephone area code (电话区号): 86 Chinese mainland, 852 Hong Kong, China, 1 United States for now.
    ///
    /// Wire name `area`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub area: ::std::option::Option<i64>,
    /// Phone number or landline switchboard number (电话号码或固定电话总机号).
    ///
    /// Wire name `phone`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub phone: ::std::option::Option<::std::string::String>,
    /// Landline extension (固定电话分机号).
    ///
    /// Wire name `extension_number`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub extension_number: ::std::option::Option<::std::string::String>,
    /// Call-out status (外呼状态). The page lists no values here; the status event lists START_INVITE, START_ACCEPT, LEAVE_WITHOUT_ACCEPT, LEAVE_WITH_ACCEPTED and CANCLE_INVITE. The SDK does not list the field.
    ///
    /// Wire name `status`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl PstnCalledPhoneNumber {
    /// A builder of [`PstnCalledPhoneNumber`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::PstnCalledPhoneNumberBuilder {
        builders::PstnCalledPhoneNumberBuilder {
            area: ::std::option::Option::None,
            phone: ::std::option::Option::None,
            extension_number: ::std::option::Option::None,
            status: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for PstnCalledPhoneNumber {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PstnCalledPhoneNumber")
            .field("area", &self.area)
            .field("phone", &self.phone)
            .field("extension_number", &self.extension_number)
            .field("status", &self.status)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// A number to call into the meeting (PhoneNumbers 对象).
///
/// Generated from `schemas/pstn/call-out-phones.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct PstnCalloutTarget {
    /// Telephone area code (电话区号), e.g. 86 for the Chinese mainland (中国内地默认86); calls are supported only to the Chinese mainland (86), Hong Kong, China (852) and the United States (1) for now: left to the service.
    ///
    /// Wire name `area`, required.
    pub area: i64,
    /// Phone number or landline switchboard number (电话号码或固定电话总机号).
    ///
    /// Wire name `phone`, required.
    /// Rules: not empty; not only whitespace.
    pub phone: ::std::string::String,
    /// Landline extension (固定电话分机号).
    ///
    /// Wire name `extension_number`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub extension_number: ::std::option::Option<::std::string::String>,
    /// Name shown in the meeting (入会昵称).
    ///
    /// Wire name `nick_name`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub nick_name: ::std::option::Option<::std::string::String>,
    /// Area code of the calling number (主叫号码区号). Not in the page's table; from the SDK.
    ///
    /// Wire name `calling_party_area`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub calling_party_area: ::std::option::Option<i64>,
    /// The calling number shown to the callee (主叫号码). Not in the page's table; from the SDK.
    ///
    /// Wire name `calling_party_phone_number`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub calling_party_phone_number: ::std::option::Option<::std::string::String>,
}
impl PstnCalloutTarget {
    /// A builder of [`PstnCalloutTarget`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::PstnCalloutTargetBuilder {
        builders::PstnCalloutTargetBuilder {
            area: builders::missing::pstn_callout_target::area,
            phone: builders::missing::pstn_callout_target::phone,
            extension_number: ::std::option::Option::None,
            nick_name: ::std::option::Option::None,
            calling_party_area: ::std::option::Option::None,
            calling_party_phone_number: ::std::option::Option::None,
        }
    }
}
impl PstnCalloutTarget {
    /// `phone`: fewest characters (1).
    pub const PHONE_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for PstnCalloutTarget {
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
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for PstnCalloutTarget {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// A number whose call-out is cancelled (PhoneNumbers 对象).
///
/// Generated from `schemas/pstn/cancel-phone-calls.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct PstnCancelTarget {
    /// Telephone area code (电话区号), e.g. 86 for the Chinese mainland (中国内地默认86); calls are supported only to the Chinese mainland (86), Hong Kong, China (852) and the United States (1) for now: left to the service.
    ///
    /// Wire name `area`, required.
    pub area: i64,
    /// Phone number or landline switchboard number (电话号码或固定电话总机号).
    ///
    /// Wire name `phone`, required.
    /// Rules: not empty; not only whitespace.
    pub phone: ::std::string::String,
    /// Landline extension (固定电话分机号).
    ///
    /// Wire name `extension_number`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub extension_number: ::std::option::Option<::std::string::String>,
}
impl PstnCancelTarget {
    /// A builder of [`PstnCancelTarget`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::PstnCancelTargetBuilder {
        builders::PstnCancelTargetBuilder {
            area: builders::missing::pstn_cancel_target::area,
            phone: builders::missing::pstn_cancel_target::phone,
            extension_number: ::std::option::Option::None,
        }
    }
}
impl PstnCancelTarget {
    /// `phone`: fewest characters (1).
    pub const PHONE_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for PstnCancelTarget {
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
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for PstnCancelTarget {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// A phone number in an answer (电话号码对象).
///
/// Generated from `schemas/pstn/definitions.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct PstnPhoneNumber {
    /// Telephone area code (电话区号).
    ///
    /// Wire name `area`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub area: ::std::option::Option<i64>,
    /// Phone number or landline switchboard number (电话号码或固定电话总机号).
    ///
    /// Wire name `phone`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub phone: ::std::option::Option<::std::string::String>,
    /// Landline extension (固定电话分机号).
    ///
    /// Wire name `extension_number`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub extension_number: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl PstnPhoneNumber {
    /// A builder of [`PstnPhoneNumber`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::PstnPhoneNumberBuilder {
        builders::PstnPhoneNumberBuilder {
            area: ::std::option::Option::None,
            phone: ::std::option::Option::None,
            extension_number: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for PstnPhoneNumber {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PstnPhoneNumber")
            .field("area", &self.area)
            .field("phone", &self.phone)
            .field("extension_number", &self.extension_number)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// A phone number the call could not act on, and why (不合法的外呼电话号码 / 取消呼叫失败的号码).
///
/// Generated from `schemas/pstn/definitions.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct PstnPhoneNumberFailure {
    /// Telephone area code (电话区号).
    ///
    /// Wire name `area`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub area: ::std::option::Option<i64>,
    /// Phone number or landline switchboard number (电话号码或固定电话总机号).
    ///
    /// Wire name `phone`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub phone: ::std::option::Option<::std::string::String>,
    /// Landline extension (固定电话分机号).
    ///
    /// Wire name `extension_number`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub extension_number: ::std::option::Option<::std::string::String>,
    /// Why it failed (错误信息). The SDK lists it for cancellations, not for refused call-outs.
    ///
    /// Wire name `error_msg`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error_msg: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl PstnPhoneNumberFailure {
    /// A builder of [`PstnPhoneNumberFailure`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::PstnPhoneNumberFailureBuilder {
        builders::PstnPhoneNumberFailureBuilder {
            area: ::std::option::Option::None,
            phone: ::std::option::Option::None,
            extension_number: ::std::option::Option::None,
            error_msg: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for PstnPhoneNumberFailure {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PstnPhoneNumberFailure")
            .field("area", &self.area)
            .field("phone", &self.phone)
            .field("extension_number", &self.extension_number)
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
    /// Builds a [`CallOutPhonesPath`](super::CallOutPhonesPath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct CallOutPhonesPathBuilder<P0 = missing::call_out_phones_path::meeting_id> {
        pub(crate) meeting_id: P0,
    }
    impl<P0> ::std::fmt::Debug for CallOutPhonesPathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(CallOutPhonesPathBuilder)).finish_non_exhaustive()
        }
    }
    impl CallOutPhonesPathBuilder<missing::call_out_phones_path::meeting_id> {
        /// Sets [`meeting_id`](super::CallOutPhonesPath::meeting_id).
        ///
        /// Required.
        pub fn meeting_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> CallOutPhonesPathBuilder<::std::string::String> {
            CallOutPhonesPathBuilder {
                meeting_id: value.into(),
            }
        }
    }
    impl<P0> CallOutPhonesPathBuilder<P0> {
        /// The [`CallOutPhonesPath`](super::CallOutPhonesPath).
        ///
        /// Compiles once the required field `meeting_id` is set: a missing one is a compile error naming it ("the required field ... of `CallOutPhonesPath` is not set").
        pub fn build(self) -> super::CallOutPhonesPath
        where
            P0: missing::call_out_phones_path::MeetingIdIsSet<::std::string::String>,
        {
            super::CallOutPhonesPath {
                meeting_id: missing::call_out_phones_path::MeetingIdIsSet::into_field(
                    self.meeting_id,
                ),
            }
        }
    }
    /// Builds a [`CallOutPhonesRequest`](super::CallOutPhonesRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct CallOutPhonesRequestBuilder<
        P0 = missing::call_out_phones_request::operator_id,
        P1 = missing::call_out_phones_request::operator_id_type,
        P2 = missing::call_out_phones_request::phone_numbers,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) phone_numbers: P2,
    }
    impl<P0, P1, P2> ::std::fmt::Debug for CallOutPhonesRequestBuilder<P0, P1, P2> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(CallOutPhonesRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
    > CallOutPhonesRequestBuilder<
        missing::call_out_phones_request::operator_id,
        P1,
        P2,
    > {
        /// Sets [`operator_id`](super::CallOutPhonesRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> CallOutPhonesRequestBuilder<::std::string::String, P1, P2> {
            CallOutPhonesRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                phone_numbers: self.phone_numbers,
            }
        }
    }
    impl<
        P0,
        P2,
    > CallOutPhonesRequestBuilder<
        P0,
        missing::call_out_phones_request::operator_id_type,
        P2,
    > {
        /// Sets [`operator_id_type`](super::CallOutPhonesRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> CallOutPhonesRequestBuilder<P0, crate::OperatorIdType, P2> {
            CallOutPhonesRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                phone_numbers: self.phone_numbers,
            }
        }
    }
    impl<
        P0,
        P1,
    > CallOutPhonesRequestBuilder<
        P0,
        P1,
        missing::call_out_phones_request::phone_numbers,
    > {
        /// Sets [`phone_numbers`](super::CallOutPhonesRequest::phone_numbers).
        ///
        /// Required.
        pub fn phone_numbers(
            self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<PstnCalloutTarget>,
            >,
        ) -> CallOutPhonesRequestBuilder<P0, P1, ::std::vec::Vec<PstnCalloutTarget>> {
            CallOutPhonesRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                phone_numbers: value
                    .into_iter()
                    .map(::std::convert::Into::into)
                    .collect(),
            }
        }
    }
    impl<P0, P1, P2> CallOutPhonesRequestBuilder<P0, P1, P2> {
        /// The [`CallOutPhonesRequest`](super::CallOutPhonesRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type`, `phone_numbers` are set: a missing one is a compile error naming it ("the required field ... of `CallOutPhonesRequest` is not set").
        pub fn build(self) -> super::CallOutPhonesRequest
        where
            P0: missing::call_out_phones_request::OperatorIdIsSet<::std::string::String>,
            P1: missing::call_out_phones_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
            P2: missing::call_out_phones_request::PhoneNumbersIsSet<
                ::std::vec::Vec<PstnCalloutTarget>,
            >,
        {
            super::CallOutPhonesRequest {
                operator_id: missing::call_out_phones_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::call_out_phones_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                phone_numbers: missing::call_out_phones_request::PhoneNumbersIsSet::into_field(
                    self.phone_numbers,
                ),
            }
        }
    }
    /// Builds a [`CallOutPhonesResponse`](super::CallOutPhonesResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct CallOutPhonesResponseBuilder {
        pub(crate) meeting_id: ::std::option::Option<::std::string::String>,
        pub(crate) phone_numbers: ::std::option::Option<
            ::std::vec::Vec<PstnCalledPhoneNumber>,
        >,
        pub(crate) invalid_phone_numbers: ::std::option::Option<
            ::std::vec::Vec<PstnPhoneNumberFailure>,
        >,
    }
    impl ::std::fmt::Debug for CallOutPhonesResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(CallOutPhonesResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl CallOutPhonesResponseBuilder {
        /// Sets [`meeting_id`](super::CallOutPhonesResponse::meeting_id).
        ///
        /// Optional.
        pub fn meeting_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`phone_numbers`](super::CallOutPhonesResponse::phone_numbers).
        ///
        /// Optional.
        pub fn phone_numbers(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<PstnCalledPhoneNumber>,
            >,
        ) -> Self {
            self.phone_numbers = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`invalid_phone_numbers`](super::CallOutPhonesResponse::invalid_phone_numbers).
        ///
        /// Optional.
        pub fn invalid_phone_numbers(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<PstnPhoneNumberFailure>,
            >,
        ) -> Self {
            self.invalid_phone_numbers = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl CallOutPhonesResponseBuilder {
        /// The [`CallOutPhonesResponse`](super::CallOutPhonesResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::CallOutPhonesResponse {
            super::CallOutPhonesResponse {
                meeting_id: self.meeting_id,
                phone_numbers: self.phone_numbers,
                invalid_phone_numbers: self.invalid_phone_numbers,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`CancelPhoneCallsPath`](super::CancelPhoneCallsPath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct CancelPhoneCallsPathBuilder<
        P0 = missing::cancel_phone_calls_path::meeting_id,
    > {
        pub(crate) meeting_id: P0,
    }
    impl<P0> ::std::fmt::Debug for CancelPhoneCallsPathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(CancelPhoneCallsPathBuilder))
                .finish_non_exhaustive()
        }
    }
    impl CancelPhoneCallsPathBuilder<missing::cancel_phone_calls_path::meeting_id> {
        /// Sets [`meeting_id`](super::CancelPhoneCallsPath::meeting_id).
        ///
        /// Required.
        pub fn meeting_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> CancelPhoneCallsPathBuilder<::std::string::String> {
            CancelPhoneCallsPathBuilder {
                meeting_id: value.into(),
            }
        }
    }
    impl<P0> CancelPhoneCallsPathBuilder<P0> {
        /// The [`CancelPhoneCallsPath`](super::CancelPhoneCallsPath).
        ///
        /// Compiles once the required field `meeting_id` is set: a missing one is a compile error naming it ("the required field ... of `CancelPhoneCallsPath` is not set").
        pub fn build(self) -> super::CancelPhoneCallsPath
        where
            P0: missing::cancel_phone_calls_path::MeetingIdIsSet<::std::string::String>,
        {
            super::CancelPhoneCallsPath {
                meeting_id: missing::cancel_phone_calls_path::MeetingIdIsSet::into_field(
                    self.meeting_id,
                ),
            }
        }
    }
    /// Builds a [`CancelPhoneCallsRequest`](super::CancelPhoneCallsRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct CancelPhoneCallsRequestBuilder<
        P0 = missing::cancel_phone_calls_request::operator_id,
        P1 = missing::cancel_phone_calls_request::operator_id_type,
        P2 = missing::cancel_phone_calls_request::phone_numbers,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) phone_numbers: P2,
    }
    impl<P0, P1, P2> ::std::fmt::Debug for CancelPhoneCallsRequestBuilder<P0, P1, P2> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(CancelPhoneCallsRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
    > CancelPhoneCallsRequestBuilder<
        missing::cancel_phone_calls_request::operator_id,
        P1,
        P2,
    > {
        /// Sets [`operator_id`](super::CancelPhoneCallsRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> CancelPhoneCallsRequestBuilder<::std::string::String, P1, P2> {
            CancelPhoneCallsRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                phone_numbers: self.phone_numbers,
            }
        }
    }
    impl<
        P0,
        P2,
    > CancelPhoneCallsRequestBuilder<
        P0,
        missing::cancel_phone_calls_request::operator_id_type,
        P2,
    > {
        /// Sets [`operator_id_type`](super::CancelPhoneCallsRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> CancelPhoneCallsRequestBuilder<P0, crate::OperatorIdType, P2> {
            CancelPhoneCallsRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                phone_numbers: self.phone_numbers,
            }
        }
    }
    impl<
        P0,
        P1,
    > CancelPhoneCallsRequestBuilder<
        P0,
        P1,
        missing::cancel_phone_calls_request::phone_numbers,
    > {
        /// Sets [`phone_numbers`](super::CancelPhoneCallsRequest::phone_numbers).
        ///
        /// Required.
        pub fn phone_numbers(
            self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<PstnCancelTarget>,
            >,
        ) -> CancelPhoneCallsRequestBuilder<P0, P1, ::std::vec::Vec<PstnCancelTarget>> {
            CancelPhoneCallsRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                phone_numbers: value
                    .into_iter()
                    .map(::std::convert::Into::into)
                    .collect(),
            }
        }
    }
    impl<P0, P1, P2> CancelPhoneCallsRequestBuilder<P0, P1, P2> {
        /// The [`CancelPhoneCallsRequest`](super::CancelPhoneCallsRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type`, `phone_numbers` are set: a missing one is a compile error naming it ("the required field ... of `CancelPhoneCallsRequest` is not set").
        pub fn build(self) -> super::CancelPhoneCallsRequest
        where
            P0: missing::cancel_phone_calls_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::cancel_phone_calls_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
            P2: missing::cancel_phone_calls_request::PhoneNumbersIsSet<
                ::std::vec::Vec<PstnCancelTarget>,
            >,
        {
            super::CancelPhoneCallsRequest {
                operator_id: missing::cancel_phone_calls_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::cancel_phone_calls_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                phone_numbers: missing::cancel_phone_calls_request::PhoneNumbersIsSet::into_field(
                    self.phone_numbers,
                ),
            }
        }
    }
    /// Builds a [`CancelPhoneCallsResponse`](super::CancelPhoneCallsResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct CancelPhoneCallsResponseBuilder {
        pub(crate) success_list: ::std::option::Option<::std::vec::Vec<PstnPhoneNumber>>,
        pub(crate) failed_list: ::std::option::Option<
            ::std::vec::Vec<PstnPhoneNumberFailure>,
        >,
        pub(crate) success_list_pascal_case: ::std::option::Option<
            ::std::vec::Vec<PstnPhoneNumber>,
        >,
        pub(crate) failed_list_pascal_case: ::std::option::Option<
            ::std::vec::Vec<PstnPhoneNumberFailure>,
        >,
    }
    impl ::std::fmt::Debug for CancelPhoneCallsResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(CancelPhoneCallsResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl CancelPhoneCallsResponseBuilder {
        /// Sets [`success_list`](super::CancelPhoneCallsResponse::success_list).
        ///
        /// Optional.
        pub fn success_list(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<PstnPhoneNumber>,
            >,
        ) -> Self {
            self.success_list = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`failed_list`](super::CancelPhoneCallsResponse::failed_list).
        ///
        /// Optional.
        pub fn failed_list(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<PstnPhoneNumberFailure>,
            >,
        ) -> Self {
            self.failed_list = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`success_list_pascal_case`](super::CancelPhoneCallsResponse::success_list_pascal_case).
        ///
        /// Optional.
        pub fn success_list_pascal_case(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<PstnPhoneNumber>,
            >,
        ) -> Self {
            self.success_list_pascal_case = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`failed_list_pascal_case`](super::CancelPhoneCallsResponse::failed_list_pascal_case).
        ///
        /// Optional.
        pub fn failed_list_pascal_case(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<PstnPhoneNumberFailure>,
            >,
        ) -> Self {
            self.failed_list_pascal_case = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl CancelPhoneCallsResponseBuilder {
        /// The [`CancelPhoneCallsResponse`](super::CancelPhoneCallsResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::CancelPhoneCallsResponse {
            super::CancelPhoneCallsResponse {
                success_list: self.success_list,
                failed_list: self.failed_list,
                success_list_pascal_case: self.success_list_pascal_case,
                failed_list_pascal_case: self.failed_list_pascal_case,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`PstnCalledPhoneNumber`](super::PstnCalledPhoneNumber): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct PstnCalledPhoneNumberBuilder {
        pub(crate) area: ::std::option::Option<i64>,
        pub(crate) phone: ::std::option::Option<::std::string::String>,
        pub(crate) extension_number: ::std::option::Option<::std::string::String>,
        pub(crate) status: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for PstnCalledPhoneNumberBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(PstnCalledPhoneNumberBuilder))
                .finish_non_exhaustive()
        }
    }
    impl PstnCalledPhoneNumberBuilder {
        /// Sets [`area`](super::PstnCalledPhoneNumber::area).
        ///
        /// Optional.
        pub fn area(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.area = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`phone`](super::PstnCalledPhoneNumber::phone).
        ///
        /// Optional.
        pub fn phone(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.phone = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`extension_number`](super::PstnCalledPhoneNumber::extension_number).
        ///
        /// Optional.
        pub fn extension_number(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.extension_number = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`status`](super::PstnCalledPhoneNumber::status).
        ///
        /// Optional.
        pub fn status(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.status = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl PstnCalledPhoneNumberBuilder {
        /// The [`PstnCalledPhoneNumber`](super::PstnCalledPhoneNumber).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::PstnCalledPhoneNumber {
            super::PstnCalledPhoneNumber {
                area: self.area,
                phone: self.phone,
                extension_number: self.extension_number,
                status: self.status,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`PstnCalloutTarget`](super::PstnCalloutTarget): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct PstnCalloutTargetBuilder<
        P0 = missing::pstn_callout_target::area,
        P1 = missing::pstn_callout_target::phone,
    > {
        pub(crate) area: P0,
        pub(crate) phone: P1,
        pub(crate) extension_number: ::std::option::Option<::std::string::String>,
        pub(crate) nick_name: ::std::option::Option<::std::string::String>,
        pub(crate) calling_party_area: ::std::option::Option<i64>,
        pub(crate) calling_party_phone_number: ::std::option::Option<
            ::std::string::String,
        >,
    }
    impl<P0, P1> ::std::fmt::Debug for PstnCalloutTargetBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(PstnCalloutTargetBuilder)).finish_non_exhaustive()
        }
    }
    impl<P1> PstnCalloutTargetBuilder<missing::pstn_callout_target::area, P1> {
        /// Sets [`area`](super::PstnCalloutTarget::area).
        ///
        /// Required.
        pub fn area(
            self,
            value: impl ::std::convert::Into<i64>,
        ) -> PstnCalloutTargetBuilder<i64, P1> {
            PstnCalloutTargetBuilder {
                area: value.into(),
                phone: self.phone,
                extension_number: self.extension_number,
                nick_name: self.nick_name,
                calling_party_area: self.calling_party_area,
                calling_party_phone_number: self.calling_party_phone_number,
            }
        }
    }
    impl<P0> PstnCalloutTargetBuilder<P0, missing::pstn_callout_target::phone> {
        /// Sets [`phone`](super::PstnCalloutTarget::phone).
        ///
        /// Required.
        pub fn phone(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> PstnCalloutTargetBuilder<P0, ::std::string::String> {
            PstnCalloutTargetBuilder {
                area: self.area,
                phone: value.into(),
                extension_number: self.extension_number,
                nick_name: self.nick_name,
                calling_party_area: self.calling_party_area,
                calling_party_phone_number: self.calling_party_phone_number,
            }
        }
    }
    impl<P0, P1> PstnCalloutTargetBuilder<P0, P1> {
        /// Sets [`extension_number`](super::PstnCalloutTarget::extension_number).
        ///
        /// Optional.
        pub fn extension_number(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.extension_number = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`nick_name`](super::PstnCalloutTarget::nick_name).
        ///
        /// Optional.
        pub fn nick_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.nick_name = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`calling_party_area`](super::PstnCalloutTarget::calling_party_area).
        ///
        /// Optional.
        pub fn calling_party_area(
            mut self,
            value: impl ::std::convert::Into<i64>,
        ) -> Self {
            self.calling_party_area = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`calling_party_phone_number`](super::PstnCalloutTarget::calling_party_phone_number).
        ///
        /// Optional.
        pub fn calling_party_phone_number(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.calling_party_phone_number = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1> PstnCalloutTargetBuilder<P0, P1> {
        /// The [`PstnCalloutTarget`](super::PstnCalloutTarget).
        ///
        /// Compiles once the required fields `area`, `phone` are set: a missing one is a compile error naming it ("the required field ... of `PstnCalloutTarget` is not set").
        pub fn build(self) -> super::PstnCalloutTarget
        where
            P0: missing::pstn_callout_target::AreaIsSet<i64>,
            P1: missing::pstn_callout_target::PhoneIsSet<::std::string::String>,
        {
            super::PstnCalloutTarget {
                area: missing::pstn_callout_target::AreaIsSet::into_field(self.area),
                phone: missing::pstn_callout_target::PhoneIsSet::into_field(self.phone),
                extension_number: self.extension_number,
                nick_name: self.nick_name,
                calling_party_area: self.calling_party_area,
                calling_party_phone_number: self.calling_party_phone_number,
            }
        }
    }
    /// Builds a [`PstnCancelTarget`](super::PstnCancelTarget): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct PstnCancelTargetBuilder<
        P0 = missing::pstn_cancel_target::area,
        P1 = missing::pstn_cancel_target::phone,
    > {
        pub(crate) area: P0,
        pub(crate) phone: P1,
        pub(crate) extension_number: ::std::option::Option<::std::string::String>,
    }
    impl<P0, P1> ::std::fmt::Debug for PstnCancelTargetBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(PstnCancelTargetBuilder)).finish_non_exhaustive()
        }
    }
    impl<P1> PstnCancelTargetBuilder<missing::pstn_cancel_target::area, P1> {
        /// Sets [`area`](super::PstnCancelTarget::area).
        ///
        /// Required.
        pub fn area(
            self,
            value: impl ::std::convert::Into<i64>,
        ) -> PstnCancelTargetBuilder<i64, P1> {
            PstnCancelTargetBuilder {
                area: value.into(),
                phone: self.phone,
                extension_number: self.extension_number,
            }
        }
    }
    impl<P0> PstnCancelTargetBuilder<P0, missing::pstn_cancel_target::phone> {
        /// Sets [`phone`](super::PstnCancelTarget::phone).
        ///
        /// Required.
        pub fn phone(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> PstnCancelTargetBuilder<P0, ::std::string::String> {
            PstnCancelTargetBuilder {
                area: self.area,
                phone: value.into(),
                extension_number: self.extension_number,
            }
        }
    }
    impl<P0, P1> PstnCancelTargetBuilder<P0, P1> {
        /// Sets [`extension_number`](super::PstnCancelTarget::extension_number).
        ///
        /// Optional.
        pub fn extension_number(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.extension_number = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1> PstnCancelTargetBuilder<P0, P1> {
        /// The [`PstnCancelTarget`](super::PstnCancelTarget).
        ///
        /// Compiles once the required fields `area`, `phone` are set: a missing one is a compile error naming it ("the required field ... of `PstnCancelTarget` is not set").
        pub fn build(self) -> super::PstnCancelTarget
        where
            P0: missing::pstn_cancel_target::AreaIsSet<i64>,
            P1: missing::pstn_cancel_target::PhoneIsSet<::std::string::String>,
        {
            super::PstnCancelTarget {
                area: missing::pstn_cancel_target::AreaIsSet::into_field(self.area),
                phone: missing::pstn_cancel_target::PhoneIsSet::into_field(self.phone),
                extension_number: self.extension_number,
            }
        }
    }
    /// Builds a [`PstnPhoneNumber`](super::PstnPhoneNumber): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct PstnPhoneNumberBuilder {
        pub(crate) area: ::std::option::Option<i64>,
        pub(crate) phone: ::std::option::Option<::std::string::String>,
        pub(crate) extension_number: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for PstnPhoneNumberBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(PstnPhoneNumberBuilder)).finish_non_exhaustive()
        }
    }
    impl PstnPhoneNumberBuilder {
        /// Sets [`area`](super::PstnPhoneNumber::area).
        ///
        /// Optional.
        pub fn area(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.area = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`phone`](super::PstnPhoneNumber::phone).
        ///
        /// Optional.
        pub fn phone(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.phone = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`extension_number`](super::PstnPhoneNumber::extension_number).
        ///
        /// Optional.
        pub fn extension_number(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.extension_number = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl PstnPhoneNumberBuilder {
        /// The [`PstnPhoneNumber`](super::PstnPhoneNumber).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::PstnPhoneNumber {
            super::PstnPhoneNumber {
                area: self.area,
                phone: self.phone,
                extension_number: self.extension_number,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`PstnPhoneNumberFailure`](super::PstnPhoneNumberFailure): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct PstnPhoneNumberFailureBuilder {
        pub(crate) area: ::std::option::Option<i64>,
        pub(crate) phone: ::std::option::Option<::std::string::String>,
        pub(crate) extension_number: ::std::option::Option<::std::string::String>,
        pub(crate) error_msg: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for PstnPhoneNumberFailureBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(PstnPhoneNumberFailureBuilder))
                .finish_non_exhaustive()
        }
    }
    impl PstnPhoneNumberFailureBuilder {
        /// Sets [`area`](super::PstnPhoneNumberFailure::area).
        ///
        /// Optional.
        pub fn area(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.area = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`phone`](super::PstnPhoneNumberFailure::phone).
        ///
        /// Optional.
        pub fn phone(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.phone = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`extension_number`](super::PstnPhoneNumberFailure::extension_number).
        ///
        /// Optional.
        pub fn extension_number(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.extension_number = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`error_msg`](super::PstnPhoneNumberFailure::error_msg).
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
    impl PstnPhoneNumberFailureBuilder {
        /// The [`PstnPhoneNumberFailure`](super::PstnPhoneNumberFailure).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::PstnPhoneNumberFailure {
            super::PstnPhoneNumberFailure {
                area: self.area,
                phone: self.phone,
                extension_number: self.extension_number,
                error_msg: self.error_msg,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Code generation's plumbing, not API: the markers of required fields not set yet
    /// (`missing::<model>::<field>`) and the traits `build()` requires of the set ones.
    #[doc(hidden)]
    pub mod missing {
        /// The required fields of [`CallOutPhonesPath`](super::super::CallOutPhonesPath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod call_out_phones_path {
            /// `meeting_id` of [`CallOutPhonesPath`](super::super::super::CallOutPhonesPath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_id;
            /// What `build()` requires of `meeting_id`: implemented for the field's type alone, never for the marker [`meeting_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_id` of `CallOutPhonesPath` is not set",
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
        /// The required fields of [`CallOutPhonesRequest`](super::super::CallOutPhonesRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod call_out_phones_request {
            /// `operator_id` of [`CallOutPhonesRequest`](super::super::super::CallOutPhonesRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `CallOutPhonesRequest` is not set",
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
            /// `operator_id_type` of [`CallOutPhonesRequest`](super::super::super::CallOutPhonesRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `CallOutPhonesRequest` is not set",
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
            /// `phone_numbers` of [`CallOutPhonesRequest`](super::super::super::CallOutPhonesRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct phone_numbers;
            /// What `build()` requires of `phone_numbers`: implemented for the field's type alone, never for the marker [`phone_numbers`].
            #[diagnostic::on_unimplemented(
                message = "the required field `phone_numbers` of `CallOutPhonesRequest` is not set",
                label = "`phone_numbers` is not set",
                note = "call `.phone_numbers(...)` before `.build()`"
            )]
            pub trait PhoneNumbersIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> PhoneNumbersIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`CallOutPhonesResponse`](super::super::CallOutPhonesResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod call_out_phones_response {}
        /// The required fields of [`CancelPhoneCallsPath`](super::super::CancelPhoneCallsPath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod cancel_phone_calls_path {
            /// `meeting_id` of [`CancelPhoneCallsPath`](super::super::super::CancelPhoneCallsPath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_id;
            /// What `build()` requires of `meeting_id`: implemented for the field's type alone, never for the marker [`meeting_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_id` of `CancelPhoneCallsPath` is not set",
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
        /// The required fields of [`CancelPhoneCallsRequest`](super::super::CancelPhoneCallsRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod cancel_phone_calls_request {
            /// `operator_id` of [`CancelPhoneCallsRequest`](super::super::super::CancelPhoneCallsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `CancelPhoneCallsRequest` is not set",
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
            /// `operator_id_type` of [`CancelPhoneCallsRequest`](super::super::super::CancelPhoneCallsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `CancelPhoneCallsRequest` is not set",
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
            /// `phone_numbers` of [`CancelPhoneCallsRequest`](super::super::super::CancelPhoneCallsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct phone_numbers;
            /// What `build()` requires of `phone_numbers`: implemented for the field's type alone, never for the marker [`phone_numbers`].
            #[diagnostic::on_unimplemented(
                message = "the required field `phone_numbers` of `CancelPhoneCallsRequest` is not set",
                label = "`phone_numbers` is not set",
                note = "call `.phone_numbers(...)` before `.build()`"
            )]
            pub trait PhoneNumbersIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> PhoneNumbersIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`CancelPhoneCallsResponse`](super::super::CancelPhoneCallsResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod cancel_phone_calls_response {}
        /// The required fields of [`PstnCalledPhoneNumber`](super::super::PstnCalledPhoneNumber) not set yet.
        #[allow(non_camel_case_types)]
        pub mod pstn_called_phone_number {}
        /// The required fields of [`PstnCalloutTarget`](super::super::PstnCalloutTarget) not set yet.
        #[allow(non_camel_case_types)]
        pub mod pstn_callout_target {
            /// `area` of [`PstnCalloutTarget`](super::super::super::PstnCalloutTarget) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct area;
            /// What `build()` requires of `area`: implemented for the field's type alone, never for the marker [`area`].
            #[diagnostic::on_unimplemented(
                message = "the required field `area` of `PstnCalloutTarget` is not set",
                label = "`area` is not set",
                note = "call `.area(...)` before `.build()`"
            )]
            pub trait AreaIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> AreaIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `phone` of [`PstnCalloutTarget`](super::super::super::PstnCalloutTarget) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct phone;
            /// What `build()` requires of `phone`: implemented for the field's type alone, never for the marker [`phone`].
            #[diagnostic::on_unimplemented(
                message = "the required field `phone` of `PstnCalloutTarget` is not set",
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
        }
        /// The required fields of [`PstnCancelTarget`](super::super::PstnCancelTarget) not set yet.
        #[allow(non_camel_case_types)]
        pub mod pstn_cancel_target {
            /// `area` of [`PstnCancelTarget`](super::super::super::PstnCancelTarget) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct area;
            /// What `build()` requires of `area`: implemented for the field's type alone, never for the marker [`area`].
            #[diagnostic::on_unimplemented(
                message = "the required field `area` of `PstnCancelTarget` is not set",
                label = "`area` is not set",
                note = "call `.area(...)` before `.build()`"
            )]
            pub trait AreaIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> AreaIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `phone` of [`PstnCancelTarget`](super::super::super::PstnCancelTarget) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct phone;
            /// What `build()` requires of `phone`: implemented for the field's type alone, never for the marker [`phone`].
            #[diagnostic::on_unimplemented(
                message = "the required field `phone` of `PstnCancelTarget` is not set",
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
        }
        /// The required fields of [`PstnPhoneNumber`](super::super::PstnPhoneNumber) not set yet.
        #[allow(non_camel_case_types)]
        pub mod pstn_phone_number {}
        /// The required fields of [`PstnPhoneNumberFailure`](super::super::PstnPhoneNumberFailure) not set yet.
        #[allow(non_camel_case_types)]
        pub mod pstn_phone_number_failure {}
    }
}
/// `POST /v1/meeting/{meeting_id}/phone/callout`: Call phones into a meeting (批量外呼).
///
/// - path parameters: [`CallOutPhonesPath`](crate::pstn::CallOutPhonesPath)
/// - request: [`CallOutPhonesRequest`](crate::pstn::CallOutPhonesRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: [`CallOutPhonesResponse`](crate::pstn::CallOutPhonesResponse)
/// - retries: re-sent only when it certainly never reached the server
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes: 190457, 9042, 9006, 14203, 14220
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/80576); the official SDKs call it `V1MeetingMeetingIdPhoneCalloutPost`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CallOutPhones;
impl crate::Endpoint for CallOutPhones {
    const NAME: &'static str = "call_out_phones";
    const METHOD: crate::Method = crate::Method::Post;
    const PATH_TEMPLATE: &'static str = "/v1/meeting/{meeting_id}/phone/callout";
    const RETRY: crate::RetryClass = crate::RetryClass::IfNotSent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[
        crate::ErrorCode::MEETING_ID_NOT_FOUND,
        crate::ErrorCode::NO_PERMISSION,
        crate::ErrorCode::MEETING_OVER,
        crate::ErrorCode::PHONE_NUMBER_INVALID,
        crate::ErrorCode::INVITE_TO_MEETING_FAILED,
    ];
    type Path = crate::pstn::CallOutPhonesPath;
    type Request = crate::pstn::CallOutPhonesRequest;
    type Response = crate::pstn::CallOutPhonesResponse;
}
impl crate::PathParams for crate::pstn::CallOutPhonesPath {
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
impl crate::EncodeRequest for crate::pstn::CallOutPhonesRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `POST /v1/meeting/{meeting_id}/phone/cancelcall`: Cancel call-outs to phones (批量取消外呼).
///
/// - path parameters: [`CancelPhoneCallsPath`](crate::pstn::CancelPhoneCallsPath)
/// - request: [`CancelPhoneCallsRequest`](crate::pstn::CancelPhoneCallsRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: [`CancelPhoneCallsResponse`](crate::pstn::CancelPhoneCallsResponse)
/// - retries: re-sent only when it certainly never reached the server
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes: 190457, 550000, 500122, 500135
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/111469); the official SDKs call it `V1MeetingMeetingIdPhoneCancelcallPost`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CancelPhoneCalls;
impl crate::Endpoint for CancelPhoneCalls {
    const NAME: &'static str = "cancel_phone_calls";
    const METHOD: crate::Method = crate::Method::Post;
    const PATH_TEMPLATE: &'static str = "/v1/meeting/{meeting_id}/phone/cancelcall";
    const RETRY: crate::RetryClass = crate::RetryClass::IfNotSent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[
        crate::ErrorCode::MEETING_ID_NOT_FOUND,
        crate::ErrorCode::REQUEST_TIMEOUT,
        crate::ErrorCode::OPERATOR_NO_PERMISSION,
        crate::ErrorCode::CANCEL_CALL_FAILED,
    ];
    type Path = crate::pstn::CancelPhoneCallsPath;
    type Request = crate::pstn::CancelPhoneCallsRequest;
    type Response = crate::pstn::CancelPhoneCallsResponse;
}
impl crate::PathParams for crate::pstn::CancelPhoneCallsPath {
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
impl crate::EncodeRequest for crate::pstn::CancelPhoneCallsRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
impl crate::ResponseBody for crate::pstn::CallOutPhonesResponse {
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
impl crate::ResponseBody for crate::pstn::CancelPhoneCallsResponse {
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
    /// JSON Schema (Draft-07, self-contained) of [`CallOutPhonesPath`](crate::pstn::CallOutPhonesPath), bundled from `schemas/pstn/call-out-phones.path.json`.
    pub const CALL_OUT_PHONES_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/CallOutPhonesPath",
  "definitions": {
    "CallOutPhonesPath": {
      "title": "CallOutPhonesPath",
      "description": "Path parameters of `POST /v1/meeting/{meeting_id}/phone/callout` (the docs spell the parameter `{meeting_id}`).",
      "type": "object",
      "required": [
        "meeting_id"
      ],
      "examples": [
        {
          "meeting_id": "1111111111111"
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
    /// JSON Schema (Draft-07, self-contained) of [`CallOutPhonesRequest`](crate::pstn::CallOutPhonesRequest), bundled from `schemas/pstn/call-out-phones.request.json`.
    pub const CALL_OUT_PHONES_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/CallOutPhonesRequest",
  "definitions": {
    "CallOutPhonesRequest": {
      "title": "CallOutPhonesRequest",
      "description": "Body of `POST /v1/meeting/{meeting_id}/phone/callout`: call phones into a meeting (批量外呼). The meeting's creator, hosts and co-hosts may call; the call returns at once and the outcome arrives through the call-out status query and the event `meeting.phone.participant-status-updated`. Works before the meeting starts and during it, up to 30 numbers per call (每次调用支持批量外呼30路), including numbers abroad and extensions; in a webinar, guests in preparation mode and attendees during it. Needs a telephone-conference service package (电话会议服务包). AK/SK only (鉴权方式:AK/SK 鉴权). `calling_party_area` and `calling_party_phone_number` are not in the page's table: transcribed from the SDK. The example follows the table (the page's was not retrievable).",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type",
        "phone_numbers"
      ],
      "examples": [
        {
          "operator_id": "tester1",
          "operator_id_type": 1,
          "phone_numbers": [
            {
              "area": 86,
              "phone": "13888888888",
              "nick_name": "tester2"
            },
            {
              "area": 86,
              "phone": "075512345678",
              "extension_number": "1234"
            }
          ]
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID): the meeting's creator, a host or a co-host (会议创建者、主持人、联席主持人); what it is depends on `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 enterprise userid, the only type the page lists (its example sends 2).",
          "$ref": "#/definitions/OperatorIdType"
        },
        "phone_numbers": {
          "description": "The numbers to call (外呼的电话号码对象数组), at most 30 per call (每次调用支持批量外呼30路).",
          "type": "array",
          "maxItems": 30,
          "items": {
            "$ref": "#/definitions/PstnCalloutTarget"
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
    },
    "PstnCalloutTarget": {
      "title": "PstnCalloutTarget",
      "description": "A number to call into the meeting (PhoneNumbers 对象).",
      "type": "object",
      "required": [
        "area",
        "phone"
      ],
      "properties": {
        "area": {
          "description": "Telephone area code (电话区号), e.g. 86 for the Chinese mainland (中国内地默认86); calls are supported only to the Chinese mainland (86), Hong Kong, China (852) and the United States (1) for now: left to the service.",
          "type": "integer"
        },
        "phone": {
          "description": "Phone number or landline switchboard number (电话号码或固定电话总机号).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "extension_number": {
          "description": "Landline extension (固定电话分机号).",
          "type": "string"
        },
        "nick_name": {
          "description": "Name shown in the meeting (入会昵称).",
          "type": "string"
        },
        "calling_party_area": {
          "description": "Area code of the calling number (主叫号码区号). Not in the page's table; from the SDK.",
          "type": "integer"
        },
        "calling_party_phone_number": {
          "description": "The calling number shown to the callee (主叫号码). Not in the page's table; from the SDK.",
          "type": "string"
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`CallOutPhonesResponse`](crate::pstn::CallOutPhonesResponse), bundled from `schemas/pstn/call-out-phones.response.json`.
    pub const CALL_OUT_PHONES_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/CallOutPhonesResponse",
  "definitions": {
    "CallOutPhonesResponse": {
      "title": "CallOutPhonesResponse",
      "description": "Body of a successful `POST /v1/meeting/{meeting_id}/phone/callout`: the numbers called and those refused (成功外呼 / 不合法的外呼电话号码). The SDK types both lists with one item type (area, phone, extension); the page adds `status` to the numbers called and `error_msg` to those refused. The example is written from the table (the page's was not retrievable). Lenient: nothing required, unknown fields kept.",
      "type": "object",
      "examples": [
        {
          "meeting_id": "1111111111111",
          "phone_numbers": [
            {
              "area": 86,
              "phone": "13888888888",
              "extension_number": "",
              "status": "START_INVITE"
            }
          ],
          "invalid_phone_numbers": [
            {
              "area": 86,
              "phone": "123",
              "extension_number": "",
              "error_msg": "invalid phone number"
            }
          ]
        }
      ],
      "properties": {
        "meeting_id": {
          "description": "Meeting ID (会议的唯一 ID).",
          "type": "string"
        },
        "phone_numbers": {
          "description": "The numbers called (成功外呼的电话号码对象数组).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/PstnCalledPhoneNumber"
          }
        },
        "invalid_phone_numbers": {
          "description": "The numbers refused (不合法的外呼电话号码对象数组).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/PstnPhoneNumberFailure"
          }
        }
      },
      "x-keep-unknown": true
    },
    "PstnCalledPhoneNumber": {
      "title": "PstnCalledPhoneNumber",
      "description": "A number called (PhoneNumbers 对象数组 of the output).",
      "type": "object",
      "properties": {
        "area": {
          "description": "Telephone area code (电话区号): 86 Chinese mainland, 852 Hong Kong, China, 1 United States for now.",
          "type": "integer"
        },
        "phone": {
          "description": "Phone number or landline switchboard number (电话号码或固定电话总机号).",
          "type": "string"
        },
        "extension_number": {
          "description": "Landline extension (固定电话分机号).",
          "type": "string"
        },
        "status": {
          "description": "Call-out status (外呼状态). The page lists no values here; the status event lists START_INVITE, START_ACCEPT, LEAVE_WITHOUT_ACCEPT, LEAVE_WITH_ACCEPTED and CANCLE_INVITE. The SDK does not list the field.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    },
    "PstnPhoneNumberFailure": {
      "title": "PstnPhoneNumberFailure",
      "description": "A phone number the call could not act on, and why (不合法的外呼电话号码 / 取消呼叫失败的号码).",
      "type": "object",
      "properties": {
        "area": {
          "description": "Telephone area code (电话区号).",
          "type": "integer"
        },
        "phone": {
          "description": "Phone number or landline switchboard number (电话号码或固定电话总机号).",
          "type": "string"
        },
        "extension_number": {
          "description": "Landline extension (固定电话分机号).",
          "type": "string"
        },
        "error_msg": {
          "description": "Why it failed (错误信息). The SDK lists it for cancellations, not for refused call-outs.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`CancelPhoneCallsPath`](crate::pstn::CancelPhoneCallsPath), bundled from `schemas/pstn/cancel-phone-calls.path.json`.
    pub const CANCEL_PHONE_CALLS_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/CancelPhoneCallsPath",
  "definitions": {
    "CancelPhoneCallsPath": {
      "title": "CancelPhoneCallsPath",
      "description": "Path parameters of `POST /v1/meeting/{meeting_id}/phone/cancelcall` (the docs spell the parameter `{meeting_id}`).",
      "type": "object",
      "required": [
        "meeting_id"
      ],
      "examples": [
        {
          "meeting_id": "1111111111111"
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
    /// JSON Schema (Draft-07, self-contained) of [`CancelPhoneCallsRequest`](crate::pstn::CancelPhoneCallsRequest), bundled from `schemas/pstn/cancel-phone-calls.request.json`.
    pub const CANCEL_PHONE_CALLS_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/CancelPhoneCallsRequest",
  "definitions": {
    "CancelPhoneCallsRequest": {
      "title": "CancelPhoneCallsRequest",
      "description": "Body of `POST /v1/meeting/{meeting_id}/phone/cancelcall`: cancel call-outs to phones (批量取消外呼). The meeting's creator, hosts and co-hosts may cancel, up to 50 numbers per call (每次调用支持批量取消50路), including numbers abroad and extensions. Cancelling is asynchronous: the outcome arrives through the event `meeting.phone.participant-status-updated` (取消呼叫为异步任务). AK/SK only. The retrieved page lost its 必选 column: requiredness follows the SDK and the example. The page's example sends `operator_id_type` 2 although its table lists only 1.",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type",
        "phone_numbers"
      ],
      "examples": [
        {
          "operator_id": "songe",
          "operator_id_type": 2,
          "phone_numbers": [
            {
              "area": 86,
              "phone": "13888888888"
            }
          ]
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID): the meeting's creator, a host or a co-host (会议创建者、主持人、联席主持人); what it is depends on `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 enterprise userid, the only type the page lists (its example sends 2).",
          "$ref": "#/definitions/OperatorIdType"
        },
        "phone_numbers": {
          "description": "The numbers whose calls are cancelled (电话号码对象数组), at most 50 per call (每次调用支持批量取消50路).",
          "type": "array",
          "maxItems": 50,
          "items": {
            "$ref": "#/definitions/PstnCancelTarget"
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
    },
    "PstnCancelTarget": {
      "title": "PstnCancelTarget",
      "description": "A number whose call-out is cancelled (PhoneNumbers 对象).",
      "type": "object",
      "required": [
        "area",
        "phone"
      ],
      "properties": {
        "area": {
          "description": "Telephone area code (电话区号), e.g. 86 for the Chinese mainland (中国内地默认86); calls are supported only to the Chinese mainland (86), Hong Kong, China (852) and the United States (1) for now: left to the service.",
          "type": "integer"
        },
        "phone": {
          "description": "Phone number or landline switchboard number (电话号码或固定电话总机号).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "extension_number": {
          "description": "Landline extension (固定电话分机号).",
          "type": "string"
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`CancelPhoneCallsResponse`](crate::pstn::CancelPhoneCallsResponse), bundled from `schemas/pstn/cancel-phone-calls.response.json`.
    pub const CANCEL_PHONE_CALLS_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/CancelPhoneCallsResponse",
  "definitions": {
    "CancelPhoneCallsResponse": {
      "title": "CancelPhoneCallsResponse",
      "description": "Body of a successful `POST /v1/meeting/{meeting_id}/phone/cancelcall`: the cancellations accepted and refused (取消呼叫成功 / 失败的列表). The table names the lists `success_list` and `failed_list`, the page's example `SuccessList` and `FailedList`: both spellings are properties and both decode. The example is cut off on the page after the first failure's `error_msg`: closed here. Lenient: nothing required, unknown fields kept.",
      "type": "object",
      "examples": [
        {
          "SuccessList": [
            {
              "area": 86,
              "phone": "13888888888"
            }
          ],
          "FailedList": [
            {
              "area": 86,
              "phone": "13888888888",
              "error_msg": "xxxxxxxxx"
            }
          ]
        }
      ],
      "properties": {
        "success_list": {
          "description": "Calls cancelled (取消呼叫成功的列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/PstnPhoneNumber"
          }
        },
        "failed_list": {
          "description": "Calls that could not be cancelled, and why (取消呼叫失败的列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/PstnPhoneNumberFailure"
          }
        },
        "SuccessList": {
          "description": "`success_list` as the page's example spells it.",
          "type": "array",
          "items": {
            "$ref": "#/definitions/PstnPhoneNumber"
          },
          "x-rust-name": "success_list_pascal_case"
        },
        "FailedList": {
          "description": "`failed_list` as the page's example spells it.",
          "type": "array",
          "items": {
            "$ref": "#/definitions/PstnPhoneNumberFailure"
          },
          "x-rust-name": "failed_list_pascal_case"
        }
      },
      "x-keep-unknown": true
    },
    "PstnPhoneNumber": {
      "title": "PstnPhoneNumber",
      "description": "A phone number in an answer (电话号码对象).",
      "type": "object",
      "properties": {
        "area": {
          "description": "Telephone area code (电话区号).",
          "type": "integer"
        },
        "phone": {
          "description": "Phone number or landline switchboard number (电话号码或固定电话总机号).",
          "type": "string"
        },
        "extension_number": {
          "description": "Landline extension (固定电话分机号).",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    },
    "PstnPhoneNumberFailure": {
      "title": "PstnPhoneNumberFailure",
      "description": "A phone number the call could not act on, and why (不合法的外呼电话号码 / 取消呼叫失败的号码).",
      "type": "object",
      "properties": {
        "area": {
          "description": "Telephone area code (电话区号).",
          "type": "integer"
        },
        "phone": {
          "description": "Phone number or landline switchboard number (电话号码或固定电话总机号).",
          "type": "string"
        },
        "extension_number": {
          "description": "Landline extension (固定电话分机号).",
          "type": "string"
        },
        "error_msg": {
          "description": "Why it failed (错误信息). The SDK lists it for cancellations, not for refused call-outs.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
}

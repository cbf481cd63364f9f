// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! Cloud recordings (云录制): list, read, share, delete and upload recordings, their transcripts and statistics.
//!
//! The `records` service of the official SDKs: its endpoints' marker types, requests, responses and code lists, from `schemas/records/`. Compiled with the cargo feature `records`.
//!
//! The cloud-recording service (云录制, the SDKs' `records` service): listing recordings and their file addresses, one file's details, deleting, sharing settings and access members, view/download statistics, transcripts, private-network transfer, and uploading recording files whole or part by part. The two uploads are multipart forms the service does not sign (the form is not part of the signature: sign an empty body); a part-by-part upload is prepare -> parts (`file_seq` from 1, `block_size` bytes each but the last, MD5 hex per part) -> finish, and both finish and the whole-file upload answer a `job_id` whose result arrives as the `common.job-results` event. Several pages as stored lost their required marks or were cut before their examples; each schema's description says where the SDK's facts or a written example stand in. The transcript-details endpoint pages by paragraph ID with `more` but no next-ID field, so it has no `paging`.
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
#[allow(unused_imports)]
use super::root::*;
/// Path parameters of `POST /v1/records/access/{meeting_record_id}`; the page spells the placeholder `{meeting_record_id}` too.
///
/// Generated from `schemas/records/add-record-access-members.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct AddRecordAccessMembersPath {
    /// Meeting recording ID (会议录制 ID), as the recording list answers it.
    ///
    /// Wire name `meeting_record_id`, required.
    /// Rules: not empty; not only whitespace.
    pub meeting_record_id: ::std::string::String,
}
impl AddRecordAccessMembersPath {
    /// A builder of [`AddRecordAccessMembersPath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::AddRecordAccessMembersPathBuilder {
        builders::AddRecordAccessMembersPathBuilder {
            meeting_record_id: builders::missing::add_record_access_members_path::meeting_record_id,
        }
    }
    /// A `AddRecordAccessMembersPath` with [`meeting_record_id`](Self::meeting_record_id) set and every optional field absent.
    pub fn new(
        meeting_record_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self::builder().meeting_record_id(meeting_record_id).build()
    }
}
impl AddRecordAccessMembersPath {
    /// `meeting_record_id`: fewest characters (1).
    pub const MEETING_RECORD_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for AddRecordAccessMembersPath {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.meeting_record_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_record_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for AddRecordAccessMembersPath {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of `POST /v1/records/access/{meeting_record_id}`: add participants or enterprise members as access members of a recording, each able to view or to manage it (添加录制访问成员). Only the meeting creator, an enterprise super administrator or a role with the recording-management permission may call it (权限点：管理会议录制). At most 200 members a call (一次最多传入200个); calls add up (累加型接口). Members that could not be added come back in `fail_access_members`.
///
/// Generated from `schemas/records/add-record-access-members.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct AddRecordAccessMembersRequest {
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid, the types this page lists.
    ///
    /// Wire name `operator_id_type`, required.
    /// Rules: one of 1, 2.
    pub operator_id_type: crate::OperatorIdType,
    /// The members to add (成员列表), at most 200 a call.
    ///
    /// Wire name `access_members`, required.
    /// Rules: at most 200 entries.
    pub access_members: ::std::vec::Vec<RecordAccessMember>,
}
impl AddRecordAccessMembersRequest {
    /// A builder of [`AddRecordAccessMembersRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::AddRecordAccessMembersRequestBuilder {
        builders::AddRecordAccessMembersRequestBuilder {
            operator_id: builders::missing::add_record_access_members_request::operator_id,
            operator_id_type: builders::missing::add_record_access_members_request::operator_id_type,
            access_members: builders::missing::add_record_access_members_request::access_members,
        }
    }
}
impl AddRecordAccessMembersRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `access_members`: most entries (200).
    pub const ACCESS_MEMBERS_MAX_ITEMS: usize = 200usize;
}
impl crate::validate::ValidateAt for AddRecordAccessMembersRequest {
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
            let value = &self.operator_id_type;
            let path = crate::validate::FieldPath::child_of(
                at,
                "operator_id_type",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(
                crate::validate::rules::one_of(i64::from(value.code()), &[1i64, 2i64]),
            )?;
        }
        {
            let value = &self.access_members;
            let path = crate::validate::FieldPath::child_of(
                at,
                "access_members",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::count(value.len(), 0usize, 200usize))?;
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
impl crate::Validate for AddRecordAccessMembersRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `POST /v1/records/access/{meeting_record_id}`: the members that could not be added (未添加成功的对象列表). Lenient: unknown fields are kept. The page as stored is cut before its output example: this one is written from its table.
///
/// Generated from `schemas/records/add-record-access-members.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct AddRecordAccessMembersResponse {
    /// Members not added (未添加成功的对象列表); they must be of the same enterprise or participants (需要同企业或参会成员).
    ///
    /// Wire name `fail_access_members`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub fail_access_members: ::std::option::Option<
        ::std::vec::Vec<FailedRecordAccessMember>,
    >,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl AddRecordAccessMembersResponse {
    /// A builder of [`AddRecordAccessMembersResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::AddRecordAccessMembersResponseBuilder {
        builders::AddRecordAccessMembersResponseBuilder {
            fail_access_members: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for AddRecordAccessMembersResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AddRecordAccessMembersResponse")
            .field("fail_access_members", &self.fail_access_members)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Path parameters of `PUT /v1/records/approvals/{meeting_record_id}`; the page spells the placeholder `{meeting_record_id}` too.
///
/// Generated from `schemas/records/approve-record-applications.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct ApproveRecordApplicationsPath {
    /// Meeting recording ID (会议录制 ID), as the recording list answers it.
    ///
    /// Wire name `meeting_record_id`, required.
    /// Rules: not empty; not only whitespace.
    pub meeting_record_id: ::std::string::String,
}
impl ApproveRecordApplicationsPath {
    /// A builder of [`ApproveRecordApplicationsPath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ApproveRecordApplicationsPathBuilder {
        builders::ApproveRecordApplicationsPathBuilder {
            meeting_record_id: builders::missing::approve_record_applications_path::meeting_record_id,
        }
    }
    /// A `ApproveRecordApplicationsPath` with [`meeting_record_id`](Self::meeting_record_id) set and every optional field absent.
    pub fn new(
        meeting_record_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self::builder().meeting_record_id(meeting_record_id).build()
    }
}
impl ApproveRecordApplicationsPath {
    /// `meeting_record_id`: fewest characters (1).
    pub const MEETING_RECORD_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for ApproveRecordApplicationsPath {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.meeting_record_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_record_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for ApproveRecordApplicationsPath {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of `PUT /v1/records/approvals/{meeting_record_id}`: approve or ignore applications to view a cloud recording (审批云录制权限). The meeting creator, an enterprise super administrator or a user with the recording-management permission may call it. Application IDs come from the event `recording.apply` (云录制查看申请). With `operator_id_type` 2, `operator_id` must equal the `openid` of the request headers. The page's prose also allows a `userid` instead of `operator_id` (not with OAuth); the table lists no such field and the SDK sends none, so it is left out. Page 90395 as stored lost its required marks: the required set is the SDK's.
///
/// Generated from `schemas/records/approve-record-applications.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct ApproveRecordApplicationsRequest {
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`. With type 2 it must equal the request's `openid` header (必须和公共参数的 openid 一致).
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid, the types this page lists.
    ///
    /// Wire name `operator_id_type`, required.
    /// Rules: one of 1, 2.
    pub operator_id_type: crate::OperatorIdType,
    /// IDs of the applications to decide (申请 ID 列表), as the event `recording.apply` gives them.
    ///
    /// Wire name `apply_id_list`, required.
    /// Rules: each entry not empty.
    pub apply_id_list: ::std::vec::Vec<::std::string::String>,
    /// The decision (审批动作): 1 approve, 2 ignore.
    ///
    /// Wire name `action`, required.
    pub action: crate::records::RecordApprovalAction,
}
impl ApproveRecordApplicationsRequest {
    /// A builder of [`ApproveRecordApplicationsRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ApproveRecordApplicationsRequestBuilder {
        builders::ApproveRecordApplicationsRequestBuilder {
            operator_id: builders::missing::approve_record_applications_request::operator_id,
            operator_id_type: builders::missing::approve_record_applications_request::operator_id_type,
            apply_id_list: builders::missing::approve_record_applications_request::apply_id_list,
            action: builders::missing::approve_record_applications_request::action,
        }
    }
}
impl ApproveRecordApplicationsRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for ApproveRecordApplicationsRequest {
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
            let value = &self.operator_id_type;
            let path = crate::validate::FieldPath::child_of(
                at,
                "operator_id_type",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(
                crate::validate::rules::one_of(i64::from(value.code()), &[1i64, 2i64]),
            )?;
        }
        {
            let value = &self.apply_id_list;
            let path = crate::validate::FieldPath::child_of(
                at,
                "apply_id_list",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            for (index, item) in value.iter().enumerate() {
                let path = path.index(index);
                path.check(crate::validate::rules::non_empty(item))?;
            }
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for ApproveRecordApplicationsRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Query string of `DELETE /v1/records`: delete every cloud-recording file of a meeting recording (删除会议录制). Enterprise self-built apps only (不支持OAuth). The event `recording.deleted` (删除云录制) reports the deletion. Page 51186 as stored lost its required marks: `meeting_record_id` is required as the SDK has it; the caller is identified by `operator_id` + `operator_id_type` (current page) or `userid` (older page, still sent by the SDK), so none of the three is required here.
///
/// Generated from `schemas/records/delete-meeting-record.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct DeleteMeetingRecordRequest {
    /// Meeting ID (会议 ID); may be left out for an uploaded recording file (当针对上传类型的录制文件操作时，可不传).
    ///
    /// Wire name `meeting_id`, optional.
    /// Rules: not empty.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_id: ::std::option::Option<::std::string::String>,
    /// Meeting recording ID (会议录制 ID), as the recording list answers it.
    ///
    /// Wire name `meeting_record_id`, required.
    /// Rules: not empty; not only whitespace.
    pub meeting_record_id: ::std::string::String,
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`. Only the meeting creator, an enterprise super administrator or a user with the recording-management permission may call.
    ///
    /// Wire name `operator_id`, optional.
    /// Rules: not empty; not only whitespace.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator_id: ::std::option::Option<::std::string::String>,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid, 3 rooms_id, all valid here.
    ///
    /// Wire name `operator_id_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator_id_type: ::std::option::Option<crate::OperatorIdType>,
    /// User ID (用户 ID): the older pages' caller identification, still sent by the SDK; the current page identifies the caller by `operator_id` and `operator_id_type`. Optional addition.
    ///
    /// Wire name `userid`, optional.
    /// Rules: not empty; not only whitespace.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub userid: ::std::option::Option<::std::string::String>,
}
impl DeleteMeetingRecordRequest {
    /// A builder of [`DeleteMeetingRecordRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::DeleteMeetingRecordRequestBuilder {
        builders::DeleteMeetingRecordRequestBuilder {
            meeting_id: ::std::option::Option::None,
            meeting_record_id: builders::missing::delete_meeting_record_request::meeting_record_id,
            operator_id: ::std::option::Option::None,
            operator_id_type: ::std::option::Option::None,
            userid: ::std::option::Option::None,
        }
    }
    /// A `DeleteMeetingRecordRequest` with [`meeting_record_id`](Self::meeting_record_id) set and every optional field absent.
    pub fn new(
        meeting_record_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self::builder().meeting_record_id(meeting_record_id).build()
    }
}
impl DeleteMeetingRecordRequest {
    /// `meeting_id`: fewest characters (1).
    pub const MEETING_ID_MIN_LENGTH: usize = 1usize;
    /// `meeting_record_id`: fewest characters (1).
    pub const MEETING_RECORD_ID_MIN_LENGTH: usize = 1usize;
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `userid`: fewest characters (1).
    pub const USERID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for DeleteMeetingRecordRequest {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.meeting_id {
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
        }
        {
            let value = &self.meeting_record_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_record_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
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
impl crate::Validate for DeleteMeetingRecordRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Path parameters of `DELETE /v1/records/{record_file_id}`; the page spells the placeholder `{record_file_id}` too.
///
/// Generated from `schemas/records/delete-record-file.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct DeleteRecordFilePath {
    /// Recording file ID (录制文件 ID), as the recording list answers it.
    ///
    /// Wire name `record_file_id`, required.
    /// Rules: not empty; not only whitespace.
    pub record_file_id: ::std::string::String,
}
impl DeleteRecordFilePath {
    /// A builder of [`DeleteRecordFilePath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::DeleteRecordFilePathBuilder {
        builders::DeleteRecordFilePathBuilder {
            record_file_id: builders::missing::delete_record_file_path::record_file_id,
        }
    }
    /// A `DeleteRecordFilePath` with [`record_file_id`](Self::record_file_id) set and every optional field absent.
    pub fn new(
        record_file_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self::builder().record_file_id(record_file_id).build()
    }
}
impl DeleteRecordFilePath {
    /// `record_file_id`: fewest characters (1).
    pub const RECORD_FILE_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for DeleteRecordFilePath {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
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
impl crate::Validate for DeleteRecordFilePath {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Query string of `DELETE /v1/records/{record_file_id}`: delete one file of a meeting recording (删除单个录制文件). Enterprise self-built apps only (不支持 OAuth). The event `recording.deleted` (删除云录制) reports the deletion. Page 51187 as stored lost its required marks; the caller is identified by `operator_id` + `operator_id_type` (current page) or `userid` (older page, still sent by the SDK), so none is required here. The page's request line also names a `meeting_record_id` its table does not list; it is left out.
///
/// Generated from `schemas/records/delete-record-file.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct DeleteRecordFileRequest {
    /// Meeting ID (会议 ID); may be left out for an uploaded recording file (当针对上传类型的录制文件操作时，可不传).
    ///
    /// Wire name `meeting_id`, optional.
    /// Rules: not empty.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_id: ::std::option::Option<::std::string::String>,
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`. Only the meeting creator, an enterprise super administrator or a user with the recording-management permission may call.
    ///
    /// Wire name `operator_id`, optional.
    /// Rules: not empty; not only whitespace.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator_id: ::std::option::Option<::std::string::String>,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid, 3 rooms_id, all valid here.
    ///
    /// Wire name `operator_id_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operator_id_type: ::std::option::Option<crate::OperatorIdType>,
    /// User ID (用户 ID): the older pages' caller identification, still sent by the SDK; the current page identifies the caller by `operator_id` and `operator_id_type`. Optional addition.
    ///
    /// Wire name `userid`, optional.
    /// Rules: not empty; not only whitespace.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub userid: ::std::option::Option<::std::string::String>,
}
impl DeleteRecordFileRequest {
    /// A builder of [`DeleteRecordFileRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::DeleteRecordFileRequestBuilder {
        builders::DeleteRecordFileRequestBuilder {
            meeting_id: ::std::option::Option::None,
            operator_id: ::std::option::Option::None,
            operator_id_type: ::std::option::Option::None,
            userid: ::std::option::Option::None,
        }
    }
}
impl DeleteRecordFileRequest {
    /// `meeting_id`: fewest characters (1).
    pub const MEETING_ID_MIN_LENGTH: usize = 1usize;
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `userid`: fewest characters (1).
    pub const USERID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for DeleteRecordFileRequest {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.meeting_id {
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_id",
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
impl crate::Validate for DeleteRecordFileRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// A member that could not be given access (AccessMember 对象).
///
/// Generated from `schemas/records/add-record-access-members.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct FailedRecordAccessMember {
    /// What kind of ID `to_operator_id` is (被操作者 ID 类型).
    ///
    /// Wire name `to_operator_id_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub to_operator_id_type: ::std::option::Option<crate::OperatorIdType>,
    /// ID of the member (被操作者 ID).
    ///
    /// Wire name `to_operator_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub to_operator_id: ::std::option::Option<::std::string::String>,
    /// The access asked for (成员访问权限).
    ///
    /// Wire name `permission`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub permission: ::std::option::Option<crate::records::RecordAccessPermission>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl FailedRecordAccessMember {
    /// A builder of [`FailedRecordAccessMember`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::FailedRecordAccessMemberBuilder {
        builders::FailedRecordAccessMemberBuilder {
            to_operator_id_type: ::std::option::Option::None,
            to_operator_id: ::std::option::Option::None,
            permission: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for FailedRecordAccessMember {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("FailedRecordAccessMember")
            .field("to_operator_id_type", &self.to_operator_id_type)
            .field("to_operator_id", &self.to_operator_id)
            .field("permission", &self.permission)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Body of `POST /v1/files/records/upload-finish`: finish a part-by-part upload (分块上传录制文件-完成上传), once every part was uploaded successfully (需要等所有分块上传成功后再调用). The answer's `job_id` names the job; its result arrives later as the event `common.job-results` (异步任务结果) with `business_code` `record.file-upload`. Enterprise self-built apps only, no OAuth 2.0; at most 200 calls a minute; free for a limited time (限时免费).
///
/// Generated from `schemas/records/finish-record-upload.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct FinishRecordUploadRequest {
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid only.
    ///
    /// Wire name `operator_id_type`, required.
    /// Rules: one of 1.
    pub operator_id_type: crate::OperatorIdType,
    /// Upload transaction ID (上传事务 ID), as the prepare call answered it.
    ///
    /// Wire name `upload_id`, required.
    /// Rules: not empty; not only whitespace.
    pub upload_id: ::std::string::String,
    /// Number of speakers in the file (上传文件中的发言人数), at most 12; 0 means many speakers (0代表多人发言).
    ///
    /// Wire name `speak_number`, required.
    /// Rules: from 0 to 12.
    pub speak_number: i64,
    /// Whether smart transcripts and smart minutes are generated (自动生成智能转写和智能纪要): true (the default) generates them, false does not.
    ///
    /// Wire name `ai_record`, optional.
    /// Documented default: `true`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ai_record: ::std::option::Option<bool>,
}
impl FinishRecordUploadRequest {
    /// A builder of [`FinishRecordUploadRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::FinishRecordUploadRequestBuilder {
        builders::FinishRecordUploadRequestBuilder {
            operator_id: builders::missing::finish_record_upload_request::operator_id,
            operator_id_type: builders::missing::finish_record_upload_request::operator_id_type,
            upload_id: builders::missing::finish_record_upload_request::upload_id,
            speak_number: builders::missing::finish_record_upload_request::speak_number,
            ai_record: ::std::option::Option::None,
        }
    }
}
impl FinishRecordUploadRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `upload_id`: fewest characters (1).
    pub const UPLOAD_ID_MIN_LENGTH: usize = 1usize;
    /// `speak_number`: the smallest value (0).
    pub const SPEAK_NUMBER_MINIMUM: i64 = 0i64;
    /// `speak_number`: the largest value (12).
    pub const SPEAK_NUMBER_MAXIMUM: i64 = 12i64;
}
impl crate::validate::ValidateAt for FinishRecordUploadRequest {
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
        {
            let value = &self.upload_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "upload_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        {
            let value = &self.speak_number;
            let path = crate::validate::FieldPath::child_of(
                at,
                "speak_number",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::range(*value, 0i64, 12i64))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for FinishRecordUploadRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Path parameters of `GET /v1/addresses/{record_file_id}`; the page spells the placeholder `{record_file_id}` too.
///
/// Generated from `schemas/records/get-record-file.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetRecordFilePath {
    /// Recording file ID (录制文件 ID), as the recording list answers it.
    ///
    /// Wire name `record_file_id`, required.
    /// Rules: not empty; not only whitespace.
    pub record_file_id: ::std::string::String,
}
impl GetRecordFilePath {
    /// A builder of [`GetRecordFilePath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetRecordFilePathBuilder {
        builders::GetRecordFilePathBuilder {
            record_file_id: builders::missing::get_record_file_path::record_file_id,
        }
    }
    /// A `GetRecordFilePath` with [`record_file_id`](Self::record_file_id) set and every optional field absent.
    pub fn new(
        record_file_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self::builder().record_file_id(record_file_id).build()
    }
}
impl GetRecordFilePath {
    /// `record_file_id`: fewest characters (1).
    pub const RECORD_FILE_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for GetRecordFilePath {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
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
impl crate::Validate for GetRecordFilePath {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Query string of `GET /v1/addresses/{record_file_id}`: one cloud-recording file with its addresses, transcripts and minutes (查询单个录制详情（文件、转写、纪要）). OAuth 2.0 callers only reach recordings of their enterprise's OAuth apps. Since 2026-01-16 apps created after that date must send an STS-Token header (企业自建应用票据) with this request. The SDK also sends `userid` and `address_type`, which the current page does not list: optional additions. The example is written from the page's request line.
///
/// Generated from `schemas/records/get-record-file.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetRecordFileRequest {
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`. Only the meeting creator, an enterprise super administrator or a user with the recording-management permission may call.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid, 3 rooms_id, all valid here.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
    /// User ID (用户 ID): the older pages' caller identification, still sent by the SDK. Optional addition.
    ///
    /// Wire name `userid`, optional.
    /// Rules: not empty; not only whitespace.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub userid: ::std::option::Option<::std::string::String>,
    /// Address type (地址类型): a parameter only the SDK knows, undocumented on the page; passed through as given.
    ///
    /// Wire name `address_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address_type: ::std::option::Option<::std::string::String>,
}
impl GetRecordFileRequest {
    /// A builder of [`GetRecordFileRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetRecordFileRequestBuilder {
        builders::GetRecordFileRequestBuilder {
            operator_id: builders::missing::get_record_file_request::operator_id,
            operator_id_type: builders::missing::get_record_file_request::operator_id_type,
            userid: ::std::option::Option::None,
            address_type: ::std::option::Option::None,
        }
    }
}
impl GetRecordFileRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `userid`: fewest characters (1).
    pub const USERID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for GetRecordFileRequest {
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
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for GetRecordFileRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `GET /v1/addresses/{record_file_id}`: the file's playback and download addresses, transcripts and minutes (单个录制详情). Download links of this page are valid 5 minutes (链接有效期为5分钟). Under OAuth 2.0, for personal free accounts and enterprises created from WeCom, the download fields come back empty: that is a success. `ai_minutes` is listed by the SDK only. Lenient: unknown fields are kept. The example is the older page's, completed with one transcript file.
///
/// Generated from `schemas/records/get-record-file.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetRecordFileResponse {
    /// Recording file ID (录制文件 ID).
    ///
    /// Wire name `record_file_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub record_file_id: ::std::option::Option<::std::string::String>,
    /// Meeting ID (会议 ID).
    ///
    /// Wire name `meeting_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_id: ::std::option::Option<::std::string::String>,
    /// Meeting code (会议 code).
    ///
    /// Wire name `meeting_code`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_code: ::std::option::Option<::std::string::String>,
    /// Playback address (播放地址).
    ///
    /// Wire name `view_address`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub view_address: ::std::option::Option<::std::string::String>,
    /// Download address of the video (录制文件下载地址), valid 5 minutes.
    ///
    /// Wire name `download_address`, optional.
    /// A credential: `Debug` shows `<redacted>` (`x-sensitive`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub download_address: ::std::option::Option<::std::string::String>,
    /// Format of the video download (下载视频文件格式), for example mp4.
    ///
    /// Wire name `download_address_file_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub download_address_file_type: ::std::option::Option<::std::string::String>,
    /// Download address of the audio (音频下载地址), valid 5 minutes.
    ///
    /// Wire name `audio_address`, optional.
    /// A credential: `Debug` shows `<redacted>` (`x-sensitive`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub audio_address: ::std::option::Option<::std::string::String>,
    /// Format of the audio download (下载音频文件格式), for example m4a.
    ///
    /// Wire name `audio_address_file_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub audio_address_file_type: ::std::option::Option<::std::string::String>,
    /// Transcript files of the meeting (会议转写文件列表).
    ///
    /// Wire name `meeting_summary`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_summary: ::std::option::Option<::std::vec::Vec<RecordDownloadFile>>,
    /// Smart-optimized transcript files (录制转写文件（智能优化版）列表).
    ///
    /// Wire name `ai_meeting_transcripts`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ai_meeting_transcripts: ::std::option::Option<
        ::std::vec::Vec<RecordDownloadFile>,
    >,
    /// Smart minutes (智能纪要列表); the SDK lists the field, the page as stored does not show it.
    ///
    /// Wire name `ai_minutes`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ai_minutes: ::std::option::Option<::std::vec::Vec<RecordDownloadFile>>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl GetRecordFileResponse {
    /// A builder of [`GetRecordFileResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetRecordFileResponseBuilder {
        builders::GetRecordFileResponseBuilder {
            record_file_id: ::std::option::Option::None,
            meeting_id: ::std::option::Option::None,
            meeting_code: ::std::option::Option::None,
            view_address: ::std::option::Option::None,
            download_address: ::std::option::Option::None,
            download_address_file_type: ::std::option::Option::None,
            audio_address: ::std::option::Option::None,
            audio_address_file_type: ::std::option::Option::None,
            meeting_summary: ::std::option::Option::None,
            ai_meeting_transcripts: ::std::option::Option::None,
            ai_minutes: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for GetRecordFileResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetRecordFileResponse")
            .field("record_file_id", &self.record_file_id)
            .field("meeting_id", &self.meeting_id)
            .field("meeting_code", &self.meeting_code)
            .field("view_address", &self.view_address)
            .field(
                "download_address",
                &self.download_address.as_ref().map(|_| crate::redacted::Redacted),
            )
            .field("download_address_file_type", &self.download_address_file_type)
            .field(
                "audio_address",
                &self.audio_address.as_ref().map(|_| crate::redacted::Redacted),
            )
            .field("audio_address_file_type", &self.audio_address_file_type)
            .field("meeting_summary", &self.meeting_summary)
            .field("ai_meeting_transcripts", &self.ai_meeting_transcripts)
            .field("ai_minutes", &self.ai_minutes)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Query string of `GET /v1/metrics/records`: daily view and download counts of a meeting recording (查询录制文件访问数据). Needs the permission to view or manage recordings (查看会议录制 VIEW_VIDEO / 管理会议录制 MANAGE_VIDEO); OAuth 2.0 is supported. Without a range the last 31 days are returned; a range may not exceed 31 days (时间区间不允许超过31天). Page 53222 as stored lost its required marks: the required set is the SDK's and the older page's.
///
/// Generated from `schemas/records/get-record-metrics.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetRecordMetricsRequest {
    /// Meeting recording ID (会议录制 ID), as the recording list answers it.
    ///
    /// Wire name `meeting_record_id`, required.
    /// Rules: not empty; not only whitespace.
    pub meeting_record_id: ::std::string::String,
    /// Start of the range (查询起始时间戳), Unix seconds; by default the last 31 days.
    ///
    /// Wire name `start_time`, optional.
    /// Rules: at least 0.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub start_time: ::std::option::Option<i64>,
    /// End of the range (查询结束时间戳), Unix seconds; the range may not exceed 31 days.
    ///
    /// Wire name `end_time`, optional.
    /// Rules: at least 0.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub end_time: ::std::option::Option<i64>,
}
impl GetRecordMetricsRequest {
    /// A builder of [`GetRecordMetricsRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetRecordMetricsRequestBuilder {
        builders::GetRecordMetricsRequestBuilder {
            meeting_record_id: builders::missing::get_record_metrics_request::meeting_record_id,
            start_time: ::std::option::Option::None,
            end_time: ::std::option::Option::None,
        }
    }
    /// A `GetRecordMetricsRequest` with [`meeting_record_id`](Self::meeting_record_id) set and every optional field absent.
    pub fn new(
        meeting_record_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self::builder().meeting_record_id(meeting_record_id).build()
    }
}
impl GetRecordMetricsRequest {
    /// `meeting_record_id`: fewest characters (1).
    pub const MEETING_RECORD_ID_MIN_LENGTH: usize = 1usize;
    /// `start_time`: the smallest value (0).
    pub const START_TIME_MINIMUM: i64 = 0i64;
    /// `end_time`: the smallest value (0).
    pub const END_TIME_MINIMUM: i64 = 0i64;
}
impl crate::validate::ValidateAt for GetRecordMetricsRequest {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.meeting_record_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_record_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        if let ::std::option::Option::Some(value) = &self.start_time {
            let path = crate::validate::FieldPath::child_of(
                at,
                "start_time",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::range(*value, 0i64, i64::MAX))?;
        }
        if let ::std::option::Option::Some(value) = &self.end_time {
            let path = crate::validate::FieldPath::child_of(
                at,
                "end_time",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::range(*value, 0i64, i64::MAX))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for GetRecordMetricsRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `GET /v1/metrics/records`: one summary per day (概览数据集合). Lenient: unknown fields are kept. The example is the page's, shortened to its first three days (the page lists a month of days and is cut off as stored).
///
/// Generated from `schemas/records/get-record-metrics.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetRecordMetricsResponse {
    /// The daily summaries (概览数据集合).
    ///
    /// Wire name `summaries`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub summaries: ::std::option::Option<::std::vec::Vec<RecordDailyMetrics>>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl GetRecordMetricsResponse {
    /// A builder of [`GetRecordMetricsResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetRecordMetricsResponseBuilder {
        builders::GetRecordMetricsResponseBuilder {
            summaries: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for GetRecordMetricsResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetRecordMetricsResponse")
            .field("summaries", &self.summaries)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Path parameters of `GET /v1/records/settings/{meeting_record_id}`; the page spells the placeholder `{meeting_record_id}` too.
///
/// Generated from `schemas/records/get-record-settings.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetRecordSettingsPath {
    /// Meeting recording ID (会议录制 ID), as the recording list answers it.
    ///
    /// Wire name `meeting_record_id`, required.
    /// Rules: not empty; not only whitespace.
    pub meeting_record_id: ::std::string::String,
}
impl GetRecordSettingsPath {
    /// A builder of [`GetRecordSettingsPath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetRecordSettingsPathBuilder {
        builders::GetRecordSettingsPathBuilder {
            meeting_record_id: builders::missing::get_record_settings_path::meeting_record_id,
        }
    }
    /// A `GetRecordSettingsPath` with [`meeting_record_id`](Self::meeting_record_id) set and every optional field absent.
    pub fn new(
        meeting_record_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self::builder().meeting_record_id(meeting_record_id).build()
    }
}
impl GetRecordSettingsPath {
    /// `meeting_record_id`: fewest characters (1).
    pub const MEETING_RECORD_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for GetRecordSettingsPath {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.meeting_record_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_record_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for GetRecordSettingsPath {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Query string of `GET /v1/records/settings/{meeting_record_id}`: the sharing settings of a meeting recording (查询会议录制共享设置): whether sharing is on, who may open the link, password, expiry, download and transcript permissions. Only the recording's manager, an enterprise super administrator or a user with the recording-management permission may query them; OAuth 2.0 is supported. Page 105655 as stored lost its required marks: the required set is the SDK's.
///
/// Generated from `schemas/records/get-record-settings.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetRecordSettingsRequest {
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`. Only the recording's manager, an enterprise super administrator or a user with the recording-management permission may query.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid, the types this page lists. The SDK also lists 3 rooms_id.
    ///
    /// Wire name `operator_id_type`, required.
    /// Rules: one of 1, 2.
    pub operator_id_type: crate::OperatorIdType,
}
impl GetRecordSettingsRequest {
    /// A builder of [`GetRecordSettingsRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetRecordSettingsRequestBuilder {
        builders::GetRecordSettingsRequestBuilder {
            operator_id: builders::missing::get_record_settings_request::operator_id,
            operator_id_type: builders::missing::get_record_settings_request::operator_id_type,
        }
    }
}
impl GetRecordSettingsRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for GetRecordSettingsRequest {
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
            let value = &self.operator_id_type;
            let path = crate::validate::FieldPath::child_of(
                at,
                "operator_id_type",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(
                crate::validate::rules::one_of(i64::from(value.code()), &[1i64, 2i64]),
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for GetRecordSettingsRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `GET /v1/records/settings/{meeting_record_id}`: the recording's name and sharing settings (共享配置). Lenient: unknown fields are kept. The page's example is cut after `enable_password`'s siblings: completed here with the remaining fields of its table.
///
/// Generated from `schemas/records/get-record-settings.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetRecordSettingsResponse {
    /// Meeting ID (会议 ID).
    ///
    /// Wire name `meeting_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_id: ::std::option::Option<::std::string::String>,
    /// Name of the recording (录制名称).
    ///
    /// Wire name `meeting_record_name`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_record_name: ::std::option::Option<::std::string::String>,
    /// The sharing settings (共享配置对象).
    ///
    /// Wire name `sharing_config`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sharing_config: ::std::option::Option<RecordSharingSettings>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl GetRecordSettingsResponse {
    /// A builder of [`GetRecordSettingsResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetRecordSettingsResponseBuilder {
        builders::GetRecordSettingsResponseBuilder {
            meeting_id: ::std::option::Option::None,
            meeting_record_name: ::std::option::Option::None,
            sharing_config: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for GetRecordSettingsResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetRecordSettingsResponse")
            .field("meeting_id", &self.meeting_id)
            .field("meeting_record_name", &self.meeting_record_name)
            .field("sharing_config", &self.sharing_config)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Query string of `GET /v1/records/transcripts/details`: the transcript of a recording file with its timestamps and text (查询录制转写详情), paragraph by paragraph. Supported for OAuth 2.0 callers of business, enterprise and education editions (商业版、企业版、教育版); needs the permission to view or manage recordings. Since 2026-01-16 apps created after that date must send an STS-Token header (企业自建应用票据) with this request. Paging: `pid` names the first paragraph wanted (its own included; default the first, "0") and `limit` how many; the answer's `more` is true when a `pid` or `limit` was given and not everything came back. The answer carries no next-paragraph field: paragraph IDs are consecutive decimal strings in the docs' examples ("0", "1", ...), so the next call's `pid` is the last paragraph's ID plus one; the paragraphs endpoint lists every ID. Page 65111 as stored lost its required marks: the required set is the SDK's. The page has no request example: this one is written from its table.
///
/// Generated from `schemas/records/get-record-transcript.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetRecordTranscriptRequest {
    /// Meeting ID (会议 ID); may be left out for an uploaded recording file (当针对上传类型的录制文件操作时，可不传).
    ///
    /// Wire name `meeting_id`, optional.
    /// Rules: not empty.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_id: ::std::option::Option<::std::string::String>,
    /// Recording file ID (录制文件 ID).
    ///
    /// Wire name `record_file_id`, required.
    /// Rules: not empty; not only whitespace.
    pub record_file_id: ::std::string::String,
    /// ID of the first paragraph to return (查询的起始段落 ID), itself included (获取 pid 后（含）的段落); default from "0".
    ///
    /// Wire name `pid`, optional.
    /// Rules: not empty.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pid: ::std::option::Option<::std::string::String>,
    /// Number of paragraphs to return (查询的段落数); default all.
    ///
    /// Wire name `limit`, optional.
    /// Rules: at least 0.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i64>,
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid, 3 rooms_id, all valid here. Only the meeting creator, an enterprise super administrator or a user with the recording-management permission may call.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
    /// Which version of the transcript (转写类型): 0 original (default), 1 smart-optimized.
    ///
    /// Wire name `transcripts_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub transcripts_type: ::std::option::Option<crate::records::RecordTranscriptType>,
}
impl GetRecordTranscriptRequest {
    /// A builder of [`GetRecordTranscriptRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetRecordTranscriptRequestBuilder {
        builders::GetRecordTranscriptRequestBuilder {
            meeting_id: ::std::option::Option::None,
            record_file_id: builders::missing::get_record_transcript_request::record_file_id,
            pid: ::std::option::Option::None,
            limit: ::std::option::Option::None,
            operator_id: builders::missing::get_record_transcript_request::operator_id,
            operator_id_type: builders::missing::get_record_transcript_request::operator_id_type,
            transcripts_type: ::std::option::Option::None,
        }
    }
}
impl GetRecordTranscriptRequest {
    /// `meeting_id`: fewest characters (1).
    pub const MEETING_ID_MIN_LENGTH: usize = 1usize;
    /// `record_file_id`: fewest characters (1).
    pub const RECORD_FILE_ID_MIN_LENGTH: usize = 1usize;
    /// `pid`: fewest characters (1).
    pub const PID_MIN_LENGTH: usize = 1usize;
    /// `limit`: the smallest value (0).
    pub const LIMIT_MINIMUM: i64 = 0i64;
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for GetRecordTranscriptRequest {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.meeting_id {
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
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
        if let ::std::option::Option::Some(value) = &self.pid {
            let path = crate::validate::FieldPath::child_of(
                at,
                "pid",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
        }
        if let ::std::option::Option::Some(value) = &self.limit {
            let path = crate::validate::FieldPath::child_of(
                at,
                "limit",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::range(*value, 0i64, i64::MAX))?;
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
impl crate::Validate for GetRecordTranscriptRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `GET /v1/records/transcripts/details`: the transcript (录制转写对象) and whether more paragraphs remain. Lenient: unknown fields are kept. The page as stored is cut before its example: this one is written from its tables.
///
/// Generated from `schemas/records/get-record-transcript.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct GetRecordTranscriptResponse {
    /// The transcript (录制转写对象).
    ///
    /// Wire name `minutes`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub minutes: ::std::option::Option<RecordTranscript>,
    /// Whether paragraphs remain (是否还有更多): true when a `pid` or `limit` was given and the answer is not complete (没有一次完全返回).
    ///
    /// Wire name `more`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub more: ::std::option::Option<bool>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl GetRecordTranscriptResponse {
    /// A builder of [`GetRecordTranscriptResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::GetRecordTranscriptResponseBuilder {
        builders::GetRecordTranscriptResponseBuilder {
            minutes: ::std::option::Option::None,
            more: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for GetRecordTranscriptResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetRecordTranscriptResponse")
            .field("minutes", &self.minutes)
            .field("more", &self.more)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Query string of `GET /v1/addresses`: the playback and download addresses of the files of one meeting recording (查询会议录制地址). Only the meeting creator, an enterprise super administrator or a user with the recording-management permission may call it; OAuth 2.0 callers only reach recordings of their enterprise's OAuth apps. The files of one meeting share one sharing link. The SDK also sends `userid` (the older pages' caller identification) and `address_type`, which the current page does not list: both optional additions. The example is written from the page's request line (page 51174 as stored is cut before its example).
///
/// Generated from `schemas/records/list-record-addresses.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct ListRecordAddressesRequest {
    /// Meeting recording ID (会议录制 ID), as the recording list answers it.
    ///
    /// Wire name `meeting_record_id`, required.
    /// Rules: not empty; not only whitespace.
    pub meeting_record_id: ::std::string::String,
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`. Only the meeting creator, an enterprise super administrator or a user with the recording-management permission may call (企业内部请使用企业唯一用户标识; OAuth 2.0 callers use the openid).
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid, 3 rooms_id, all valid here.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
    /// User ID (用户 ID): the older pages' caller identification, still sent by the SDK; the current page uses `operator_id` and `operator_id_type`. Optional addition.
    ///
    /// Wire name `userid`, optional.
    /// Rules: not empty; not only whitespace.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub userid: ::std::option::Option<::std::string::String>,
    /// Page size (分页大小): default 50, at most 50.
    ///
    /// Wire name `page_size`, optional.
    /// Rules: from 1 to 50.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub page_size: ::std::option::Option<i64>,
    /// Page number, from 1 (页码，从1开始); default 1.
    ///
    /// Wire name `page`, optional.
    /// Rules: at least 1.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub page: ::std::option::Option<i64>,
    /// Address type (地址类型): a parameter only the SDK knows, undocumented on the page; passed through as given.
    ///
    /// Wire name `address_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub address_type: ::std::option::Option<::std::string::String>,
}
impl ListRecordAddressesRequest {
    /// A builder of [`ListRecordAddressesRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ListRecordAddressesRequestBuilder {
        builders::ListRecordAddressesRequestBuilder {
            meeting_record_id: builders::missing::list_record_addresses_request::meeting_record_id,
            operator_id: builders::missing::list_record_addresses_request::operator_id,
            operator_id_type: builders::missing::list_record_addresses_request::operator_id_type,
            userid: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            page: ::std::option::Option::None,
            address_type: ::std::option::Option::None,
        }
    }
}
impl ListRecordAddressesRequest {
    /// `meeting_record_id`: fewest characters (1).
    pub const MEETING_RECORD_ID_MIN_LENGTH: usize = 1usize;
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `userid`: fewest characters (1).
    pub const USERID_MIN_LENGTH: usize = 1usize;
    /// `page_size`: the smallest value (1).
    pub const PAGE_SIZE_MINIMUM: i64 = 1i64;
    /// `page_size`: the largest value (50).
    pub const PAGE_SIZE_MAXIMUM: i64 = 50i64;
    /// `page`: the smallest value (1).
    pub const PAGE_MINIMUM: i64 = 1i64;
}
impl crate::validate::ValidateAt for ListRecordAddressesRequest {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.meeting_record_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_record_id",
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
        if let ::std::option::Option::Some(value) = &self.userid {
            let path = crate::validate::FieldPath::child_of(
                at,
                "userid",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            let path = crate::validate::FieldPath::child_of(
                at,
                "page_size",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::range(*value, 1i64, 50i64))?;
        }
        if let ::std::option::Option::Some(value) = &self.page {
            let path = crate::validate::FieldPath::child_of(
                at,
                "page",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::range(*value, 1i64, i64::MAX))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for ListRecordAddressesRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `GET /v1/addresses`: one page of the recording's files with their playback and download addresses (查询会议录制地址). Download addresses expire after 6 hours (默认6小时过期). Under OAuth 2.0, for personal free accounts and enterprises created from WeCom, the download fields come back empty: that is a success. Lenient: unknown fields are kept. The example is the older page's with the paging fields added.
///
/// Generated from `schemas/records/list-record-addresses.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct ListRecordAddressesResponse {
    /// Number of items over all pages (分页查询返回数据总数).
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
    /// Meeting recording ID (会议录制 ID).
    ///
    /// Wire name `meeting_record_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_record_id: ::std::option::Option<::std::string::String>,
    /// Meeting ID (会议 ID).
    ///
    /// Wire name `meeting_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_id: ::std::option::Option<::std::string::String>,
    /// Meeting code (会议 code).
    ///
    /// Wire name `meeting_code`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_code: ::std::option::Option<::std::string::String>,
    /// Meeting subject (会议主题).
    ///
    /// Wire name `subject`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub subject: ::std::option::Option<::std::string::String>,
    /// The recording's files (录制文件列表).
    ///
    /// Wire name `record_files`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub record_files: ::std::option::Option<::std::vec::Vec<RecordFileAddress>>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl ListRecordAddressesResponse {
    /// A builder of [`ListRecordAddressesResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ListRecordAddressesResponseBuilder {
        builders::ListRecordAddressesResponseBuilder {
            total_count: ::std::option::Option::None,
            current_size: ::std::option::Option::None,
            current_page: ::std::option::Option::None,
            total_page: ::std::option::Option::None,
            meeting_record_id: ::std::option::Option::None,
            meeting_id: ::std::option::Option::None,
            meeting_code: ::std::option::Option::None,
            subject: ::std::option::Option::None,
            record_files: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for ListRecordAddressesResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListRecordAddressesResponse")
            .field("total_count", &self.total_count)
            .field("current_size", &self.current_size)
            .field("current_page", &self.current_page)
            .field("total_page", &self.total_page)
            .field("meeting_record_id", &self.meeting_record_id)
            .field("meeting_id", &self.meeting_id)
            .field("meeting_code", &self.meeting_code)
            .field("subject", &self.subject)
            .field("record_files", &self.record_files)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Query string of `GET /v1/records/events`: who viewed or downloaded a meeting recording, and when (获取会议录制操作（查看、下载）记录). Needs the permission to view or manage recordings (VIEW_VIDEO / MANAGE_VIDEO); OAuth 2.0 is supported. Without a range the last 31 days are returned; a range may not exceed 31 days.
///
/// Generated from `schemas/records/list-record-operations.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct ListRecordOperationsRequest {
    /// Meeting recording ID (会议录制 ID), as the recording list answers it.
    ///
    /// Wire name `meeting_record_id`, required.
    /// Rules: not empty; not only whitespace.
    pub meeting_record_id: ::std::string::String,
    /// Which operations to list (查询事件类型): 1 downloads, 2 views.
    ///
    /// Wire name `event_type`, required.
    pub event_type: crate::records::RecordOperationType,
    /// Page size (分页大小): default 20, at most 50.
    ///
    /// Wire name `page_size`, optional.
    /// Rules: from 1 to 50.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub page_size: ::std::option::Option<i64>,
    /// Page number, from 1 (页码，从1开始); default 1.
    ///
    /// Wire name `page`, optional.
    /// Rules: at least 1.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub page: ::std::option::Option<i64>,
    /// Start of the range (查询起始时间戳), Unix seconds; by default the last 31 days.
    ///
    /// Wire name `start_time`, optional.
    /// Rules: at least 0.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub start_time: ::std::option::Option<i64>,
    /// End of the range (查询结束时间戳), Unix seconds; the range may not exceed 31 days.
    ///
    /// Wire name `end_time`, optional.
    /// Rules: at least 0.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub end_time: ::std::option::Option<i64>,
}
impl ListRecordOperationsRequest {
    /// A builder of [`ListRecordOperationsRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ListRecordOperationsRequestBuilder {
        builders::ListRecordOperationsRequestBuilder {
            meeting_record_id: builders::missing::list_record_operations_request::meeting_record_id,
            event_type: builders::missing::list_record_operations_request::event_type,
            page_size: ::std::option::Option::None,
            page: ::std::option::Option::None,
            start_time: ::std::option::Option::None,
            end_time: ::std::option::Option::None,
        }
    }
}
impl ListRecordOperationsRequest {
    /// `meeting_record_id`: fewest characters (1).
    pub const MEETING_RECORD_ID_MIN_LENGTH: usize = 1usize;
    /// `page_size`: the smallest value (1).
    pub const PAGE_SIZE_MINIMUM: i64 = 1i64;
    /// `page_size`: the largest value (50).
    pub const PAGE_SIZE_MAXIMUM: i64 = 50i64;
    /// `page`: the smallest value (1).
    pub const PAGE_MINIMUM: i64 = 1i64;
    /// `start_time`: the smallest value (0).
    pub const START_TIME_MINIMUM: i64 = 0i64;
    /// `end_time`: the smallest value (0).
    pub const END_TIME_MINIMUM: i64 = 0i64;
}
impl crate::validate::ValidateAt for ListRecordOperationsRequest {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.meeting_record_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_record_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            let path = crate::validate::FieldPath::child_of(
                at,
                "page_size",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::range(*value, 1i64, 50i64))?;
        }
        if let ::std::option::Option::Some(value) = &self.page {
            let path = crate::validate::FieldPath::child_of(
                at,
                "page",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::range(*value, 1i64, i64::MAX))?;
        }
        if let ::std::option::Option::Some(value) = &self.start_time {
            let path = crate::validate::FieldPath::child_of(
                at,
                "start_time",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::range(*value, 0i64, i64::MAX))?;
        }
        if let ::std::option::Option::Some(value) = &self.end_time {
            let path = crate::validate::FieldPath::child_of(
                at,
                "end_time",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::range(*value, 0i64, i64::MAX))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for ListRecordOperationsRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `GET /v1/records/events`: one page of view and download operations (事件明细集合). Lenient: unknown fields are kept. The example is the older page's (page 53223 as stored is cut at its example).
///
/// Generated from `schemas/records/list-record-operations.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct ListRecordOperationsResponse {
    /// Number of items over all pages (分页查询返回数据总数).
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
    /// The operations of this page (事件明细集合).
    ///
    /// Wire name `events`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub events: ::std::option::Option<::std::vec::Vec<RecordOperation>>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl ListRecordOperationsResponse {
    /// A builder of [`ListRecordOperationsResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ListRecordOperationsResponseBuilder {
        builders::ListRecordOperationsResponseBuilder {
            total_count: ::std::option::Option::None,
            current_size: ::std::option::Option::None,
            current_page: ::std::option::Option::None,
            total_page: ::std::option::Option::None,
            events: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for ListRecordOperationsResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListRecordOperationsResponse")
            .field("total_count", &self.total_count)
            .field("current_size", &self.current_size)
            .field("current_page", &self.current_page)
            .field("total_page", &self.total_page)
            .field("events", &self.events)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Query string of `GET /v1/records/view-details`: every playback of a recording file in a time range, one row per playback (查询录制文件观看流水记录). OAuth 2.0 callers only see meetings created by their enterprise's OAuth apps; needs the permission to view or manage recordings. Playback is sampled every 5 seconds, so only viewings over 5 seconds are counted (仅支持5s以上的事件记录汇总查询). Only the last 31 days are stored (仅存储最近31天的数据). The page has no request example as stored: this one is written from its table.
///
/// Generated from `schemas/records/list-record-views.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct ListRecordViewsRequest {
    /// Recording file ID (录制文件 ID).
    ///
    /// Wire name `record_file_id`, required.
    /// Rules: not empty; not only whitespace.
    pub record_file_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid, the types this page lists.
    ///
    /// Wire name `operator_id_type`, required.
    /// Rules: one of 1, 2.
    pub operator_id_type: crate::OperatorIdType,
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Page size (分页大小): default 20, at most 50.
    ///
    /// Wire name `page_size`, optional.
    /// Rules: from 1 to 50.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub page_size: ::std::option::Option<i64>,
    /// Page number, from 1 (页码，从1开始); default 1.
    ///
    /// Wire name `page`, optional.
    /// Rules: at least 1.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub page: ::std::option::Option<i64>,
    /// Start of the range (查询起始时间戳), Unix milliseconds (单位毫秒); by default the last 31 days.
    ///
    /// Wire name `start_time`, optional.
    /// Rules: at least 0.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub start_time: ::std::option::Option<i64>,
    /// End of the range (查询结束时间戳), Unix milliseconds (单位毫秒); by default the last 31 days.
    ///
    /// Wire name `end_time`, optional.
    /// Rules: at least 0.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub end_time: ::std::option::Option<i64>,
}
impl ListRecordViewsRequest {
    /// A builder of [`ListRecordViewsRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ListRecordViewsRequestBuilder {
        builders::ListRecordViewsRequestBuilder {
            record_file_id: builders::missing::list_record_views_request::record_file_id,
            operator_id_type: builders::missing::list_record_views_request::operator_id_type,
            operator_id: builders::missing::list_record_views_request::operator_id,
            page_size: ::std::option::Option::None,
            page: ::std::option::Option::None,
            start_time: ::std::option::Option::None,
            end_time: ::std::option::Option::None,
        }
    }
}
impl ListRecordViewsRequest {
    /// `record_file_id`: fewest characters (1).
    pub const RECORD_FILE_ID_MIN_LENGTH: usize = 1usize;
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `page_size`: the smallest value (1).
    pub const PAGE_SIZE_MINIMUM: i64 = 1i64;
    /// `page_size`: the largest value (50).
    pub const PAGE_SIZE_MAXIMUM: i64 = 50i64;
    /// `page`: the smallest value (1).
    pub const PAGE_MINIMUM: i64 = 1i64;
    /// `start_time`: the smallest value (0).
    pub const START_TIME_MINIMUM: i64 = 0i64;
    /// `end_time`: the smallest value (0).
    pub const END_TIME_MINIMUM: i64 = 0i64;
}
impl crate::validate::ValidateAt for ListRecordViewsRequest {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
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
            let value = &self.operator_id_type;
            let path = crate::validate::FieldPath::child_of(
                at,
                "operator_id_type",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(
                crate::validate::rules::one_of(i64::from(value.code()), &[1i64, 2i64]),
            )?;
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
        if let ::std::option::Option::Some(value) = &self.page_size {
            let path = crate::validate::FieldPath::child_of(
                at,
                "page_size",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::range(*value, 1i64, 50i64))?;
        }
        if let ::std::option::Option::Some(value) = &self.page {
            let path = crate::validate::FieldPath::child_of(
                at,
                "page",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::range(*value, 1i64, i64::MAX))?;
        }
        if let ::std::option::Option::Some(value) = &self.start_time {
            let path = crate::validate::FieldPath::child_of(
                at,
                "start_time",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::range(*value, 0i64, i64::MAX))?;
        }
        if let ::std::option::Option::Some(value) = &self.end_time {
            let path = crate::validate::FieldPath::child_of(
                at,
                "end_time",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::range(*value, 0i64, i64::MAX))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for ListRecordViewsRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `GET /v1/records/view-details`: one page of playbacks (事件明细集合). Lenient: unknown fields are kept. The page as stored is cut before its example: this one is written from its tables.
///
/// Generated from `schemas/records/list-record-views.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct ListRecordViewsResponse {
    /// Number of items over all pages (分页查询返回数据总数).
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
    /// The playbacks of this page (事件明细集合).
    ///
    /// Wire name `view_details`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub view_details: ::std::option::Option<::std::vec::Vec<RecordViewDetail>>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl ListRecordViewsResponse {
    /// A builder of [`ListRecordViewsResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ListRecordViewsResponseBuilder {
        builders::ListRecordViewsResponseBuilder {
            total_count: ::std::option::Option::None,
            current_size: ::std::option::Option::None,
            current_page: ::std::option::Option::None,
            total_page: ::std::option::Option::None,
            view_details: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for ListRecordViewsResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListRecordViewsResponse")
            .field("total_count", &self.total_count)
            .field("current_size", &self.current_size)
            .field("current_page", &self.current_page)
            .field("total_page", &self.total_page)
            .field("view_details", &self.view_details)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Query string of `GET /v1/records`: list the cloud recordings of a time range (查询会议录制列表), for the meeting a `meeting_id` or `meeting_code` names or, with neither, for all meetings of the operator. Only the creator of a meeting, an enterprise super administrator or a user with the recording-management permission (录制管理权限) may call it; OAuth 2.0 callers only see recordings of their enterprise's OAuth apps. The range from `start_time` to `end_time` may not exceed 31 days (时间区间不允许超过31天). Page 51189 as stored lost its required marks: the required set is the SDK's (`operator_id`, `operator_id_type`, `start_time`, `end_time`), which the older page (userid, start_time, end_time) agrees with.
///
/// Generated from `schemas/records/list-records.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct ListRecordsRequest {
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`. Only the meeting creator, an enterprise super administrator or a user with the recording-management permission may call; without `meeting_id` and `meeting_code` every meeting of this user is listed.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid, 3 rooms_id, all valid here.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
    /// Meeting ID (会议 ID), the meeting's unique key; queried first when given.
    ///
    /// Wire name `meeting_id`, optional.
    /// Rules: not empty.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_id: ::std::option::Option<::std::string::String>,
    /// Meeting code (会议 code), a secondary, non-unique condition (非唯一标识) used when `meeting_id` is absent.
    ///
    /// Wire name `meeting_code`, optional.
    /// Rules: not empty.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_code: ::std::option::Option<::std::string::String>,
    /// Start of the range (查询起始时间戳), Unix seconds; the range may not exceed 31 days.
    ///
    /// Wire name `start_time`, required.
    /// Rules: at least 0.
    pub start_time: i64,
    /// End of the range (查询结束时间戳), Unix seconds; the range may not exceed 31 days.
    ///
    /// Wire name `end_time`, required.
    /// Rules: at least 0.
    pub end_time: i64,
    /// Page size (分页大小): default 10, at most 20.
    ///
    /// Wire name `page_size`, optional.
    /// Rules: from 1 to 20.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub page_size: ::std::option::Option<i64>,
    /// Page number, from 1 (页码，从1开始); default 1.
    ///
    /// Wire name `page`, optional.
    /// Rules: at least 1.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub page: ::std::option::Option<i64>,
    /// Which meetings to list by network (会议类型): 0 all, 1 public-network (公网会议), 2 private-network (专网会议).
    ///
    /// Wire name `media_set_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub media_set_type: ::std::option::Option<crate::records::RecordMediaSetType>,
    /// Which kind of recording to list (录制类型), default 1 (cloud recording).
    ///
    /// Wire name `query_record_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub query_record_type: ::std::option::Option<crate::records::RecordQueryType>,
}
impl ListRecordsRequest {
    /// A builder of [`ListRecordsRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ListRecordsRequestBuilder {
        builders::ListRecordsRequestBuilder {
            operator_id: builders::missing::list_records_request::operator_id,
            operator_id_type: builders::missing::list_records_request::operator_id_type,
            meeting_id: ::std::option::Option::None,
            meeting_code: ::std::option::Option::None,
            start_time: builders::missing::list_records_request::start_time,
            end_time: builders::missing::list_records_request::end_time,
            page_size: ::std::option::Option::None,
            page: ::std::option::Option::None,
            media_set_type: ::std::option::Option::None,
            query_record_type: ::std::option::Option::None,
        }
    }
}
impl ListRecordsRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `meeting_id`: fewest characters (1).
    pub const MEETING_ID_MIN_LENGTH: usize = 1usize;
    /// `meeting_code`: fewest characters (1).
    pub const MEETING_CODE_MIN_LENGTH: usize = 1usize;
    /// `start_time`: the smallest value (0).
    pub const START_TIME_MINIMUM: i64 = 0i64;
    /// `end_time`: the smallest value (0).
    pub const END_TIME_MINIMUM: i64 = 0i64;
    /// `page_size`: the smallest value (1).
    pub const PAGE_SIZE_MINIMUM: i64 = 1i64;
    /// `page_size`: the largest value (20).
    pub const PAGE_SIZE_MAXIMUM: i64 = 20i64;
    /// `page`: the smallest value (1).
    pub const PAGE_MINIMUM: i64 = 1i64;
}
impl crate::validate::ValidateAt for ListRecordsRequest {
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
        if let ::std::option::Option::Some(value) = &self.meeting_id {
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
        }
        if let ::std::option::Option::Some(value) = &self.meeting_code {
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_code",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
        }
        {
            let value = &self.start_time;
            let path = crate::validate::FieldPath::child_of(
                at,
                "start_time",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::range(*value, 0i64, i64::MAX))?;
        }
        {
            let value = &self.end_time;
            let path = crate::validate::FieldPath::child_of(
                at,
                "end_time",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::range(*value, 0i64, i64::MAX))?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            let path = crate::validate::FieldPath::child_of(
                at,
                "page_size",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::range(*value, 1i64, 20i64))?;
        }
        if let ::std::option::Option::Some(value) = &self.page {
            let path = crate::validate::FieldPath::child_of(
                at,
                "page",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::range(*value, 1i64, i64::MAX))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for ListRecordsRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `GET /v1/records`: one page of meeting recordings (会议录制列表). Lenient: unknown fields are kept. The example is the older page's (page 51189 as stored is cut before its example), with `record_file_id` quoted: that page printed it as a bare number although the table types it String.
///
/// Generated from `schemas/records/list-records.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct ListRecordsResponse {
    /// Number of items over all pages (分页查询返回数据总数).
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
    /// The meeting recordings of this page (会议录制列表).
    ///
    /// Wire name `record_meetings`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub record_meetings: ::std::option::Option<::std::vec::Vec<RecordMeeting>>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl ListRecordsResponse {
    /// A builder of [`ListRecordsResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ListRecordsResponseBuilder {
        builders::ListRecordsResponseBuilder {
            total_count: ::std::option::Option::None,
            current_size: ::std::option::Option::None,
            current_page: ::std::option::Option::None,
            total_page: ::std::option::Option::None,
            record_meetings: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for ListRecordsResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListRecordsResponse")
            .field("total_count", &self.total_count)
            .field("current_size", &self.current_size)
            .field("current_page", &self.current_page)
            .field("total_page", &self.total_page)
            .field("record_meetings", &self.record_meetings)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Query string of `GET /v1/records/transcripts/paragraphs`: the paragraphs of a recording's transcript, their number and IDs (查询录制转写段落信息). Supported for OAuth 2.0 callers of business, enterprise and education editions (商业版、企业版、教育版); needs the permission to view or manage recordings.
///
/// Generated from `schemas/records/list-transcript-paragraphs.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct ListTranscriptParagraphsRequest {
    /// Meeting ID (会议 ID); may be left out for an uploaded recording file (当针对上传类型的录制文件操作时，可不传).
    ///
    /// Wire name `meeting_id`, optional.
    /// Rules: not empty.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_id: ::std::option::Option<::std::string::String>,
    /// Recording file ID (录制文件 ID).
    ///
    /// Wire name `record_file_id`, required.
    /// Rules: not empty; not only whitespace.
    pub record_file_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid, 3 rooms_id, all valid here. Only the meeting creator, an enterprise super administrator or a user with the recording-management permission may call.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
}
impl ListTranscriptParagraphsRequest {
    /// A builder of [`ListTranscriptParagraphsRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ListTranscriptParagraphsRequestBuilder {
        builders::ListTranscriptParagraphsRequestBuilder {
            meeting_id: ::std::option::Option::None,
            record_file_id: builders::missing::list_transcript_paragraphs_request::record_file_id,
            operator_id_type: builders::missing::list_transcript_paragraphs_request::operator_id_type,
            operator_id: builders::missing::list_transcript_paragraphs_request::operator_id,
        }
    }
}
impl ListTranscriptParagraphsRequest {
    /// `meeting_id`: fewest characters (1).
    pub const MEETING_ID_MIN_LENGTH: usize = 1usize;
    /// `record_file_id`: fewest characters (1).
    pub const RECORD_FILE_ID_MIN_LENGTH: usize = 1usize;
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for ListTranscriptParagraphsRequest {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.meeting_id {
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
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
impl crate::Validate for ListTranscriptParagraphsRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `GET /v1/records/transcripts/paragraphs`: the paragraphs of the transcript (段落对象列表). Lenient: unknown fields are kept.
///
/// Generated from `schemas/records/list-transcript-paragraphs.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct ListTranscriptParagraphsResponse {
    /// Number of paragraphs (段落总数).
    ///
    /// Wire name `total`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub total: ::std::option::Option<i64>,
    /// Voiceprint recognition state (声纹识别状态): 0 not finished, 1 finished (or not needed).
    ///
    /// Wire name `audio_detect`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub audio_detect: ::std::option::Option<i64>,
    /// The paragraphs (段落对象列表).
    ///
    /// Wire name `pids`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pids: ::std::option::Option<::std::vec::Vec<RecordTranscriptParagraphSpan>>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl ListTranscriptParagraphsResponse {
    /// A builder of [`ListTranscriptParagraphsResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::ListTranscriptParagraphsResponseBuilder {
        builders::ListTranscriptParagraphsResponseBuilder {
            total: ::std::option::Option::None,
            audio_detect: ::std::option::Option::None,
            pids: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for ListTranscriptParagraphsResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListTranscriptParagraphsResponse")
            .field("total", &self.total)
            .field("audio_detect", &self.audio_detect)
            .field("pids", &self.pids)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Body of `POST /v1/files/records/upload-prepare`: start a part-by-part upload of a recording file (分块上传录制文件-预上传), meant for files over 20 MB. The answer gives the upload ID (上传事务 ID) and the part plan: `block_size` bytes per part and `block_num` parts. Audio files may be at most 500 MB (最大500M), video files at most 4 GB (最大4GB); read as 500 MiB and 4 GiB, the more generous readings, and only the larger limit is a keyword (the smaller depends on `file_type`). Enterprise self-built apps only, no OAuth 2.0; at most 200 calls a minute. No checksum of the whole file is sent in this flow: each part carries its own MD5. The page's example sends `file_name` as `xxxxxx.mp4`, not base64-encoded: the example here encodes that name.
///
/// Generated from `schemas/records/prepare-record-upload.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct PrepareRecordUploadRequest {
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid only.
    ///
    /// Wire name `operator_id_type`, required.
    /// Rules: one of 1.
    pub operator_id_type: crate::OperatorIdType,
    /// File name with its extension (文件名+后缀), base64-encoded (base64编码); the page allows at most 30 characters (最多支持30个字符), read here as the decoded name, the more generous reading.
    ///
    /// Wire name `file_name`, required.
    /// Rules: not empty; standard base64 of a text that is 1 to 30 characters, not only whitespace (make it with [`encode_base64`](crate::encode_base64)).
    pub file_name: ::std::string::String,
    /// Kind of file (文件类型): `voice` (音频: m4a, aiff, wma, ogg, aac, amr, wav, mp3) or `video` (视频: mp4, flv, mov, ogg, avi, wmv, m4v, 3gp, mpeg). Audio at most 500 MB, video at most 4 GB.
    ///
    /// Wire name `file_type`, required.
    pub file_type: crate::records::RecordUploadFileType,
    /// Size of the whole file in bytes (文件大小), which must equal the real size (需确保和实际文件大小相等): audio at most 500 MB, video at most 4 GB (4,294,967,296 bytes, the keyword).
    ///
    /// Wire name `file_size`, required.
    /// Rules: from 0 to 4294967296.
    pub file_size: i64,
}
impl PrepareRecordUploadRequest {
    /// A builder of [`PrepareRecordUploadRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::PrepareRecordUploadRequestBuilder {
        builders::PrepareRecordUploadRequestBuilder {
            operator_id: builders::missing::prepare_record_upload_request::operator_id,
            operator_id_type: builders::missing::prepare_record_upload_request::operator_id_type,
            file_name: builders::missing::prepare_record_upload_request::file_name,
            file_type: builders::missing::prepare_record_upload_request::file_type,
            file_size: builders::missing::prepare_record_upload_request::file_size,
        }
    }
}
impl PrepareRecordUploadRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `file_name`: fewest characters (1).
    pub const FILE_NAME_MIN_LENGTH: usize = 1usize;
    /// `file_name` once base64-decoded: fewest characters (1).
    pub const FILE_NAME_DECODED_MIN_LENGTH: usize = 1usize;
    /// `file_name` once base64-decoded: most characters (30).
    pub const FILE_NAME_DECODED_MAX_LENGTH: usize = 30usize;
    /// `file_size`: the smallest value (0).
    pub const FILE_SIZE_MINIMUM: i64 = 0i64;
    /// `file_size`: the largest value (4294967296).
    pub const FILE_SIZE_MAXIMUM: i64 = 4294967296i64;
}
impl crate::validate::ValidateAt for PrepareRecordUploadRequest {
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
        {
            let value = &self.file_name;
            let path = crate::validate::FieldPath::child_of(
                at,
                "file_name",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(
                crate::validate::rules::base64_text(
                    value,
                    |text| {
                        crate::validate::rules::char_count(text, 1usize, 30usize)?;
                        crate::validate::rules::not_blank(text)?;
                        ::std::result::Result::Ok(())
                    },
                ),
            )?;
        }
        {
            let value = &self.file_size;
            let path = crate::validate::FieldPath::child_of(
                at,
                "file_size",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::range(*value, 0i64, 4294967296i64))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for PrepareRecordUploadRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `POST /v1/files/records/upload-prepare`: the upload transaction and its part plan (分块策略). Send `block_num` parts numbered from 1 (`file_seq`), each of `block_size` bytes except the last, which holds the rest; then finish the upload. An upload can be resumed within 6 hours (支持6小时内的断点续传). Lenient: unknown fields are kept. The example is the page's.
///
/// Generated from `schemas/records/prepare-record-upload.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct PrepareRecordUploadResponse {
    /// Upload transaction ID (上传事务 ID), sent with every part and with the finish call.
    ///
    /// Wire name `upload_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub upload_id: ::std::option::Option<::std::string::String>,
    /// Size of each part in bytes (分块大小策略); the last part may be smaller.
    ///
    /// Wire name `block_size`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub block_size: ::std::option::Option<i64>,
    /// Number of parts (分块数量).
    ///
    /// Wire name `block_num`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub block_num: ::std::option::Option<i64>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl PrepareRecordUploadResponse {
    /// A builder of [`PrepareRecordUploadResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::PrepareRecordUploadResponseBuilder {
        builders::PrepareRecordUploadResponseBuilder {
            upload_id: ::std::option::Option::None,
            block_size: ::std::option::Option::None,
            block_num: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for PrepareRecordUploadResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PrepareRecordUploadResponse")
            .field("upload_id", &self.upload_id)
            .field("block_size", &self.block_size)
            .field("block_num", &self.block_num)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
impl PrepareRecordUploadResponse {
    /// `upload_id` of the answer, or `None` where the service left it out: Upload transaction ID (上传事务 ID), sent with every part and with the finish call.
    ///
    /// (Declared in the schema of `PrepareRecordUploadResponse`, `x-accessors`.)
    pub fn upload_id(&self) -> ::std::option::Option<&str> {
        let value = self;
        let value = value.upload_id.as_ref()?;
        ::std::option::Option::Some(value.as_str())
    }
}
/// A member to give access to a recording (AccessMember 对象): a participant of the meeting or a member of the enterprise (只支持设置参会成员或企业内成员).
///
/// Generated from `schemas/records/add-record-access-members.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct RecordAccessMember {
    /// What kind of ID `to_operator_id` is (被操作者 ID 类型): 1 userid, 2 open_id, 4 ms_open_id.
    ///
    /// Wire name `to_operator_id_type`, required.
    pub to_operator_id_type: crate::OperatorIdType,
    /// ID of the member (被操作者 ID), of the kind `to_operator_id_type` names.
    ///
    /// Wire name `to_operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub to_operator_id: ::std::string::String,
    /// What the member may do (成员访问权限): 0 view only (the default), 1 manage.
    ///
    /// Wire name `permission`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub permission: ::std::option::Option<crate::records::RecordAccessPermission>,
}
impl RecordAccessMember {
    /// A builder of [`RecordAccessMember`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RecordAccessMemberBuilder {
        builders::RecordAccessMemberBuilder {
            to_operator_id_type: builders::missing::record_access_member::to_operator_id_type,
            to_operator_id: builders::missing::record_access_member::to_operator_id,
            permission: ::std::option::Option::None,
        }
    }
}
impl RecordAccessMember {
    /// `to_operator_id`: fewest characters (1).
    pub const TO_OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for RecordAccessMember {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
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
impl crate::Validate for RecordAccessMember {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// A member whose access to a recording is removed (AccessMember 对象).
///
/// Generated from `schemas/records/remove-record-access-members.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct RecordAccessMemberId {
    /// What kind of ID `to_operator_id` is (被操作者 ID 类型): 1 userid, 2 open_id, 4 ms_open_id.
    ///
    /// Wire name `to_operator_id_type`, required.
    pub to_operator_id_type: crate::OperatorIdType,
    /// ID of the member (被操作者 ID), of the kind `to_operator_id_type` names.
    ///
    /// Wire name `to_operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub to_operator_id: ::std::string::String,
}
impl RecordAccessMemberId {
    /// A builder of [`RecordAccessMemberId`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RecordAccessMemberIdBuilder {
        builders::RecordAccessMemberIdBuilder {
            to_operator_id_type: builders::missing::record_access_member_id::to_operator_id_type,
            to_operator_id: builders::missing::record_access_member_id::to_operator_id,
        }
    }
}
impl RecordAccessMemberId {
    /// `to_operator_id`: fewest characters (1).
    pub const TO_OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for RecordAccessMemberId {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
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
impl crate::Validate for RecordAccessMemberId {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// The access counts of one day (Summary 对象).
///
/// Generated from `schemas/records/get-record-metrics.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RecordDailyMetrics {
    /// The day counted (统计时间), `yyyy-MM-dd`.
    ///
    /// Wire name `date`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub date: ::std::option::Option<::std::string::String>,
    /// Views that day (观看次数（当天数据）), default 0.
    ///
    /// Wire name `view_counts`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub view_counts: ::std::option::Option<i64>,
    /// Downloads that day (下载次数（当天数据）), default 0.
    ///
    /// Wire name `download_counts`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub download_counts: ::std::option::Option<i64>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RecordDailyMetrics {
    /// A builder of [`RecordDailyMetrics`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RecordDailyMetricsBuilder {
        builders::RecordDailyMetricsBuilder {
            date: ::std::option::Option::None,
            view_counts: ::std::option::Option::None,
            download_counts: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RecordDailyMetrics {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RecordDailyMetrics")
            .field("date", &self.date)
            .field("view_counts", &self.view_counts)
            .field("download_counts", &self.download_counts)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// A downloadable file made from a recording (下载文件): a summary, a transcript or smart minutes. Under OAuth 2.0, for personal free accounts and enterprises created from WeCom, the values come back empty (该值返回为空).
///
/// Generated from `schemas/records/definitions.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RecordDownloadFile {
    /// Download URL of the file (下载文件地址).
    ///
    /// Wire name `download_address`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub download_address: ::std::option::Option<::std::string::String>,
    /// Format of the file (下载文件类型), for example txt, pdf, docx.
    ///
    /// Wire name `file_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub file_type: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RecordDownloadFile {
    /// A builder of [`RecordDownloadFile`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RecordDownloadFileBuilder {
        builders::RecordDownloadFileBuilder {
            download_address: ::std::option::Option::None,
            file_type: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RecordDownloadFile {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RecordDownloadFile")
            .field("download_address", &self.download_address)
            .field("file_type", &self.file_type)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One file of a meeting recording (录制文件对象) and its sharing state.
///
/// Generated from `schemas/records/list-records.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RecordFile {
    /// Recording file ID (录制文件 ID).
    ///
    /// Wire name `record_file_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub record_file_id: ::std::option::Option<::std::string::String>,
    /// When recording started (开始录制时间), Unix milliseconds.
    ///
    /// Wire name `record_start_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub record_start_time: ::std::option::Option<i64>,
    /// When recording ended (结束录制时间), Unix milliseconds.
    ///
    /// Wire name `record_end_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub record_end_time: ::std::option::Option<i64>,
    /// File size in bytes (文件大小).
    ///
    /// Wire name `record_size`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub record_size: ::std::option::Option<i64>,
    /// Whether sharing is on (共享状态): 0 off, 1 on; the sharing fields below come back only when it is on.
    ///
    /// Wire name `sharing_state`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sharing_state: ::std::option::Option<i64>,
    /// Sharing link (共享链接), when sharing is on.
    ///
    /// Wire name `sharing_url`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sharing_url: ::std::option::Option<::std::string::String>,
    /// Only members of the same enterprise may view (仅企业用户可查看), when sharing is on.
    ///
    /// Wire name `required_same_corp`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub required_same_corp: ::std::option::Option<bool>,
    /// Only participants of the meeting may view (仅参会成员可查看), when sharing is on.
    ///
    /// Wire name `required_participant`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub required_participant: ::std::option::Option<bool>,
    /// Access password of the sharing link (访问密码), when sharing is on.
    ///
    /// Wire name `password`, optional.
    /// A credential: `Debug` shows `<redacted>` (`x-sensitive`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub password: ::std::option::Option<::std::string::String>,
    /// Validity of the sharing link (共享链接有效期), milliseconds; 0 when sharing is off means no expiry (永久有效).
    ///
    /// Wire name `sharing_expire`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sharing_expire: ::std::option::Option<i64>,
    /// Whether downloading is allowed (是否允许下载), when sharing is on.
    ///
    /// Wire name `allow_download`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub allow_download: ::std::option::Option<bool>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RecordFile {
    /// A builder of [`RecordFile`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RecordFileBuilder {
        builders::RecordFileBuilder {
            record_file_id: ::std::option::Option::None,
            record_start_time: ::std::option::Option::None,
            record_end_time: ::std::option::Option::None,
            record_size: ::std::option::Option::None,
            sharing_state: ::std::option::Option::None,
            sharing_url: ::std::option::Option::None,
            required_same_corp: ::std::option::Option::None,
            required_participant: ::std::option::Option::None,
            password: ::std::option::Option::None,
            sharing_expire: ::std::option::Option::None,
            allow_download: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RecordFile {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RecordFile")
            .field("record_file_id", &self.record_file_id)
            .field("record_start_time", &self.record_start_time)
            .field("record_end_time", &self.record_end_time)
            .field("record_size", &self.record_size)
            .field("sharing_state", &self.sharing_state)
            .field("sharing_url", &self.sharing_url)
            .field("required_same_corp", &self.required_same_corp)
            .field("required_participant", &self.required_participant)
            .field(
                "password",
                &self.password.as_ref().map(|_| crate::redacted::Redacted),
            )
            .field("sharing_expire", &self.sharing_expire)
            .field("allow_download", &self.allow_download)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// The addresses of one recording file (录制文件对象).
///
/// Generated from `schemas/records/list-record-addresses.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RecordFileAddress {
    /// Recording file ID (录制文件 ID).
    ///
    /// Wire name `record_file_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub record_file_id: ::std::option::Option<::std::string::String>,
    /// Playback address (播放地址).
    ///
    /// Wire name `view_address`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub view_address: ::std::option::Option<::std::string::String>,
    /// Download address of the video (下载地址), valid 6 hours; empty for some OAuth callers.
    ///
    /// Wire name `download_address`, optional.
    /// A credential: `Debug` shows `<redacted>` (`x-sensitive`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub download_address: ::std::option::Option<::std::string::String>,
    /// Format of the video download (下载视频文件格式), for example mp4.
    ///
    /// Wire name `download_address_file_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub download_address_file_type: ::std::option::Option<::std::string::String>,
    /// Download address of the audio (音频下载地址); empty for some OAuth callers.
    ///
    /// Wire name `audio_address`, optional.
    /// A credential: `Debug` shows `<redacted>` (`x-sensitive`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub audio_address: ::std::option::Option<::std::string::String>,
    /// Format of the audio download (下载音频文件格式), for example m4a.
    ///
    /// Wire name `audio_address_file_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub audio_address_file_type: ::std::option::Option<::std::string::String>,
    /// Meeting summary files (会议纪要文件列表).
    ///
    /// Wire name `meeting_summary`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_summary: ::std::option::Option<::std::vec::Vec<RecordDownloadFile>>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RecordFileAddress {
    /// A builder of [`RecordFileAddress`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RecordFileAddressBuilder {
        builders::RecordFileAddressBuilder {
            record_file_id: ::std::option::Option::None,
            view_address: ::std::option::Option::None,
            download_address: ::std::option::Option::None,
            download_address_file_type: ::std::option::Option::None,
            audio_address: ::std::option::Option::None,
            audio_address_file_type: ::std::option::Option::None,
            meeting_summary: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RecordFileAddress {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RecordFileAddress")
            .field("record_file_id", &self.record_file_id)
            .field("view_address", &self.view_address)
            .field(
                "download_address",
                &self.download_address.as_ref().map(|_| crate::redacted::Redacted),
            )
            .field("download_address_file_type", &self.download_address_file_type)
            .field(
                "audio_address",
                &self.audio_address.as_ref().map(|_| crate::redacted::Redacted),
            )
            .field("audio_address_file_type", &self.audio_address_file_type)
            .field("meeting_summary", &self.meeting_summary)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// The recording of one meeting (会议录制对象).
///
/// Generated from `schemas/records/list-records.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RecordMeeting {
    /// Meeting recording ID (会议录制 ID).
    ///
    /// Wire name `meeting_record_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_record_id: ::std::option::Option<::std::string::String>,
    /// Meeting ID (会议 ID).
    ///
    /// Wire name `meeting_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_id: ::std::option::Option<::std::string::String>,
    /// Meeting code (会议 code).
    ///
    /// Wire name `meeting_code`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_code: ::std::option::Option<::std::string::String>,
    /// User ID of the host (主持人用户 ID).
    ///
    /// Wire name `host_user_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub host_user_id: ::std::option::Option<::std::string::String>,
    /// When the meeting started (会议开始时间), Unix milliseconds.
    ///
    /// Wire name `media_start_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub media_start_time: ::std::option::Option<i64>,
    /// Meeting subject (会议主题).
    ///
    /// Wire name `subject`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub subject: ::std::option::Option<::std::string::String>,
    /// Recording state (录制状态); files are listed only when transcoding is done.
    ///
    /// Wire name `state`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<crate::records::RecordState>,
    /// Kind of the recording (录制文件类型): the SDK documents 0 cloud recording and 2 uploaded recording; the page does not list the field. An open integer.
    ///
    /// Wire name `record_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub record_type: ::std::option::Option<i64>,
    /// Network of the meeting (会议类型); the SDK lists it, the older page does not.
    ///
    /// Wire name `media_set_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub media_set_type: ::std::option::Option<crate::records::RecordMediaSetType>,
    /// The files of the recording (录制文件列表), present once transcoded.
    ///
    /// Wire name `record_files`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub record_files: ::std::option::Option<::std::vec::Vec<RecordFile>>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RecordMeeting {
    /// A builder of [`RecordMeeting`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RecordMeetingBuilder {
        builders::RecordMeetingBuilder {
            meeting_record_id: ::std::option::Option::None,
            meeting_id: ::std::option::Option::None,
            meeting_code: ::std::option::Option::None,
            host_user_id: ::std::option::Option::None,
            media_start_time: ::std::option::Option::None,
            subject: ::std::option::Option::None,
            state: ::std::option::Option::None,
            record_type: ::std::option::Option::None,
            media_set_type: ::std::option::Option::None,
            record_files: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RecordMeeting {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RecordMeeting")
            .field("meeting_record_id", &self.meeting_record_id)
            .field("meeting_id", &self.meeting_id)
            .field("meeting_code", &self.meeting_code)
            .field("host_user_id", &self.host_user_id)
            .field("media_start_time", &self.media_start_time)
            .field("subject", &self.subject)
            .field("state", &self.state)
            .field("record_type", &self.record_type)
            .field("media_set_type", &self.media_set_type)
            .field("record_files", &self.record_files)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// One view or download of a recording (Event 对象).
///
/// Generated from `schemas/records/list-record-operations.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RecordOperation {
    /// When it happened (操作时间), Unix milliseconds.
    ///
    /// Wire name `operate_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub operate_time: ::std::option::Option<i64>,
    /// What happened (查询事件类型): 1 download, 2 view.
    ///
    /// Wire name `event_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub event_type: ::std::option::Option<crate::records::RecordOperationType>,
    /// User ID (用户 ID).
    ///
    /// Wire name `userid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub userid: ::std::option::Option<::std::string::String>,
    /// User name (用户名称).
    ///
    /// Wire name `user_name`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub user_name: ::std::option::Option<::std::string::String>,
    /// Name of the recording file (录制文件名称).
    ///
    /// Wire name `record_name`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub record_name: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RecordOperation {
    /// A builder of [`RecordOperation`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RecordOperationBuilder {
        builders::RecordOperationBuilder {
            operate_time: ::std::option::Option::None,
            event_type: ::std::option::Option::None,
            userid: ::std::option::Option::None,
            user_name: ::std::option::Option::None,
            record_name: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RecordOperation {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RecordOperation")
            .field("operate_time", &self.operate_time)
            .field("event_type", &self.event_type)
            .field("userid", &self.userid)
            .field("user_name", &self.user_name)
            .field("record_name", &self.record_name)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Sharing settings to apply to a recording (SharingConfig 对象). With `enable_sharing` false no other field may be set, and turning sharing off forgets the previous settings (之前设置的共享设置将不保存). `password` must be sent when `enable_password` is true and must not be when it is false; likewise `sharing_expire` with `enable_sharing_expire`.
///
/// Generated from `schemas/records/update-record-settings.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RecordSharingConfig {
    /// Whether sharing is on (共享开关), default true; when false no other field may be set.
    ///
    /// Wire name `enable_sharing`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_sharing: ::std::option::Option<bool>,
    /// Who may view (共享权限类型); about to be retired (即将废弃): use `share_scope` and the other fields instead.
    ///
    /// Wire name `sharing_auth_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sharing_auth_type: ::std::option::Option<crate::records::RecordSharingAuthType>,
    /// Who may open the link (访问范围): 0 everyone, 1 the same enterprise.
    ///
    /// Wire name `share_scope`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub share_scope: ::std::option::Option<crate::records::RecordShareScope>,
    /// Whether viewers need approval (是否需要审批); an alternative to the password: when false and a password is set, the password applies.
    ///
    /// Wire name `enable_approve`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_approve: ::std::option::Option<bool>,
    /// Whether a password is required (是否开启密码), default true.
    ///
    /// Wire name `enable_password`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_password: ::std::option::Option<bool>,
    /// The sharing password (共享密码): 4 to 8 letters or digits (4\~8位字母或数字), random by default; required when `enable_password` is true, not allowed when it is false.
    ///
    /// Wire name `password`, optional.
    /// A credential: `Debug` shows `<redacted>` (`x-sensitive`).
    /// Rules: 4 to 8 characters; ASCII letters and digits only.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub password: ::std::option::Option<::std::string::String>,
    /// Whether the link expires (是否开启共享链接有效期), default false.
    ///
    /// Wire name `enable_sharing_expire`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_sharing_expire: ::std::option::Option<bool>,
    /// When the link expires (共享链接有效期), Unix milliseconds; required when `enable_sharing_expire` is true, not allowed when it is false.
    ///
    /// Wire name `sharing_expire`, optional.
    /// Rules: at least 0.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sharing_expire: ::std::option::Option<i64>,
    /// Whether downloading is allowed (是否允许下载), default false.
    ///
    /// Wire name `allow_download`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub allow_download: ::std::option::Option<bool>,
    /// Whether viewers may read the transcript or minutes (是否允许查看会议纪要), default true; listed by the SDK, not in the part of the page that was stored.
    ///
    /// Wire name `allow_view_transcripts`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub allow_view_transcripts: ::std::option::Option<bool>,
}
impl RecordSharingConfig {
    /// A builder of [`RecordSharingConfig`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RecordSharingConfigBuilder {
        builders::RecordSharingConfigBuilder {
            enable_sharing: ::std::option::Option::None,
            sharing_auth_type: ::std::option::Option::None,
            share_scope: ::std::option::Option::None,
            enable_approve: ::std::option::Option::None,
            enable_password: ::std::option::Option::None,
            password: ::std::option::Option::None,
            enable_sharing_expire: ::std::option::Option::None,
            sharing_expire: ::std::option::Option::None,
            allow_download: ::std::option::Option::None,
            allow_view_transcripts: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RecordSharingConfig {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RecordSharingConfig")
            .field("enable_sharing", &self.enable_sharing)
            .field("sharing_auth_type", &self.sharing_auth_type)
            .field("share_scope", &self.share_scope)
            .field("enable_approve", &self.enable_approve)
            .field("enable_password", &self.enable_password)
            .field(
                "password",
                &self.password.as_ref().map(|_| crate::redacted::Redacted),
            )
            .field("enable_sharing_expire", &self.enable_sharing_expire)
            .field("sharing_expire", &self.sharing_expire)
            .field("allow_download", &self.allow_download)
            .field("allow_view_transcripts", &self.allow_view_transcripts)
            .finish()
    }
}
impl RecordSharingConfig {
    /// `password`: fewest characters (4).
    pub const PASSWORD_MIN_LENGTH: usize = 4usize;
    /// `password`: most characters (8).
    pub const PASSWORD_MAX_LENGTH: usize = 8usize;
    /// `sharing_expire`: the smallest value (0).
    pub const SHARING_EXPIRE_MINIMUM: i64 = 0i64;
}
impl crate::validate::ValidateAt for RecordSharingConfig {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.password {
            let path = crate::validate::FieldPath::child_of(
                at,
                "password",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::char_count(value, 4usize, 8usize))?;
            path.check(
                crate::validate::rules::chars(value, crate::CharSet::Alphanumeric),
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.sharing_expire {
            let path = crate::validate::FieldPath::child_of(
                at,
                "sharing_expire",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::range(*value, 0i64, i64::MAX))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for RecordSharingConfig {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// The sharing settings of a recording as the service reports them (SharingConfig 对象).
///
/// Generated from `schemas/records/get-record-settings.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RecordSharingSettings {
    /// Whether the sharing link is on (共享链接开关).
    ///
    /// Wire name `enable_sharing`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_sharing: ::std::option::Option<bool>,
    /// Who may open the link (访问范围): 0 everyone, 1 the same enterprise.
    ///
    /// Wire name `share_scope`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub share_scope: ::std::option::Option<crate::records::RecordShareScope>,
    /// Whether viewers need approval (是否需要审批).
    ///
    /// Wire name `enable_approve`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_approve: ::std::option::Option<bool>,
    /// Whether a password is required (是否开启密码).
    ///
    /// Wire name `enable_password`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_password: ::std::option::Option<bool>,
    /// The sharing password (密码), present when a password is on.
    ///
    /// Wire name `password`, optional.
    /// A credential: `Debug` shows `<redacted>` (`x-sensitive`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub password: ::std::option::Option<::std::string::String>,
    /// Whether the link expires (是否开启共享链接有效期).
    ///
    /// Wire name `enable_sharing_expire`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_sharing_expire: ::std::option::Option<bool>,
    /// When the link expires (共享链接有效期), Unix milliseconds; present when expiry is on.
    ///
    /// Wire name `sharing_expire`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sharing_expire: ::std::option::Option<i64>,
    /// Whether downloading is allowed (是否允许下载).
    ///
    /// Wire name `allow_download`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub allow_download: ::std::option::Option<bool>,
    /// Whether viewers may read the transcript (是否允许查看录制转写).
    ///
    /// Wire name `allow_view_transcripts`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub allow_view_transcripts: ::std::option::Option<bool>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RecordSharingSettings {
    /// A builder of [`RecordSharingSettings`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RecordSharingSettingsBuilder {
        builders::RecordSharingSettingsBuilder {
            enable_sharing: ::std::option::Option::None,
            share_scope: ::std::option::Option::None,
            enable_approve: ::std::option::Option::None,
            enable_password: ::std::option::Option::None,
            password: ::std::option::Option::None,
            enable_sharing_expire: ::std::option::Option::None,
            sharing_expire: ::std::option::Option::None,
            allow_download: ::std::option::Option::None,
            allow_view_transcripts: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RecordSharingSettings {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RecordSharingSettings")
            .field("enable_sharing", &self.enable_sharing)
            .field("share_scope", &self.share_scope)
            .field("enable_approve", &self.enable_approve)
            .field("enable_password", &self.enable_password)
            .field(
                "password",
                &self.password.as_ref().map(|_| crate::redacted::Redacted),
            )
            .field("enable_sharing_expire", &self.enable_sharing_expire)
            .field("sharing_expire", &self.sharing_expire)
            .field("allow_download", &self.allow_download)
            .field("allow_view_transcripts", &self.allow_view_transcripts)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// The transcript of a recording (录制转写对象 / Minutes 对象).
///
/// Generated from `schemas/records/get-record-transcript.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RecordTranscript {
    /// The paragraphs (段落对象列表).
    ///
    /// Wire name `paragraphs`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub paragraphs: ::std::option::Option<::std::vec::Vec<RecordTranscriptParagraph>>,
    /// Keywords of the transcript (关键词列表); the page lists them, the SDK does not.
    ///
    /// Wire name `keywords`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub keywords: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Voiceprint recognition state (声纹识别状态): 0 not finished, 1 finished; it splits one device's audio into several speakers (e.g. Rooms) and is 1 when not needed.
    ///
    /// Wire name `audio_detect`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub audio_detect: ::std::option::Option<i64>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RecordTranscript {
    /// A builder of [`RecordTranscript`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RecordTranscriptBuilder {
        builders::RecordTranscriptBuilder {
            paragraphs: ::std::option::Option::None,
            keywords: ::std::option::Option::None,
            audio_detect: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RecordTranscript {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RecordTranscript")
            .field("paragraphs", &self.paragraphs)
            .field("keywords", &self.keywords)
            .field("audio_detect", &self.audio_detect)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// A match of the searched text (Hit 对象).
///
/// Generated from `schemas/records/search-transcript.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RecordTranscriptHit {
    /// Paragraph ID (段落 ID).
    ///
    /// Wire name `pid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pid: ::std::option::Option<::std::string::String>,
    /// Sentence ID (句子 ID).
    ///
    /// Wire name `sid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sid: ::std::option::Option<::std::string::String>,
    /// Offset of the text in words (text 相对词的偏移).
    ///
    /// Wire name `offset`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub offset: ::std::option::Option<i64>,
    /// Length of the match (匹配长度).
    ///
    /// Wire name `length`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub length: ::std::option::Option<i64>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RecordTranscriptHit {
    /// A builder of [`RecordTranscriptHit`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RecordTranscriptHitBuilder {
        builders::RecordTranscriptHitBuilder {
            pid: ::std::option::Option::None,
            sid: ::std::option::Option::None,
            offset: ::std::option::Option::None,
            length: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RecordTranscriptHit {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RecordTranscriptHit")
            .field("pid", &self.pid)
            .field("sid", &self.sid)
            .field("offset", &self.offset)
            .field("length", &self.length)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// A paragraph of a transcript (Paragraph 对象).
///
/// Generated from `schemas/records/get-record-transcript.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RecordTranscriptParagraph {
    /// Paragraph ID (段落 ID).
    ///
    /// Wire name `pid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pid: ::std::option::Option<::std::string::String>,
    /// Start of the paragraph in the recording (段落开始时间), milliseconds.
    ///
    /// Wire name `start_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub start_time: ::std::option::Option<i64>,
    /// End of the paragraph in the recording (段落结束时间), milliseconds.
    ///
    /// Wire name `end_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub end_time: ::std::option::Option<i64>,
    /// Who speaks (发言人信息对象).
    ///
    /// Wire name `speaker_info`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub speaker_info: ::std::option::Option<RecordTranscriptSpeaker>,
    /// The sentences (句子对象列表).
    ///
    /// Wire name `sentences`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sentences: ::std::option::Option<::std::vec::Vec<RecordTranscriptSentence>>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RecordTranscriptParagraph {
    /// A builder of [`RecordTranscriptParagraph`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RecordTranscriptParagraphBuilder {
        builders::RecordTranscriptParagraphBuilder {
            pid: ::std::option::Option::None,
            start_time: ::std::option::Option::None,
            end_time: ::std::option::Option::None,
            speaker_info: ::std::option::Option::None,
            sentences: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RecordTranscriptParagraph {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RecordTranscriptParagraph")
            .field("pid", &self.pid)
            .field("start_time", &self.start_time)
            .field("end_time", &self.end_time)
            .field("speaker_info", &self.speaker_info)
            .field("sentences", &self.sentences)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Where a paragraph of a transcript lies (Pid 对象).
///
/// Generated from `schemas/records/list-transcript-paragraphs.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RecordTranscriptParagraphSpan {
    /// Paragraph ID (段落 ID).
    ///
    /// Wire name `pid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pid: ::std::option::Option<::std::string::String>,
    /// Start of the paragraph in the recording (段落开始时间), milliseconds.
    ///
    /// Wire name `start_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub start_time: ::std::option::Option<i64>,
    /// End of the paragraph in the recording (段落结束时间), milliseconds.
    ///
    /// Wire name `end_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub end_time: ::std::option::Option<i64>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RecordTranscriptParagraphSpan {
    /// A builder of [`RecordTranscriptParagraphSpan`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RecordTranscriptParagraphSpanBuilder {
        builders::RecordTranscriptParagraphSpanBuilder {
            pid: ::std::option::Option::None,
            start_time: ::std::option::Option::None,
            end_time: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RecordTranscriptParagraphSpan {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RecordTranscriptParagraphSpan")
            .field("pid", &self.pid)
            .field("start_time", &self.start_time)
            .field("end_time", &self.end_time)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// A sentence of a paragraph (Sentence 对象).
///
/// Generated from `schemas/records/get-record-transcript.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RecordTranscriptSentence {
    /// Sentence ID (句子 ID).
    ///
    /// Wire name `sid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sid: ::std::option::Option<::std::string::String>,
    /// Start of the sentence in the recording (句子开始时间), milliseconds.
    ///
    /// Wire name `start_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub start_time: ::std::option::Option<i64>,
    /// End of the sentence in the recording (句子结束时间), milliseconds.
    ///
    /// Wire name `end_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub end_time: ::std::option::Option<i64>,
    /// The words (词对象列表).
    ///
    /// Wire name `words`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub words: ::std::option::Option<::std::vec::Vec<RecordTranscriptWord>>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RecordTranscriptSentence {
    /// A builder of [`RecordTranscriptSentence`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RecordTranscriptSentenceBuilder {
        builders::RecordTranscriptSentenceBuilder {
            sid: ::std::option::Option::None,
            start_time: ::std::option::Option::None,
            end_time: ::std::option::Option::None,
            words: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RecordTranscriptSentence {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RecordTranscriptSentence")
            .field("sid", &self.sid)
            .field("start_time", &self.start_time)
            .field("end_time", &self.end_time)
            .field("words", &self.words)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// The speaker of a paragraph (SpeakerInfo 对象).
///
/// Generated from `schemas/records/get-record-transcript.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RecordTranscriptSpeaker {
    /// Enterprise user ID, for members of the same enterprise (同企业返回企业用户 userid).
    ///
    /// Wire name `userid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub userid: ::std::option::Option<::std::string::String>,
    /// Display name (昵称).
    ///
    /// Wire name `username`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub username: ::std::option::Option<::std::string::String>,
    /// Temporary in-meeting ID of the speaker (会中临时 ID); the page lists it, the SDK does not.
    ///
    /// Wire name `ms_open_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ms_open_id: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RecordTranscriptSpeaker {
    /// A builder of [`RecordTranscriptSpeaker`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RecordTranscriptSpeakerBuilder {
        builders::RecordTranscriptSpeakerBuilder {
            userid: ::std::option::Option::None,
            username: ::std::option::Option::None,
            ms_open_id: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RecordTranscriptSpeaker {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RecordTranscriptSpeaker")
            .field("userid", &self.userid)
            .field("username", &self.username)
            .field("ms_open_id", &self.ms_open_id)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// When a match occurs (TimeLine 对象).
///
/// Generated from `schemas/records/search-transcript.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RecordTranscriptTimeline {
    /// Paragraph of the match (搜索结果所在的段落 ID).
    ///
    /// Wire name `pid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pid: ::std::option::Option<::std::string::String>,
    /// Sentence of the match (搜索结果所在的句子 ID).
    ///
    /// Wire name `sid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sid: ::std::option::Option<::std::string::String>,
    /// Start of the word in the recording (词开始时间), milliseconds.
    ///
    /// Wire name `start_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub start_time: ::std::option::Option<i64>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RecordTranscriptTimeline {
    /// A builder of [`RecordTranscriptTimeline`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RecordTranscriptTimelineBuilder {
        builders::RecordTranscriptTimelineBuilder {
            pid: ::std::option::Option::None,
            sid: ::std::option::Option::None,
            start_time: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RecordTranscriptTimeline {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RecordTranscriptTimeline")
            .field("pid", &self.pid)
            .field("sid", &self.sid)
            .field("start_time", &self.start_time)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// A word of a sentence (Word 对象).
///
/// Generated from `schemas/records/get-record-transcript.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RecordTranscriptWord {
    /// Word ID (词 ID).
    ///
    /// Wire name `wid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub wid: ::std::option::Option<::std::string::String>,
    /// Start of the word in the recording (词开始时间), milliseconds.
    ///
    /// Wire name `start_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub start_time: ::std::option::Option<i64>,
    /// End of the word in the recording (词结束时间), milliseconds.
    ///
    /// Wire name `end_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub end_time: ::std::option::Option<i64>,
    /// The text (文本内容).
    ///
    /// Wire name `text`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub text: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RecordTranscriptWord {
    /// A builder of [`RecordTranscriptWord`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RecordTranscriptWordBuilder {
        builders::RecordTranscriptWordBuilder {
            wid: ::std::option::Option::None,
            start_time: ::std::option::Option::None,
            end_time: ::std::option::Option::None,
            text: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RecordTranscriptWord {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RecordTranscriptWord")
            .field("wid", &self.wid)
            .field("start_time", &self.start_time)
            .field("end_time", &self.end_time)
            .field("text", &self.text)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Body of a successful upload of a recording file, whole (`POST /v1/files/records/upload-all`) or finished part by part (`POST /v1/files/records/upload-finish`): the job that processes it (任务 ID). The outcome arrives later as the event `common.job-results` (异步任务结果) with `business_code` `record.file-upload`. Lenient: unknown fields are kept.
///
/// Generated from `schemas/records/record-upload-job.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RecordUploadJobResponse {
    /// ID of the upload job (任务 ID), as the job-results event names it.
    ///
    /// Wire name `job_id`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub job_id: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RecordUploadJobResponse {
    /// A builder of [`RecordUploadJobResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RecordUploadJobResponseBuilder {
        builders::RecordUploadJobResponseBuilder {
            job_id: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RecordUploadJobResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RecordUploadJobResponse")
            .field("job_id", &self.job_id)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
impl RecordUploadJobResponse {
    /// `job_id` of the answer, or `None` where the service left it out: ID of the upload job (任务 ID), as the job-results event names it.
    ///
    /// (Declared in the schema of `RecordUploadJobResponse`, `x-accessors`.)
    pub fn job_id(&self) -> ::std::option::Option<&str> {
        let value = self;
        let value = value.job_id.as_ref()?;
        ::std::option::Option::Some(value.as_str())
    }
}
/// One playback of a recording file (ViewDetail 对象).
///
/// Generated from `schemas/records/list-record-views.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct RecordViewDetail {
    /// When the playback started (观看开始时间), Unix milliseconds.
    ///
    /// Wire name `view_start_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub view_start_time: ::std::option::Option<i64>,
    /// When the playback ended (观看结束时间), Unix milliseconds.
    ///
    /// Wire name `view_end_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub view_end_time: ::std::option::Option<i64>,
    /// How long was watched (实际观看时长), milliseconds.
    ///
    /// Wire name `view_time`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub view_time: ::std::option::Option<i64>,
    /// User ID within the same enterprise (所在同一企业下的用户 ID).
    ///
    /// Wire name `userid`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub userid: ::std::option::Option<::std::string::String>,
    /// User name (用户名称); an anonymous marker for anonymous viewers (匿名用户给出匿名用户标识).
    ///
    /// Wire name `user_name`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub user_name: ::std::option::Option<::std::string::String>,
    /// Name of the recording file (录制文件名称).
    ///
    /// Wire name `record_file_name`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub record_file_name: ::std::option::Option<::std::string::String>,
    /// How much of the video this user has watched in all (观看完成度), a percentage.
    ///
    /// Wire name `total_view_progress`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub total_view_progress: ::std::option::Option<::std::string::String>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl RecordViewDetail {
    /// A builder of [`RecordViewDetail`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RecordViewDetailBuilder {
        builders::RecordViewDetailBuilder {
            view_start_time: ::std::option::Option::None,
            view_end_time: ::std::option::Option::None,
            view_time: ::std::option::Option::None,
            userid: ::std::option::Option::None,
            user_name: ::std::option::Option::None,
            record_file_name: ::std::option::Option::None,
            total_view_progress: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for RecordViewDetail {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RecordViewDetail")
            .field("view_start_time", &self.view_start_time)
            .field("view_end_time", &self.view_end_time)
            .field("view_time", &self.view_time)
            .field("userid", &self.userid)
            .field("user_name", &self.user_name)
            .field("record_file_name", &self.record_file_name)
            .field("total_view_progress", &self.total_view_progress)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Path parameters of `DELETE /v1/records/access/{meeting_record_id}`; the page spells the placeholder `{meeting_record_id}` too.
///
/// Generated from `schemas/records/remove-record-access-members.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct RemoveRecordAccessMembersPath {
    /// Meeting recording ID (会议录制 ID), as the recording list answers it.
    ///
    /// Wire name `meeting_record_id`, required.
    /// Rules: not empty; not only whitespace.
    pub meeting_record_id: ::std::string::String,
}
impl RemoveRecordAccessMembersPath {
    /// A builder of [`RemoveRecordAccessMembersPath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RemoveRecordAccessMembersPathBuilder {
        builders::RemoveRecordAccessMembersPathBuilder {
            meeting_record_id: builders::missing::remove_record_access_members_path::meeting_record_id,
        }
    }
    /// A `RemoveRecordAccessMembersPath` with [`meeting_record_id`](Self::meeting_record_id) set and every optional field absent.
    pub fn new(
        meeting_record_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self::builder().meeting_record_id(meeting_record_id).build()
    }
}
impl RemoveRecordAccessMembersPath {
    /// `meeting_record_id`: fewest characters (1).
    pub const MEETING_RECORD_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for RemoveRecordAccessMembersPath {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.meeting_record_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_record_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for RemoveRecordAccessMembersPath {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of `DELETE /v1/records/access/{meeting_record_id}` (a DELETE with a JSON body): remove access members of a recording (移除录制访问成员). Only the meeting creator, an enterprise super administrator or a user with the recording-management permission may call it. Members that have no access are ignored (如果传入非有权限的成员，则不生效). Page 104136 as stored lost its required marks: the required set is the SDK's.
///
/// Generated from `schemas/records/remove-record-access-members.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct RemoveRecordAccessMembersRequest {
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid, the types this page lists.
    ///
    /// Wire name `operator_id_type`, required.
    /// Rules: one of 1, 2.
    pub operator_id_type: crate::OperatorIdType,
    /// The members to remove (成员列表); members without access are ignored.
    ///
    /// Wire name `access_members`, required.
    pub access_members: ::std::vec::Vec<RecordAccessMemberId>,
}
impl RemoveRecordAccessMembersRequest {
    /// A builder of [`RemoveRecordAccessMembersRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::RemoveRecordAccessMembersRequestBuilder {
        builders::RemoveRecordAccessMembersRequestBuilder {
            operator_id: builders::missing::remove_record_access_members_request::operator_id,
            operator_id_type: builders::missing::remove_record_access_members_request::operator_id_type,
            access_members: builders::missing::remove_record_access_members_request::access_members,
        }
    }
}
impl RemoveRecordAccessMembersRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for RemoveRecordAccessMembersRequest {
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
            let value = &self.operator_id_type;
            let path = crate::validate::FieldPath::child_of(
                at,
                "operator_id_type",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(
                crate::validate::rules::one_of(i64::from(value.code()), &[1i64, 2i64]),
            )?;
        }
        {
            let value = &self.access_members;
            let path = crate::validate::FieldPath::child_of(
                at,
                "access_members",
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
impl crate::Validate for RemoveRecordAccessMembersRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Query string of `GET /v1/records/transcripts/search`: search a recording's transcript for a text (查询录制转写搜索结果). Supported for OAuth 2.0 callers of business, enterprise and education editions (商业版、企业版、教育版); needs the permission to view or manage recordings. Page 65116 as stored lost its required marks: the required set is the SDK's.
///
/// Generated from `schemas/records/search-transcript.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct SearchTranscriptRequest {
    /// Meeting ID (会议 ID); may be left out for an uploaded recording file (当针对上传类型的录制文件操作时，可不传).
    ///
    /// Wire name `meeting_id`, optional.
    /// Rules: not empty.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_id: ::std::option::Option<::std::string::String>,
    /// Recording file ID (录制文件 ID).
    ///
    /// Wire name `record_file_id`, required.
    /// Rules: not empty; not only whitespace.
    pub record_file_id: ::std::string::String,
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid, 3 rooms_id, all valid here. Only the meeting creator, an enterprise super administrator or a user with the recording-management permission may call.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
    /// Text to search for (搜索的文本); percent-encoded in the query string like every value.
    ///
    /// Wire name `text`, required.
    /// Rules: not empty.
    pub text: ::std::string::String,
    /// Which version of the transcript (转写类型): 0 original (default), 1 smart-optimized.
    ///
    /// Wire name `transcripts_type`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub transcripts_type: ::std::option::Option<crate::records::RecordTranscriptType>,
}
impl SearchTranscriptRequest {
    /// A builder of [`SearchTranscriptRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SearchTranscriptRequestBuilder {
        builders::SearchTranscriptRequestBuilder {
            meeting_id: ::std::option::Option::None,
            record_file_id: builders::missing::search_transcript_request::record_file_id,
            operator_id: builders::missing::search_transcript_request::operator_id,
            operator_id_type: builders::missing::search_transcript_request::operator_id_type,
            text: builders::missing::search_transcript_request::text,
            transcripts_type: ::std::option::Option::None,
        }
    }
}
impl SearchTranscriptRequest {
    /// `meeting_id`: fewest characters (1).
    pub const MEETING_ID_MIN_LENGTH: usize = 1usize;
    /// `record_file_id`: fewest characters (1).
    pub const RECORD_FILE_ID_MIN_LENGTH: usize = 1usize;
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `text`: fewest characters (1).
    pub const TEXT_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for SearchTranscriptRequest {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.meeting_id {
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
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
            let value = &self.text;
            let path = crate::validate::FieldPath::child_of(
                at,
                "text",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for SearchTranscriptRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of a successful `GET /v1/records/transcripts/search`: where the text was found (搜索结果列表) and when (时间戳对象列表, for a preview on a timeline). Lenient: unknown fields are kept. The page's example is cut inside its third hit: completed with that hit's length and the timelines of the three hits.
///
/// Generated from `schemas/records/search-transcript.response.json`.
/// Decoding keeps the fields the schema does not list, in `extra`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Default, Eq, PartialEq)]
#[non_exhaustive]
pub struct SearchTranscriptResponse {
    /// The matches (搜索结果列表).
    ///
    /// Wire name `hits`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub hits: ::std::option::Option<::std::vec::Vec<RecordTranscriptHit>>,
    /// When the matches occur in the recording (搜索结果在云录制中的时间戳).
    ///
    /// Wire name `timelines`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timelines: ::std::option::Option<::std::vec::Vec<RecordTranscriptTimeline>>,
    /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
    /// `Debug` shows their names only.
    #[serde(flatten)]
    pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
}
impl SearchTranscriptResponse {
    /// A builder of [`SearchTranscriptResponse`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SearchTranscriptResponseBuilder {
        builders::SearchTranscriptResponseBuilder {
            hits: ::std::option::Option::None,
            timelines: ::std::option::Option::None,
        }
    }
}
impl ::std::fmt::Debug for SearchTranscriptResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SearchTranscriptResponse")
            .field("hits", &self.hits)
            .field("timelines", &self.timelines)
            .field("extra", &crate::redacted::Keys(&self.extra))
            .finish()
    }
}
/// Request of `PUT /v1/records/transfer-recording`: have a private-network meeting's recording transferred to the hybrid-cloud cluster's storage (设置专网会议转存), and say when to delete it afterwards. `meeting_id` and `meeting_record_id` travel in the query string (`x-in: query`), the rest in the JSON body. It fails for public-network meetings, when the cluster has transfer off, and when the recording is already queued or transferred (如果录制已加入转存任务，或转存已完成，则返回失败); a recording not queued yet or whose transfer failed is queued. Enterprise self-built apps with recording access only (AK/SK 鉴权).
///
/// Generated from `schemas/records/set-record-transfer.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct SetRecordTransferRequest {
    /// Meeting ID (会议 ID). Travels in the query string.
    ///
    /// Wire name `meeting_id`, required.
    /// Travels in the query string, not the JSON body (`x-in: query`).
    /// Rules: not empty; not only whitespace.
    pub meeting_id: ::std::string::String,
    /// Meeting recording ID (会议录制 ID), as the recording list answers it. Travels in the query string.
    ///
    /// Wire name `meeting_record_id`, required.
    /// Travels in the query string, not the JSON body (`x-in: query`).
    /// Rules: not empty; not only whitespace.
    pub meeting_record_id: ::std::string::String,
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid only.
    ///
    /// Wire name `operator_id_type`, required.
    /// Rules: one of 1.
    pub operator_id_type: crate::OperatorIdType,
    /// Device type of the operator (用户的终端设备类型).
    ///
    /// Wire name `instanceid`, required.
    pub instanceid: crate::InstanceId,
    /// When to delete the recording once transferred (转存完成后删除录制策略), a string: "0" at once, "1" to "30" after that many days, "-1" never; left out, the cluster's deletion policy applies. (The SDK's comment names the last value 不删除 instead of -1; the page's value is used.)
    ///
    /// Wire name `delete_recording_after_transfer`, optional.
    /// Rules: a whole number from -1 to 30 written in digits (e.g. `"30"`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub delete_recording_after_transfer: ::std::option::Option<::std::string::String>,
}
impl SetRecordTransferRequest {
    /// A builder of [`SetRecordTransferRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::SetRecordTransferRequestBuilder {
        builders::SetRecordTransferRequestBuilder {
            meeting_id: builders::missing::set_record_transfer_request::meeting_id,
            meeting_record_id: builders::missing::set_record_transfer_request::meeting_record_id,
            operator_id: builders::missing::set_record_transfer_request::operator_id,
            operator_id_type: builders::missing::set_record_transfer_request::operator_id_type,
            instanceid: builders::missing::set_record_transfer_request::instanceid,
            delete_recording_after_transfer: ::std::option::Option::None,
        }
    }
}
impl SetRecordTransferRequest {
    /// `meeting_id`: fewest characters (1).
    pub const MEETING_ID_MIN_LENGTH: usize = 1usize;
    /// `meeting_record_id`: fewest characters (1).
    pub const MEETING_RECORD_ID_MIN_LENGTH: usize = 1usize;
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for SetRecordTransferRequest {
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
        {
            let value = &self.meeting_record_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_record_id",
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
        if let ::std::option::Option::Some(value) = &self.delete_recording_after_transfer
        {
            let path = crate::validate::FieldPath::child_of(
                at,
                "delete_recording_after_transfer",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::integer_text(value, -1i64, 30i64))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for SetRecordTransferRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Path parameters of `PUT /v1/records/settings/{meeting_record_id}`; the page spells the placeholder `{meeting_record_id}` too.
///
/// Generated from `schemas/records/update-record-settings.path.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct UpdateRecordSettingsPath {
    /// Meeting recording ID (会议录制 ID), as the recording list answers it.
    ///
    /// Wire name `meeting_record_id`, required.
    /// Rules: not empty; not only whitespace.
    pub meeting_record_id: ::std::string::String,
}
impl UpdateRecordSettingsPath {
    /// A builder of [`UpdateRecordSettingsPath`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::UpdateRecordSettingsPathBuilder {
        builders::UpdateRecordSettingsPathBuilder {
            meeting_record_id: builders::missing::update_record_settings_path::meeting_record_id,
        }
    }
    /// A `UpdateRecordSettingsPath` with [`meeting_record_id`](Self::meeting_record_id) set and every optional field absent.
    pub fn new(
        meeting_record_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self::builder().meeting_record_id(meeting_record_id).build()
    }
}
impl UpdateRecordSettingsPath {
    /// `meeting_record_id`: fewest characters (1).
    pub const MEETING_RECORD_ID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for UpdateRecordSettingsPath {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        {
            let value = &self.meeting_record_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_record_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for UpdateRecordSettingsPath {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Body of `PUT /v1/records/settings/{meeting_record_id}`: change the sharing settings of a meeting recording (修改会议录制共享设置): sharing on or off, scope, approval, password, expiry, downloads. Needs the permission to manage recordings (管理会议录制 MANAGE_VIDEO); OAuth 2.0 is supported. Its request line also repeats the recording ID and the operator in the query string; the table lists them in the path and the body only, as sent here. The SDK also sends `userid` (the older page's caller identification): an optional addition. The example is the older page's, with the current caller fields instead of `userid`.
///
/// Generated from `schemas/records/update-record-settings.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct UpdateRecordSettingsRequest {
    /// Meeting ID (会议 ID); may be left out for an uploaded recording file (当针对上传类型的录制文件操作时，可不传).
    ///
    /// Wire name `meeting_id`, optional.
    /// Rules: not empty.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meeting_id: ::std::option::Option<::std::string::String>,
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`. Only the meeting creator, an enterprise super administrator or a user with the recording-management permission may call.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid, 3 rooms_id, all valid here.
    ///
    /// Wire name `operator_id_type`, required.
    pub operator_id_type: crate::OperatorIdType,
    /// User ID (用户 ID): the older page's caller identification, still sent by the SDK. Optional addition.
    ///
    /// Wire name `userid`, optional.
    /// Rules: not empty; not only whitespace.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub userid: ::std::option::Option<::std::string::String>,
    /// The sharing settings to apply (共享配置信息).
    ///
    /// Wire name `sharing_config`, optional.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sharing_config: ::std::option::Option<RecordSharingConfig>,
}
impl UpdateRecordSettingsRequest {
    /// A builder of [`UpdateRecordSettingsRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::UpdateRecordSettingsRequestBuilder {
        builders::UpdateRecordSettingsRequestBuilder {
            meeting_id: ::std::option::Option::None,
            operator_id: builders::missing::update_record_settings_request::operator_id,
            operator_id_type: builders::missing::update_record_settings_request::operator_id_type,
            userid: ::std::option::Option::None,
            sharing_config: ::std::option::Option::None,
        }
    }
}
impl UpdateRecordSettingsRequest {
    /// `meeting_id`: fewest characters (1).
    pub const MEETING_ID_MIN_LENGTH: usize = 1usize;
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `userid`: fewest characters (1).
    pub const USERID_MIN_LENGTH: usize = 1usize;
}
impl crate::validate::ValidateAt for UpdateRecordSettingsRequest {
    #[inline]
    fn validate_at(
        &self,
        at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
    ) -> ::std::result::Result<(), crate::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.meeting_id {
            let path = crate::validate::FieldPath::child_of(
                at,
                "meeting_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
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
        if let ::std::option::Option::Some(value) = &self.sharing_config {
            let path = crate::validate::FieldPath::child_of(
                at,
                "sharing_config",
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
impl crate::Validate for UpdateRecordSettingsRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Multipart form of `POST /v1/files/records/upload-all`: upload a whole file of at most 20 MB (20,971,520 bytes) to the recording list in one request (上传录制文件); larger files use the part-by-part upload (分块上传: prepare, parts, finish). Enterprise self-built apps only (企业 secret 鉴权), no OAuth 2.0; at most 200 calls a minute (接口限频200次/分钟). The body is a multipart form (Content-Type 必须传入 multipart/form-data), and the form is not part of the signature (该接口的输入参数是表单数据，不作为签名的部分): the request is signed as if its body were empty. The result arrives later as the event `common.job-results` (异步任务结果) with `business_code` `record.file-upload`; the answer's `job_id` names the job. The page's example is code in several languages, not a form: this example is written from its table (the file part holds the 11 bytes `hello world`, whose MD5 `file_checksum` gives).
///
/// Generated from `schemas/records/upload-record-file.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct UploadRecordFileRequest {
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid only.
    ///
    /// Wire name `operator_id_type`, required.
    /// Rules: one of 1.
    pub operator_id_type: crate::OperatorIdType,
    /// File name with its extension (文件名+后缀), base64-encoded (base64编码); the page allows at most 30 characters (最多支持30个字符), read here as the decoded name, the more generous reading.
    ///
    /// Wire name `file_name`, required.
    /// Rules: not empty; standard base64 of a text that is 1 to 30 characters, not only whitespace (make it with [`encode_base64`](crate::encode_base64)).
    pub file_name: ::std::string::String,
    /// Kind of file (文件类型): `voice` (音频: m4a, aiff, wma, ogg, aac, amr, wav, mp3) or `video` (视频: mp4, flv, mov, ogg, avi, wmv, m4v, 3gp, mpeg).
    ///
    /// Wire name `file_type`, required.
    pub file_type: crate::records::RecordUploadFileType,
    /// Size of the file in bytes (文件大小), at most 20,971,520 (最大20,971,520); it must equal the size of `file_content` (需确保和实际文件大小相等).
    ///
    /// Wire name `file_size`, required.
    /// Rules: from 0 to 20971520.
    pub file_size: i64,
    /// Checksum of the file (文件校验和): the MD5 of the whole file content in hexadecimal (文件内容 MD5 结果的十六进制表示); the case is unsaid: either is accepted.
    ///
    /// Wire name `file_checksum`, required.
    /// Rules: 32 hexadecimal digits, either case (sent in lower case).
    #[serde(serialize_with = "crate::validate::rules::serialize_lowercase")]
    pub file_checksum: ::std::string::String,
    /// The file's bytes (文件二进制内容): exactly `file_size` bytes, at most 20,971,520.
    ///
    /// Wire name `file_content`, required.
    /// The file part of the form (`x-form-file`), streamed as it is sent; documented as `application/octet-stream`.
    pub file_content: crate::Upload,
    /// Number of speakers in the file (上传文件中的发言人数), at most 12; 0 means many speakers (0代表多人发言).
    ///
    /// Wire name `speak_number`, required.
    /// Rules: from 0 to 12.
    pub speak_number: i64,
    /// Whether smart transcripts and smart minutes are generated (自动生成智能转写和智能纪要): true (the default) generates them, false does not.
    ///
    /// Wire name `ai_record`, optional.
    /// Documented default: `true`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ai_record: ::std::option::Option<bool>,
}
impl UploadRecordFileRequest {
    /// A builder of [`UploadRecordFileRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::UploadRecordFileRequestBuilder {
        builders::UploadRecordFileRequestBuilder {
            operator_id: builders::missing::upload_record_file_request::operator_id,
            operator_id_type: builders::missing::upload_record_file_request::operator_id_type,
            file_name: builders::missing::upload_record_file_request::file_name,
            file_type: builders::missing::upload_record_file_request::file_type,
            file_size: builders::missing::upload_record_file_request::file_size,
            file_checksum: builders::missing::upload_record_file_request::file_checksum,
            file_content: builders::missing::upload_record_file_request::file_content,
            speak_number: builders::missing::upload_record_file_request::speak_number,
            ai_record: ::std::option::Option::None,
        }
    }
}
impl UploadRecordFileRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `file_name`: fewest characters (1).
    pub const FILE_NAME_MIN_LENGTH: usize = 1usize;
    /// `file_name` once base64-decoded: fewest characters (1).
    pub const FILE_NAME_DECODED_MIN_LENGTH: usize = 1usize;
    /// `file_name` once base64-decoded: most characters (30).
    pub const FILE_NAME_DECODED_MAX_LENGTH: usize = 30usize;
    /// `file_size`: the smallest value (0).
    pub const FILE_SIZE_MINIMUM: i64 = 0i64;
    /// `file_size`: the largest value (20971520).
    pub const FILE_SIZE_MAXIMUM: i64 = 20971520i64;
    /// `speak_number`: the smallest value (0).
    pub const SPEAK_NUMBER_MINIMUM: i64 = 0i64;
    /// `speak_number`: the largest value (12).
    pub const SPEAK_NUMBER_MAXIMUM: i64 = 12i64;
}
impl crate::validate::ValidateAt for UploadRecordFileRequest {
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
        {
            let value = &self.file_name;
            let path = crate::validate::FieldPath::child_of(
                at,
                "file_name",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(
                crate::validate::rules::base64_text(
                    value,
                    |text| {
                        crate::validate::rules::char_count(text, 1usize, 30usize)?;
                        crate::validate::rules::not_blank(text)?;
                        ::std::result::Result::Ok(())
                    },
                ),
            )?;
        }
        {
            let value = &self.file_size;
            let path = crate::validate::FieldPath::child_of(
                at,
                "file_size",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::range(*value, 0i64, 20971520i64))?;
        }
        {
            let value = &self.file_checksum;
            let path = crate::validate::FieldPath::child_of(
                at,
                "file_checksum",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::md5_hex(value))?;
        }
        {
            let value = &self.speak_number;
            let path = crate::validate::FieldPath::child_of(
                at,
                "speak_number",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::range(*value, 0i64, 12i64))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for UploadRecordFileRequest {
    #[inline]
    fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
        crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
    }
}
/// Multipart form of `POST /v1/files/records/upload-part`: upload one part of a part-by-part upload (分块上传录制文件-上传分块), following the upload ID and part plan the prepare call answered. A part is named by `upload_id` and its number `file_seq` (from 1); every part has `block_size` bytes except the last, which may be smaller. The page does not say whether parts must arrive in order. Uploads can be resumed within 6 hours (支持6小时内的断点续传). Enterprise self-built apps only (企业 secret 鉴权), no OAuth 2.0; at most 200 calls a minute (接口限频200次/分钟). The body is a multipart form (Content-Type 必须传入 multipart/form-data), and the form is not part of the signature (该接口的输入参数是表单数据，不作为签名的部分): the request is signed as if its body were empty. The page's example is code in several languages: this example is written from its table.
///
/// Generated from `schemas/records/upload-record-part.request.json`.
/// Decoding ignores the fields the schema does not list.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Eq, PartialEq)]
#[non_exhaustive]
pub struct UploadRecordPartRequest {
    /// ID of the operator (操作者 ID); what it is depends on `operator_id_type`.
    ///
    /// Wire name `operator_id`, required.
    /// Rules: not empty; not only whitespace.
    pub operator_id: ::std::string::String,
    /// Type of `operator_id` (操作者 ID 的类型): 1 userid only.
    ///
    /// Wire name `operator_id_type`, required.
    /// Rules: one of 1.
    pub operator_id_type: crate::OperatorIdType,
    /// Upload transaction ID (上传事务 ID), as the prepare call answered it.
    ///
    /// Wire name `upload_id`, required.
    /// Rules: not empty; not only whitespace.
    pub upload_id: ::std::string::String,
    /// Size of this part in bytes (文件大小): the `block_size` the prepare call answered, or the real size for the last part (最后一个文件块按照实际大小填写).
    ///
    /// Wire name `file_size`, required.
    /// Rules: at least 0.
    pub file_size: i64,
    /// Number of this part (文件块号), counting from 1 (从1开始计数); the last part may be smaller than `block_size`.
    ///
    /// Wire name `file_seq`, required.
    /// Rules: at least 1.
    pub file_seq: i64,
    /// Checksum of this part (文件校验和): the MD5 of the part's bytes in hexadecimal (文件内容 MD5 结果的十六进制表示); the case is unsaid: either is accepted.
    ///
    /// Wire name `file_checksum`, required.
    /// Rules: 32 hexadecimal digits, either case (sent in lower case).
    #[serde(serialize_with = "crate::validate::rules::serialize_lowercase")]
    pub file_checksum: ::std::string::String,
    /// The part's bytes (文件二进制内容): exactly `file_size` bytes.
    ///
    /// Wire name `file_content`, required.
    /// The file part of the form (`x-form-file`), streamed as it is sent; documented as `application/octet-stream`.
    pub file_content: crate::Upload,
}
impl UploadRecordPartRequest {
    /// A builder of [`UploadRecordPartRequest`]: a setter per field, then `build()` (available once every required field is set).
    pub fn builder() -> builders::UploadRecordPartRequestBuilder {
        builders::UploadRecordPartRequestBuilder {
            operator_id: builders::missing::upload_record_part_request::operator_id,
            operator_id_type: builders::missing::upload_record_part_request::operator_id_type,
            upload_id: builders::missing::upload_record_part_request::upload_id,
            file_size: builders::missing::upload_record_part_request::file_size,
            file_seq: builders::missing::upload_record_part_request::file_seq,
            file_checksum: builders::missing::upload_record_part_request::file_checksum,
            file_content: builders::missing::upload_record_part_request::file_content,
        }
    }
}
impl UploadRecordPartRequest {
    /// `operator_id`: fewest characters (1).
    pub const OPERATOR_ID_MIN_LENGTH: usize = 1usize;
    /// `upload_id`: fewest characters (1).
    pub const UPLOAD_ID_MIN_LENGTH: usize = 1usize;
    /// `file_size`: the smallest value (0).
    pub const FILE_SIZE_MINIMUM: i64 = 0i64;
    /// `file_seq`: the smallest value (1).
    pub const FILE_SEQ_MINIMUM: i64 = 1i64;
}
impl crate::validate::ValidateAt for UploadRecordPartRequest {
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
        {
            let value = &self.upload_id;
            let path = crate::validate::FieldPath::child_of(
                at,
                "upload_id",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::non_empty(value))?;
            path.check(crate::validate::rules::not_blank(value))?;
        }
        {
            let value = &self.file_size;
            let path = crate::validate::FieldPath::child_of(
                at,
                "file_size",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::range(*value, 0i64, i64::MAX))?;
        }
        {
            let value = &self.file_seq;
            let path = crate::validate::FieldPath::child_of(
                at,
                "file_seq",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::range(*value, 1i64, i64::MAX))?;
        }
        {
            let value = &self.file_checksum;
            let path = crate::validate::FieldPath::child_of(
                at,
                "file_checksum",
                crate::ErrorCode::INVALID_PARAMETER,
            );
            path.check(crate::validate::rules::md5_hex(value))?;
        }
        ::std::result::Result::Ok(())
    }
}
impl crate::Validate for UploadRecordPartRequest {
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
    /// Builds a [`AddRecordAccessMembersPath`](super::AddRecordAccessMembersPath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct AddRecordAccessMembersPathBuilder<
        P0 = missing::add_record_access_members_path::meeting_record_id,
    > {
        pub(crate) meeting_record_id: P0,
    }
    impl<P0> ::std::fmt::Debug for AddRecordAccessMembersPathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(AddRecordAccessMembersPathBuilder))
                .finish_non_exhaustive()
        }
    }
    impl AddRecordAccessMembersPathBuilder<
        missing::add_record_access_members_path::meeting_record_id,
    > {
        /// Sets [`meeting_record_id`](super::AddRecordAccessMembersPath::meeting_record_id).
        ///
        /// Required.
        pub fn meeting_record_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> AddRecordAccessMembersPathBuilder<::std::string::String> {
            AddRecordAccessMembersPathBuilder {
                meeting_record_id: value.into(),
            }
        }
    }
    impl<P0> AddRecordAccessMembersPathBuilder<P0> {
        /// The [`AddRecordAccessMembersPath`](super::AddRecordAccessMembersPath).
        ///
        /// Compiles once the required field `meeting_record_id` is set: a missing one is a compile error naming it ("the required field ... of `AddRecordAccessMembersPath` is not set").
        pub fn build(self) -> super::AddRecordAccessMembersPath
        where
            P0: missing::add_record_access_members_path::MeetingRecordIdIsSet<
                ::std::string::String,
            >,
        {
            super::AddRecordAccessMembersPath {
                meeting_record_id: missing::add_record_access_members_path::MeetingRecordIdIsSet::into_field(
                    self.meeting_record_id,
                ),
            }
        }
    }
    /// Builds a [`AddRecordAccessMembersRequest`](super::AddRecordAccessMembersRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct AddRecordAccessMembersRequestBuilder<
        P0 = missing::add_record_access_members_request::operator_id,
        P1 = missing::add_record_access_members_request::operator_id_type,
        P2 = missing::add_record_access_members_request::access_members,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) access_members: P2,
    }
    impl<P0, P1, P2> ::std::fmt::Debug
    for AddRecordAccessMembersRequestBuilder<P0, P1, P2> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(AddRecordAccessMembersRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
    > AddRecordAccessMembersRequestBuilder<
        missing::add_record_access_members_request::operator_id,
        P1,
        P2,
    > {
        /// Sets [`operator_id`](super::AddRecordAccessMembersRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> AddRecordAccessMembersRequestBuilder<::std::string::String, P1, P2> {
            AddRecordAccessMembersRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                access_members: self.access_members,
            }
        }
    }
    impl<
        P0,
        P2,
    > AddRecordAccessMembersRequestBuilder<
        P0,
        missing::add_record_access_members_request::operator_id_type,
        P2,
    > {
        /// Sets [`operator_id_type`](super::AddRecordAccessMembersRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> AddRecordAccessMembersRequestBuilder<P0, crate::OperatorIdType, P2> {
            AddRecordAccessMembersRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                access_members: self.access_members,
            }
        }
    }
    impl<
        P0,
        P1,
    > AddRecordAccessMembersRequestBuilder<
        P0,
        P1,
        missing::add_record_access_members_request::access_members,
    > {
        /// Sets [`access_members`](super::AddRecordAccessMembersRequest::access_members).
        ///
        /// Required.
        pub fn access_members(
            self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<RecordAccessMember>,
            >,
        ) -> AddRecordAccessMembersRequestBuilder<
            P0,
            P1,
            ::std::vec::Vec<RecordAccessMember>,
        > {
            AddRecordAccessMembersRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                access_members: value
                    .into_iter()
                    .map(::std::convert::Into::into)
                    .collect(),
            }
        }
    }
    impl<P0, P1, P2> AddRecordAccessMembersRequestBuilder<P0, P1, P2> {
        /// The [`AddRecordAccessMembersRequest`](super::AddRecordAccessMembersRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type`, `access_members` are set: a missing one is a compile error naming it ("the required field ... of `AddRecordAccessMembersRequest` is not set").
        pub fn build(self) -> super::AddRecordAccessMembersRequest
        where
            P0: missing::add_record_access_members_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::add_record_access_members_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
            P2: missing::add_record_access_members_request::AccessMembersIsSet<
                ::std::vec::Vec<RecordAccessMember>,
            >,
        {
            super::AddRecordAccessMembersRequest {
                operator_id: missing::add_record_access_members_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::add_record_access_members_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                access_members: missing::add_record_access_members_request::AccessMembersIsSet::into_field(
                    self.access_members,
                ),
            }
        }
    }
    /// Builds a [`AddRecordAccessMembersResponse`](super::AddRecordAccessMembersResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct AddRecordAccessMembersResponseBuilder {
        pub(crate) fail_access_members: ::std::option::Option<
            ::std::vec::Vec<FailedRecordAccessMember>,
        >,
    }
    impl ::std::fmt::Debug for AddRecordAccessMembersResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(AddRecordAccessMembersResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl AddRecordAccessMembersResponseBuilder {
        /// Sets [`fail_access_members`](super::AddRecordAccessMembersResponse::fail_access_members).
        ///
        /// Optional.
        pub fn fail_access_members(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<FailedRecordAccessMember>,
            >,
        ) -> Self {
            self.fail_access_members = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl AddRecordAccessMembersResponseBuilder {
        /// The [`AddRecordAccessMembersResponse`](super::AddRecordAccessMembersResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::AddRecordAccessMembersResponse {
            super::AddRecordAccessMembersResponse {
                fail_access_members: self.fail_access_members,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`ApproveRecordApplicationsPath`](super::ApproveRecordApplicationsPath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ApproveRecordApplicationsPathBuilder<
        P0 = missing::approve_record_applications_path::meeting_record_id,
    > {
        pub(crate) meeting_record_id: P0,
    }
    impl<P0> ::std::fmt::Debug for ApproveRecordApplicationsPathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ApproveRecordApplicationsPathBuilder))
                .finish_non_exhaustive()
        }
    }
    impl ApproveRecordApplicationsPathBuilder<
        missing::approve_record_applications_path::meeting_record_id,
    > {
        /// Sets [`meeting_record_id`](super::ApproveRecordApplicationsPath::meeting_record_id).
        ///
        /// Required.
        pub fn meeting_record_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> ApproveRecordApplicationsPathBuilder<::std::string::String> {
            ApproveRecordApplicationsPathBuilder {
                meeting_record_id: value.into(),
            }
        }
    }
    impl<P0> ApproveRecordApplicationsPathBuilder<P0> {
        /// The [`ApproveRecordApplicationsPath`](super::ApproveRecordApplicationsPath).
        ///
        /// Compiles once the required field `meeting_record_id` is set: a missing one is a compile error naming it ("the required field ... of `ApproveRecordApplicationsPath` is not set").
        pub fn build(self) -> super::ApproveRecordApplicationsPath
        where
            P0: missing::approve_record_applications_path::MeetingRecordIdIsSet<
                ::std::string::String,
            >,
        {
            super::ApproveRecordApplicationsPath {
                meeting_record_id: missing::approve_record_applications_path::MeetingRecordIdIsSet::into_field(
                    self.meeting_record_id,
                ),
            }
        }
    }
    /// Builds a [`ApproveRecordApplicationsRequest`](super::ApproveRecordApplicationsRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ApproveRecordApplicationsRequestBuilder<
        P0 = missing::approve_record_applications_request::operator_id,
        P1 = missing::approve_record_applications_request::operator_id_type,
        P2 = missing::approve_record_applications_request::apply_id_list,
        P3 = missing::approve_record_applications_request::action,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) apply_id_list: P2,
        pub(crate) action: P3,
    }
    impl<P0, P1, P2, P3> ::std::fmt::Debug
    for ApproveRecordApplicationsRequestBuilder<P0, P1, P2, P3> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ApproveRecordApplicationsRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
        P3,
    > ApproveRecordApplicationsRequestBuilder<
        missing::approve_record_applications_request::operator_id,
        P1,
        P2,
        P3,
    > {
        /// Sets [`operator_id`](super::ApproveRecordApplicationsRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> ApproveRecordApplicationsRequestBuilder<::std::string::String, P1, P2, P3> {
            ApproveRecordApplicationsRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                apply_id_list: self.apply_id_list,
                action: self.action,
            }
        }
    }
    impl<
        P0,
        P2,
        P3,
    > ApproveRecordApplicationsRequestBuilder<
        P0,
        missing::approve_record_applications_request::operator_id_type,
        P2,
        P3,
    > {
        /// Sets [`operator_id_type`](super::ApproveRecordApplicationsRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> ApproveRecordApplicationsRequestBuilder<P0, crate::OperatorIdType, P2, P3> {
            ApproveRecordApplicationsRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                apply_id_list: self.apply_id_list,
                action: self.action,
            }
        }
    }
    impl<
        P0,
        P1,
        P3,
    > ApproveRecordApplicationsRequestBuilder<
        P0,
        P1,
        missing::approve_record_applications_request::apply_id_list,
        P3,
    > {
        /// Sets [`apply_id_list`](super::ApproveRecordApplicationsRequest::apply_id_list).
        ///
        /// Required.
        pub fn apply_id_list(
            self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<::std::string::String>,
            >,
        ) -> ApproveRecordApplicationsRequestBuilder<
            P0,
            P1,
            ::std::vec::Vec<::std::string::String>,
            P3,
        > {
            ApproveRecordApplicationsRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                apply_id_list: value
                    .into_iter()
                    .map(::std::convert::Into::into)
                    .collect(),
                action: self.action,
            }
        }
    }
    impl<
        P0,
        P1,
        P2,
    > ApproveRecordApplicationsRequestBuilder<
        P0,
        P1,
        P2,
        missing::approve_record_applications_request::action,
    > {
        /// Sets [`action`](super::ApproveRecordApplicationsRequest::action).
        ///
        /// Required.
        pub fn action(
            self,
            value: impl ::std::convert::Into<crate::records::RecordApprovalAction>,
        ) -> ApproveRecordApplicationsRequestBuilder<
            P0,
            P1,
            P2,
            crate::records::RecordApprovalAction,
        > {
            ApproveRecordApplicationsRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                apply_id_list: self.apply_id_list,
                action: value.into(),
            }
        }
    }
    impl<P0, P1, P2, P3> ApproveRecordApplicationsRequestBuilder<P0, P1, P2, P3> {
        /// The [`ApproveRecordApplicationsRequest`](super::ApproveRecordApplicationsRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type`, `apply_id_list`, `action` are set: a missing one is a compile error naming it ("the required field ... of `ApproveRecordApplicationsRequest` is not set").
        pub fn build(self) -> super::ApproveRecordApplicationsRequest
        where
            P0: missing::approve_record_applications_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::approve_record_applications_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
            P2: missing::approve_record_applications_request::ApplyIdListIsSet<
                ::std::vec::Vec<::std::string::String>,
            >,
            P3: missing::approve_record_applications_request::ActionIsSet<
                crate::records::RecordApprovalAction,
            >,
        {
            super::ApproveRecordApplicationsRequest {
                operator_id: missing::approve_record_applications_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::approve_record_applications_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                apply_id_list: missing::approve_record_applications_request::ApplyIdListIsSet::into_field(
                    self.apply_id_list,
                ),
                action: missing::approve_record_applications_request::ActionIsSet::into_field(
                    self.action,
                ),
            }
        }
    }
    /// Builds a [`DeleteMeetingRecordRequest`](super::DeleteMeetingRecordRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct DeleteMeetingRecordRequestBuilder<
        P0 = missing::delete_meeting_record_request::meeting_record_id,
    > {
        pub(crate) meeting_id: ::std::option::Option<::std::string::String>,
        pub(crate) meeting_record_id: P0,
        pub(crate) operator_id: ::std::option::Option<::std::string::String>,
        pub(crate) operator_id_type: ::std::option::Option<crate::OperatorIdType>,
        pub(crate) userid: ::std::option::Option<::std::string::String>,
    }
    impl<P0> ::std::fmt::Debug for DeleteMeetingRecordRequestBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(DeleteMeetingRecordRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl DeleteMeetingRecordRequestBuilder<
        missing::delete_meeting_record_request::meeting_record_id,
    > {
        /// Sets [`meeting_record_id`](super::DeleteMeetingRecordRequest::meeting_record_id).
        ///
        /// Required.
        pub fn meeting_record_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> DeleteMeetingRecordRequestBuilder<::std::string::String> {
            DeleteMeetingRecordRequestBuilder {
                meeting_id: self.meeting_id,
                meeting_record_id: value.into(),
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                userid: self.userid,
            }
        }
    }
    impl<P0> DeleteMeetingRecordRequestBuilder<P0> {
        /// Sets [`meeting_id`](super::DeleteMeetingRecordRequest::meeting_id).
        ///
        /// Optional.
        pub fn meeting_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator_id`](super::DeleteMeetingRecordRequest::operator_id).
        ///
        /// Optional.
        pub fn operator_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.operator_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator_id_type`](super::DeleteMeetingRecordRequest::operator_id_type).
        ///
        /// Optional.
        pub fn operator_id_type(
            mut self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> Self {
            self.operator_id_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`userid`](super::DeleteMeetingRecordRequest::userid).
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
    impl<P0> DeleteMeetingRecordRequestBuilder<P0> {
        /// The [`DeleteMeetingRecordRequest`](super::DeleteMeetingRecordRequest).
        ///
        /// Compiles once the required field `meeting_record_id` is set: a missing one is a compile error naming it ("the required field ... of `DeleteMeetingRecordRequest` is not set").
        pub fn build(self) -> super::DeleteMeetingRecordRequest
        where
            P0: missing::delete_meeting_record_request::MeetingRecordIdIsSet<
                ::std::string::String,
            >,
        {
            super::DeleteMeetingRecordRequest {
                meeting_id: self.meeting_id,
                meeting_record_id: missing::delete_meeting_record_request::MeetingRecordIdIsSet::into_field(
                    self.meeting_record_id,
                ),
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                userid: self.userid,
            }
        }
    }
    /// Builds a [`DeleteRecordFilePath`](super::DeleteRecordFilePath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct DeleteRecordFilePathBuilder<
        P0 = missing::delete_record_file_path::record_file_id,
    > {
        pub(crate) record_file_id: P0,
    }
    impl<P0> ::std::fmt::Debug for DeleteRecordFilePathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(DeleteRecordFilePathBuilder))
                .finish_non_exhaustive()
        }
    }
    impl DeleteRecordFilePathBuilder<missing::delete_record_file_path::record_file_id> {
        /// Sets [`record_file_id`](super::DeleteRecordFilePath::record_file_id).
        ///
        /// Required.
        pub fn record_file_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> DeleteRecordFilePathBuilder<::std::string::String> {
            DeleteRecordFilePathBuilder {
                record_file_id: value.into(),
            }
        }
    }
    impl<P0> DeleteRecordFilePathBuilder<P0> {
        /// The [`DeleteRecordFilePath`](super::DeleteRecordFilePath).
        ///
        /// Compiles once the required field `record_file_id` is set: a missing one is a compile error naming it ("the required field ... of `DeleteRecordFilePath` is not set").
        pub fn build(self) -> super::DeleteRecordFilePath
        where
            P0: missing::delete_record_file_path::RecordFileIdIsSet<
                ::std::string::String,
            >,
        {
            super::DeleteRecordFilePath {
                record_file_id: missing::delete_record_file_path::RecordFileIdIsSet::into_field(
                    self.record_file_id,
                ),
            }
        }
    }
    /// Builds a [`DeleteRecordFileRequest`](super::DeleteRecordFileRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct DeleteRecordFileRequestBuilder {
        pub(crate) meeting_id: ::std::option::Option<::std::string::String>,
        pub(crate) operator_id: ::std::option::Option<::std::string::String>,
        pub(crate) operator_id_type: ::std::option::Option<crate::OperatorIdType>,
        pub(crate) userid: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for DeleteRecordFileRequestBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(DeleteRecordFileRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl DeleteRecordFileRequestBuilder {
        /// Sets [`meeting_id`](super::DeleteRecordFileRequest::meeting_id).
        ///
        /// Optional.
        pub fn meeting_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator_id`](super::DeleteRecordFileRequest::operator_id).
        ///
        /// Optional.
        pub fn operator_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.operator_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`operator_id_type`](super::DeleteRecordFileRequest::operator_id_type).
        ///
        /// Optional.
        pub fn operator_id_type(
            mut self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> Self {
            self.operator_id_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`userid`](super::DeleteRecordFileRequest::userid).
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
    impl DeleteRecordFileRequestBuilder {
        /// The [`DeleteRecordFileRequest`](super::DeleteRecordFileRequest).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::DeleteRecordFileRequest {
            super::DeleteRecordFileRequest {
                meeting_id: self.meeting_id,
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                userid: self.userid,
            }
        }
    }
    /// Builds a [`FailedRecordAccessMember`](super::FailedRecordAccessMember): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct FailedRecordAccessMemberBuilder {
        pub(crate) to_operator_id_type: ::std::option::Option<crate::OperatorIdType>,
        pub(crate) to_operator_id: ::std::option::Option<::std::string::String>,
        pub(crate) permission: ::std::option::Option<
            crate::records::RecordAccessPermission,
        >,
    }
    impl ::std::fmt::Debug for FailedRecordAccessMemberBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(FailedRecordAccessMemberBuilder))
                .finish_non_exhaustive()
        }
    }
    impl FailedRecordAccessMemberBuilder {
        /// Sets [`to_operator_id_type`](super::FailedRecordAccessMember::to_operator_id_type).
        ///
        /// Optional.
        pub fn to_operator_id_type(
            mut self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> Self {
            self.to_operator_id_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`to_operator_id`](super::FailedRecordAccessMember::to_operator_id).
        ///
        /// Optional.
        pub fn to_operator_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.to_operator_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`permission`](super::FailedRecordAccessMember::permission).
        ///
        /// Optional.
        pub fn permission(
            mut self,
            value: impl ::std::convert::Into<crate::records::RecordAccessPermission>,
        ) -> Self {
            self.permission = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl FailedRecordAccessMemberBuilder {
        /// The [`FailedRecordAccessMember`](super::FailedRecordAccessMember).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::FailedRecordAccessMember {
            super::FailedRecordAccessMember {
                to_operator_id_type: self.to_operator_id_type,
                to_operator_id: self.to_operator_id,
                permission: self.permission,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`FinishRecordUploadRequest`](super::FinishRecordUploadRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct FinishRecordUploadRequestBuilder<
        P0 = missing::finish_record_upload_request::operator_id,
        P1 = missing::finish_record_upload_request::operator_id_type,
        P2 = missing::finish_record_upload_request::upload_id,
        P3 = missing::finish_record_upload_request::speak_number,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) upload_id: P2,
        pub(crate) speak_number: P3,
        pub(crate) ai_record: ::std::option::Option<bool>,
    }
    impl<P0, P1, P2, P3> ::std::fmt::Debug
    for FinishRecordUploadRequestBuilder<P0, P1, P2, P3> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(FinishRecordUploadRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
        P3,
    > FinishRecordUploadRequestBuilder<
        missing::finish_record_upload_request::operator_id,
        P1,
        P2,
        P3,
    > {
        /// Sets [`operator_id`](super::FinishRecordUploadRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> FinishRecordUploadRequestBuilder<::std::string::String, P1, P2, P3> {
            FinishRecordUploadRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                upload_id: self.upload_id,
                speak_number: self.speak_number,
                ai_record: self.ai_record,
            }
        }
    }
    impl<
        P0,
        P2,
        P3,
    > FinishRecordUploadRequestBuilder<
        P0,
        missing::finish_record_upload_request::operator_id_type,
        P2,
        P3,
    > {
        /// Sets [`operator_id_type`](super::FinishRecordUploadRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> FinishRecordUploadRequestBuilder<P0, crate::OperatorIdType, P2, P3> {
            FinishRecordUploadRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                upload_id: self.upload_id,
                speak_number: self.speak_number,
                ai_record: self.ai_record,
            }
        }
    }
    impl<
        P0,
        P1,
        P3,
    > FinishRecordUploadRequestBuilder<
        P0,
        P1,
        missing::finish_record_upload_request::upload_id,
        P3,
    > {
        /// Sets [`upload_id`](super::FinishRecordUploadRequest::upload_id).
        ///
        /// Required.
        pub fn upload_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> FinishRecordUploadRequestBuilder<P0, P1, ::std::string::String, P3> {
            FinishRecordUploadRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                upload_id: value.into(),
                speak_number: self.speak_number,
                ai_record: self.ai_record,
            }
        }
    }
    impl<
        P0,
        P1,
        P2,
    > FinishRecordUploadRequestBuilder<
        P0,
        P1,
        P2,
        missing::finish_record_upload_request::speak_number,
    > {
        /// Sets [`speak_number`](super::FinishRecordUploadRequest::speak_number).
        ///
        /// Required.
        pub fn speak_number(
            self,
            value: impl ::std::convert::Into<i64>,
        ) -> FinishRecordUploadRequestBuilder<P0, P1, P2, i64> {
            FinishRecordUploadRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                upload_id: self.upload_id,
                speak_number: value.into(),
                ai_record: self.ai_record,
            }
        }
    }
    impl<P0, P1, P2, P3> FinishRecordUploadRequestBuilder<P0, P1, P2, P3> {
        /// Sets [`ai_record`](super::FinishRecordUploadRequest::ai_record).
        ///
        /// Optional.
        pub fn ai_record(mut self, value: bool) -> Self {
            self.ai_record = ::std::option::Option::Some(value);
            self
        }
    }
    impl<P0, P1, P2, P3> FinishRecordUploadRequestBuilder<P0, P1, P2, P3> {
        /// The [`FinishRecordUploadRequest`](super::FinishRecordUploadRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type`, `upload_id`, `speak_number` are set: a missing one is a compile error naming it ("the required field ... of `FinishRecordUploadRequest` is not set").
        pub fn build(self) -> super::FinishRecordUploadRequest
        where
            P0: missing::finish_record_upload_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::finish_record_upload_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
            P2: missing::finish_record_upload_request::UploadIdIsSet<
                ::std::string::String,
            >,
            P3: missing::finish_record_upload_request::SpeakNumberIsSet<i64>,
        {
            super::FinishRecordUploadRequest {
                operator_id: missing::finish_record_upload_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::finish_record_upload_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                upload_id: missing::finish_record_upload_request::UploadIdIsSet::into_field(
                    self.upload_id,
                ),
                speak_number: missing::finish_record_upload_request::SpeakNumberIsSet::into_field(
                    self.speak_number,
                ),
                ai_record: self.ai_record,
            }
        }
    }
    /// Builds a [`GetRecordFilePath`](super::GetRecordFilePath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetRecordFilePathBuilder<
        P0 = missing::get_record_file_path::record_file_id,
    > {
        pub(crate) record_file_id: P0,
    }
    impl<P0> ::std::fmt::Debug for GetRecordFilePathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetRecordFilePathBuilder)).finish_non_exhaustive()
        }
    }
    impl GetRecordFilePathBuilder<missing::get_record_file_path::record_file_id> {
        /// Sets [`record_file_id`](super::GetRecordFilePath::record_file_id).
        ///
        /// Required.
        pub fn record_file_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetRecordFilePathBuilder<::std::string::String> {
            GetRecordFilePathBuilder {
                record_file_id: value.into(),
            }
        }
    }
    impl<P0> GetRecordFilePathBuilder<P0> {
        /// The [`GetRecordFilePath`](super::GetRecordFilePath).
        ///
        /// Compiles once the required field `record_file_id` is set: a missing one is a compile error naming it ("the required field ... of `GetRecordFilePath` is not set").
        pub fn build(self) -> super::GetRecordFilePath
        where
            P0: missing::get_record_file_path::RecordFileIdIsSet<::std::string::String>,
        {
            super::GetRecordFilePath {
                record_file_id: missing::get_record_file_path::RecordFileIdIsSet::into_field(
                    self.record_file_id,
                ),
            }
        }
    }
    /// Builds a [`GetRecordFileRequest`](super::GetRecordFileRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetRecordFileRequestBuilder<
        P0 = missing::get_record_file_request::operator_id,
        P1 = missing::get_record_file_request::operator_id_type,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) userid: ::std::option::Option<::std::string::String>,
        pub(crate) address_type: ::std::option::Option<::std::string::String>,
    }
    impl<P0, P1> ::std::fmt::Debug for GetRecordFileRequestBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetRecordFileRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
    > GetRecordFileRequestBuilder<missing::get_record_file_request::operator_id, P1> {
        /// Sets [`operator_id`](super::GetRecordFileRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetRecordFileRequestBuilder<::std::string::String, P1> {
            GetRecordFileRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                userid: self.userid,
                address_type: self.address_type,
            }
        }
    }
    impl<
        P0,
    > GetRecordFileRequestBuilder<
        P0,
        missing::get_record_file_request::operator_id_type,
    > {
        /// Sets [`operator_id_type`](super::GetRecordFileRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> GetRecordFileRequestBuilder<P0, crate::OperatorIdType> {
            GetRecordFileRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                userid: self.userid,
                address_type: self.address_type,
            }
        }
    }
    impl<P0, P1> GetRecordFileRequestBuilder<P0, P1> {
        /// Sets [`userid`](super::GetRecordFileRequest::userid).
        ///
        /// Optional.
        pub fn userid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.userid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`address_type`](super::GetRecordFileRequest::address_type).
        ///
        /// Optional.
        pub fn address_type(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.address_type = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1> GetRecordFileRequestBuilder<P0, P1> {
        /// The [`GetRecordFileRequest`](super::GetRecordFileRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type` are set: a missing one is a compile error naming it ("the required field ... of `GetRecordFileRequest` is not set").
        pub fn build(self) -> super::GetRecordFileRequest
        where
            P0: missing::get_record_file_request::OperatorIdIsSet<::std::string::String>,
            P1: missing::get_record_file_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
        {
            super::GetRecordFileRequest {
                operator_id: missing::get_record_file_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::get_record_file_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                userid: self.userid,
                address_type: self.address_type,
            }
        }
    }
    /// Builds a [`GetRecordFileResponse`](super::GetRecordFileResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetRecordFileResponseBuilder {
        pub(crate) record_file_id: ::std::option::Option<::std::string::String>,
        pub(crate) meeting_id: ::std::option::Option<::std::string::String>,
        pub(crate) meeting_code: ::std::option::Option<::std::string::String>,
        pub(crate) view_address: ::std::option::Option<::std::string::String>,
        pub(crate) download_address: ::std::option::Option<::std::string::String>,
        pub(crate) download_address_file_type: ::std::option::Option<
            ::std::string::String,
        >,
        pub(crate) audio_address: ::std::option::Option<::std::string::String>,
        pub(crate) audio_address_file_type: ::std::option::Option<::std::string::String>,
        pub(crate) meeting_summary: ::std::option::Option<
            ::std::vec::Vec<RecordDownloadFile>,
        >,
        pub(crate) ai_meeting_transcripts: ::std::option::Option<
            ::std::vec::Vec<RecordDownloadFile>,
        >,
        pub(crate) ai_minutes: ::std::option::Option<
            ::std::vec::Vec<RecordDownloadFile>,
        >,
    }
    impl ::std::fmt::Debug for GetRecordFileResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetRecordFileResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl GetRecordFileResponseBuilder {
        /// Sets [`record_file_id`](super::GetRecordFileResponse::record_file_id).
        ///
        /// Optional.
        pub fn record_file_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.record_file_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_id`](super::GetRecordFileResponse::meeting_id).
        ///
        /// Optional.
        pub fn meeting_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_code`](super::GetRecordFileResponse::meeting_code).
        ///
        /// Optional.
        pub fn meeting_code(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_code = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`view_address`](super::GetRecordFileResponse::view_address).
        ///
        /// Optional.
        pub fn view_address(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.view_address = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`download_address`](super::GetRecordFileResponse::download_address).
        ///
        /// Optional.
        pub fn download_address(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.download_address = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`download_address_file_type`](super::GetRecordFileResponse::download_address_file_type).
        ///
        /// Optional.
        pub fn download_address_file_type(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.download_address_file_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`audio_address`](super::GetRecordFileResponse::audio_address).
        ///
        /// Optional.
        pub fn audio_address(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.audio_address = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`audio_address_file_type`](super::GetRecordFileResponse::audio_address_file_type).
        ///
        /// Optional.
        pub fn audio_address_file_type(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.audio_address_file_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_summary`](super::GetRecordFileResponse::meeting_summary).
        ///
        /// Optional.
        pub fn meeting_summary(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<RecordDownloadFile>,
            >,
        ) -> Self {
            self.meeting_summary = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`ai_meeting_transcripts`](super::GetRecordFileResponse::ai_meeting_transcripts).
        ///
        /// Optional.
        pub fn ai_meeting_transcripts(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<RecordDownloadFile>,
            >,
        ) -> Self {
            self.ai_meeting_transcripts = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`ai_minutes`](super::GetRecordFileResponse::ai_minutes).
        ///
        /// Optional.
        pub fn ai_minutes(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<RecordDownloadFile>,
            >,
        ) -> Self {
            self.ai_minutes = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl GetRecordFileResponseBuilder {
        /// The [`GetRecordFileResponse`](super::GetRecordFileResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::GetRecordFileResponse {
            super::GetRecordFileResponse {
                record_file_id: self.record_file_id,
                meeting_id: self.meeting_id,
                meeting_code: self.meeting_code,
                view_address: self.view_address,
                download_address: self.download_address,
                download_address_file_type: self.download_address_file_type,
                audio_address: self.audio_address,
                audio_address_file_type: self.audio_address_file_type,
                meeting_summary: self.meeting_summary,
                ai_meeting_transcripts: self.ai_meeting_transcripts,
                ai_minutes: self.ai_minutes,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`GetRecordMetricsRequest`](super::GetRecordMetricsRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetRecordMetricsRequestBuilder<
        P0 = missing::get_record_metrics_request::meeting_record_id,
    > {
        pub(crate) meeting_record_id: P0,
        pub(crate) start_time: ::std::option::Option<i64>,
        pub(crate) end_time: ::std::option::Option<i64>,
    }
    impl<P0> ::std::fmt::Debug for GetRecordMetricsRequestBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetRecordMetricsRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl GetRecordMetricsRequestBuilder<
        missing::get_record_metrics_request::meeting_record_id,
    > {
        /// Sets [`meeting_record_id`](super::GetRecordMetricsRequest::meeting_record_id).
        ///
        /// Required.
        pub fn meeting_record_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetRecordMetricsRequestBuilder<::std::string::String> {
            GetRecordMetricsRequestBuilder {
                meeting_record_id: value.into(),
                start_time: self.start_time,
                end_time: self.end_time,
            }
        }
    }
    impl<P0> GetRecordMetricsRequestBuilder<P0> {
        /// Sets [`start_time`](super::GetRecordMetricsRequest::start_time).
        ///
        /// Optional.
        pub fn start_time(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.start_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`end_time`](super::GetRecordMetricsRequest::end_time).
        ///
        /// Optional.
        pub fn end_time(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.end_time = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0> GetRecordMetricsRequestBuilder<P0> {
        /// The [`GetRecordMetricsRequest`](super::GetRecordMetricsRequest).
        ///
        /// Compiles once the required field `meeting_record_id` is set: a missing one is a compile error naming it ("the required field ... of `GetRecordMetricsRequest` is not set").
        pub fn build(self) -> super::GetRecordMetricsRequest
        where
            P0: missing::get_record_metrics_request::MeetingRecordIdIsSet<
                ::std::string::String,
            >,
        {
            super::GetRecordMetricsRequest {
                meeting_record_id: missing::get_record_metrics_request::MeetingRecordIdIsSet::into_field(
                    self.meeting_record_id,
                ),
                start_time: self.start_time,
                end_time: self.end_time,
            }
        }
    }
    /// Builds a [`GetRecordMetricsResponse`](super::GetRecordMetricsResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetRecordMetricsResponseBuilder {
        pub(crate) summaries: ::std::option::Option<::std::vec::Vec<RecordDailyMetrics>>,
    }
    impl ::std::fmt::Debug for GetRecordMetricsResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetRecordMetricsResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl GetRecordMetricsResponseBuilder {
        /// Sets [`summaries`](super::GetRecordMetricsResponse::summaries).
        ///
        /// Optional.
        pub fn summaries(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<RecordDailyMetrics>,
            >,
        ) -> Self {
            self.summaries = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl GetRecordMetricsResponseBuilder {
        /// The [`GetRecordMetricsResponse`](super::GetRecordMetricsResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::GetRecordMetricsResponse {
            super::GetRecordMetricsResponse {
                summaries: self.summaries,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`GetRecordSettingsPath`](super::GetRecordSettingsPath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetRecordSettingsPathBuilder<
        P0 = missing::get_record_settings_path::meeting_record_id,
    > {
        pub(crate) meeting_record_id: P0,
    }
    impl<P0> ::std::fmt::Debug for GetRecordSettingsPathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetRecordSettingsPathBuilder))
                .finish_non_exhaustive()
        }
    }
    impl GetRecordSettingsPathBuilder<
        missing::get_record_settings_path::meeting_record_id,
    > {
        /// Sets [`meeting_record_id`](super::GetRecordSettingsPath::meeting_record_id).
        ///
        /// Required.
        pub fn meeting_record_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetRecordSettingsPathBuilder<::std::string::String> {
            GetRecordSettingsPathBuilder {
                meeting_record_id: value.into(),
            }
        }
    }
    impl<P0> GetRecordSettingsPathBuilder<P0> {
        /// The [`GetRecordSettingsPath`](super::GetRecordSettingsPath).
        ///
        /// Compiles once the required field `meeting_record_id` is set: a missing one is a compile error naming it ("the required field ... of `GetRecordSettingsPath` is not set").
        pub fn build(self) -> super::GetRecordSettingsPath
        where
            P0: missing::get_record_settings_path::MeetingRecordIdIsSet<
                ::std::string::String,
            >,
        {
            super::GetRecordSettingsPath {
                meeting_record_id: missing::get_record_settings_path::MeetingRecordIdIsSet::into_field(
                    self.meeting_record_id,
                ),
            }
        }
    }
    /// Builds a [`GetRecordSettingsRequest`](super::GetRecordSettingsRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetRecordSettingsRequestBuilder<
        P0 = missing::get_record_settings_request::operator_id,
        P1 = missing::get_record_settings_request::operator_id_type,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
    }
    impl<P0, P1> ::std::fmt::Debug for GetRecordSettingsRequestBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetRecordSettingsRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
    > GetRecordSettingsRequestBuilder<
        missing::get_record_settings_request::operator_id,
        P1,
    > {
        /// Sets [`operator_id`](super::GetRecordSettingsRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetRecordSettingsRequestBuilder<::std::string::String, P1> {
            GetRecordSettingsRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
            }
        }
    }
    impl<
        P0,
    > GetRecordSettingsRequestBuilder<
        P0,
        missing::get_record_settings_request::operator_id_type,
    > {
        /// Sets [`operator_id_type`](super::GetRecordSettingsRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> GetRecordSettingsRequestBuilder<P0, crate::OperatorIdType> {
            GetRecordSettingsRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
            }
        }
    }
    impl<P0, P1> GetRecordSettingsRequestBuilder<P0, P1> {
        /// The [`GetRecordSettingsRequest`](super::GetRecordSettingsRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type` are set: a missing one is a compile error naming it ("the required field ... of `GetRecordSettingsRequest` is not set").
        pub fn build(self) -> super::GetRecordSettingsRequest
        where
            P0: missing::get_record_settings_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::get_record_settings_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
        {
            super::GetRecordSettingsRequest {
                operator_id: missing::get_record_settings_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::get_record_settings_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
            }
        }
    }
    /// Builds a [`GetRecordSettingsResponse`](super::GetRecordSettingsResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetRecordSettingsResponseBuilder {
        pub(crate) meeting_id: ::std::option::Option<::std::string::String>,
        pub(crate) meeting_record_name: ::std::option::Option<::std::string::String>,
        pub(crate) sharing_config: ::std::option::Option<RecordSharingSettings>,
    }
    impl ::std::fmt::Debug for GetRecordSettingsResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetRecordSettingsResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl GetRecordSettingsResponseBuilder {
        /// Sets [`meeting_id`](super::GetRecordSettingsResponse::meeting_id).
        ///
        /// Optional.
        pub fn meeting_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_record_name`](super::GetRecordSettingsResponse::meeting_record_name).
        ///
        /// Optional.
        pub fn meeting_record_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_record_name = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`sharing_config`](super::GetRecordSettingsResponse::sharing_config).
        ///
        /// Optional.
        pub fn sharing_config(
            mut self,
            value: impl ::std::convert::Into<RecordSharingSettings>,
        ) -> Self {
            self.sharing_config = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl GetRecordSettingsResponseBuilder {
        /// The [`GetRecordSettingsResponse`](super::GetRecordSettingsResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::GetRecordSettingsResponse {
            super::GetRecordSettingsResponse {
                meeting_id: self.meeting_id,
                meeting_record_name: self.meeting_record_name,
                sharing_config: self.sharing_config,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`GetRecordTranscriptRequest`](super::GetRecordTranscriptRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetRecordTranscriptRequestBuilder<
        P0 = missing::get_record_transcript_request::record_file_id,
        P1 = missing::get_record_transcript_request::operator_id,
        P2 = missing::get_record_transcript_request::operator_id_type,
    > {
        pub(crate) meeting_id: ::std::option::Option<::std::string::String>,
        pub(crate) record_file_id: P0,
        pub(crate) pid: ::std::option::Option<::std::string::String>,
        pub(crate) limit: ::std::option::Option<i64>,
        pub(crate) operator_id: P1,
        pub(crate) operator_id_type: P2,
        pub(crate) transcripts_type: ::std::option::Option<
            crate::records::RecordTranscriptType,
        >,
    }
    impl<P0, P1, P2> ::std::fmt::Debug
    for GetRecordTranscriptRequestBuilder<P0, P1, P2> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetRecordTranscriptRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
    > GetRecordTranscriptRequestBuilder<
        missing::get_record_transcript_request::record_file_id,
        P1,
        P2,
    > {
        /// Sets [`record_file_id`](super::GetRecordTranscriptRequest::record_file_id).
        ///
        /// Required.
        pub fn record_file_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetRecordTranscriptRequestBuilder<::std::string::String, P1, P2> {
            GetRecordTranscriptRequestBuilder {
                meeting_id: self.meeting_id,
                record_file_id: value.into(),
                pid: self.pid,
                limit: self.limit,
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                transcripts_type: self.transcripts_type,
            }
        }
    }
    impl<
        P0,
        P2,
    > GetRecordTranscriptRequestBuilder<
        P0,
        missing::get_record_transcript_request::operator_id,
        P2,
    > {
        /// Sets [`operator_id`](super::GetRecordTranscriptRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> GetRecordTranscriptRequestBuilder<P0, ::std::string::String, P2> {
            GetRecordTranscriptRequestBuilder {
                meeting_id: self.meeting_id,
                record_file_id: self.record_file_id,
                pid: self.pid,
                limit: self.limit,
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                transcripts_type: self.transcripts_type,
            }
        }
    }
    impl<
        P0,
        P1,
    > GetRecordTranscriptRequestBuilder<
        P0,
        P1,
        missing::get_record_transcript_request::operator_id_type,
    > {
        /// Sets [`operator_id_type`](super::GetRecordTranscriptRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> GetRecordTranscriptRequestBuilder<P0, P1, crate::OperatorIdType> {
            GetRecordTranscriptRequestBuilder {
                meeting_id: self.meeting_id,
                record_file_id: self.record_file_id,
                pid: self.pid,
                limit: self.limit,
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                transcripts_type: self.transcripts_type,
            }
        }
    }
    impl<P0, P1, P2> GetRecordTranscriptRequestBuilder<P0, P1, P2> {
        /// Sets [`meeting_id`](super::GetRecordTranscriptRequest::meeting_id).
        ///
        /// Optional.
        pub fn meeting_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`pid`](super::GetRecordTranscriptRequest::pid).
        ///
        /// Optional.
        pub fn pid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.pid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`limit`](super::GetRecordTranscriptRequest::limit).
        ///
        /// Optional.
        pub fn limit(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.limit = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`transcripts_type`](super::GetRecordTranscriptRequest::transcripts_type).
        ///
        /// Optional.
        pub fn transcripts_type(
            mut self,
            value: impl ::std::convert::Into<crate::records::RecordTranscriptType>,
        ) -> Self {
            self.transcripts_type = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1, P2> GetRecordTranscriptRequestBuilder<P0, P1, P2> {
        /// The [`GetRecordTranscriptRequest`](super::GetRecordTranscriptRequest).
        ///
        /// Compiles once the required fields `record_file_id`, `operator_id`, `operator_id_type` are set: a missing one is a compile error naming it ("the required field ... of `GetRecordTranscriptRequest` is not set").
        pub fn build(self) -> super::GetRecordTranscriptRequest
        where
            P0: missing::get_record_transcript_request::RecordFileIdIsSet<
                ::std::string::String,
            >,
            P1: missing::get_record_transcript_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P2: missing::get_record_transcript_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
        {
            super::GetRecordTranscriptRequest {
                meeting_id: self.meeting_id,
                record_file_id: missing::get_record_transcript_request::RecordFileIdIsSet::into_field(
                    self.record_file_id,
                ),
                pid: self.pid,
                limit: self.limit,
                operator_id: missing::get_record_transcript_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::get_record_transcript_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                transcripts_type: self.transcripts_type,
            }
        }
    }
    /// Builds a [`GetRecordTranscriptResponse`](super::GetRecordTranscriptResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct GetRecordTranscriptResponseBuilder {
        pub(crate) minutes: ::std::option::Option<RecordTranscript>,
        pub(crate) more: ::std::option::Option<bool>,
    }
    impl ::std::fmt::Debug for GetRecordTranscriptResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(GetRecordTranscriptResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl GetRecordTranscriptResponseBuilder {
        /// Sets [`minutes`](super::GetRecordTranscriptResponse::minutes).
        ///
        /// Optional.
        pub fn minutes(
            mut self,
            value: impl ::std::convert::Into<RecordTranscript>,
        ) -> Self {
            self.minutes = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`more`](super::GetRecordTranscriptResponse::more).
        ///
        /// Optional.
        pub fn more(mut self, value: bool) -> Self {
            self.more = ::std::option::Option::Some(value);
            self
        }
    }
    impl GetRecordTranscriptResponseBuilder {
        /// The [`GetRecordTranscriptResponse`](super::GetRecordTranscriptResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::GetRecordTranscriptResponse {
            super::GetRecordTranscriptResponse {
                minutes: self.minutes,
                more: self.more,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`ListRecordAddressesRequest`](super::ListRecordAddressesRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ListRecordAddressesRequestBuilder<
        P0 = missing::list_record_addresses_request::meeting_record_id,
        P1 = missing::list_record_addresses_request::operator_id,
        P2 = missing::list_record_addresses_request::operator_id_type,
    > {
        pub(crate) meeting_record_id: P0,
        pub(crate) operator_id: P1,
        pub(crate) operator_id_type: P2,
        pub(crate) userid: ::std::option::Option<::std::string::String>,
        pub(crate) page_size: ::std::option::Option<i64>,
        pub(crate) page: ::std::option::Option<i64>,
        pub(crate) address_type: ::std::option::Option<::std::string::String>,
    }
    impl<P0, P1, P2> ::std::fmt::Debug
    for ListRecordAddressesRequestBuilder<P0, P1, P2> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ListRecordAddressesRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
    > ListRecordAddressesRequestBuilder<
        missing::list_record_addresses_request::meeting_record_id,
        P1,
        P2,
    > {
        /// Sets [`meeting_record_id`](super::ListRecordAddressesRequest::meeting_record_id).
        ///
        /// Required.
        pub fn meeting_record_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> ListRecordAddressesRequestBuilder<::std::string::String, P1, P2> {
            ListRecordAddressesRequestBuilder {
                meeting_record_id: value.into(),
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                userid: self.userid,
                page_size: self.page_size,
                page: self.page,
                address_type: self.address_type,
            }
        }
    }
    impl<
        P0,
        P2,
    > ListRecordAddressesRequestBuilder<
        P0,
        missing::list_record_addresses_request::operator_id,
        P2,
    > {
        /// Sets [`operator_id`](super::ListRecordAddressesRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> ListRecordAddressesRequestBuilder<P0, ::std::string::String, P2> {
            ListRecordAddressesRequestBuilder {
                meeting_record_id: self.meeting_record_id,
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                userid: self.userid,
                page_size: self.page_size,
                page: self.page,
                address_type: self.address_type,
            }
        }
    }
    impl<
        P0,
        P1,
    > ListRecordAddressesRequestBuilder<
        P0,
        P1,
        missing::list_record_addresses_request::operator_id_type,
    > {
        /// Sets [`operator_id_type`](super::ListRecordAddressesRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> ListRecordAddressesRequestBuilder<P0, P1, crate::OperatorIdType> {
            ListRecordAddressesRequestBuilder {
                meeting_record_id: self.meeting_record_id,
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                userid: self.userid,
                page_size: self.page_size,
                page: self.page,
                address_type: self.address_type,
            }
        }
    }
    impl<P0, P1, P2> ListRecordAddressesRequestBuilder<P0, P1, P2> {
        /// Sets [`userid`](super::ListRecordAddressesRequest::userid).
        ///
        /// Optional.
        pub fn userid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.userid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`page_size`](super::ListRecordAddressesRequest::page_size).
        ///
        /// Optional.
        pub fn page_size(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.page_size = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`page`](super::ListRecordAddressesRequest::page).
        ///
        /// Optional.
        pub fn page(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.page = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`address_type`](super::ListRecordAddressesRequest::address_type).
        ///
        /// Optional.
        pub fn address_type(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.address_type = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1, P2> ListRecordAddressesRequestBuilder<P0, P1, P2> {
        /// The [`ListRecordAddressesRequest`](super::ListRecordAddressesRequest).
        ///
        /// Compiles once the required fields `meeting_record_id`, `operator_id`, `operator_id_type` are set: a missing one is a compile error naming it ("the required field ... of `ListRecordAddressesRequest` is not set").
        pub fn build(self) -> super::ListRecordAddressesRequest
        where
            P0: missing::list_record_addresses_request::MeetingRecordIdIsSet<
                ::std::string::String,
            >,
            P1: missing::list_record_addresses_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P2: missing::list_record_addresses_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
        {
            super::ListRecordAddressesRequest {
                meeting_record_id: missing::list_record_addresses_request::MeetingRecordIdIsSet::into_field(
                    self.meeting_record_id,
                ),
                operator_id: missing::list_record_addresses_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::list_record_addresses_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                userid: self.userid,
                page_size: self.page_size,
                page: self.page,
                address_type: self.address_type,
            }
        }
    }
    /// Builds a [`ListRecordAddressesResponse`](super::ListRecordAddressesResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ListRecordAddressesResponseBuilder {
        pub(crate) total_count: ::std::option::Option<i64>,
        pub(crate) current_size: ::std::option::Option<i64>,
        pub(crate) current_page: ::std::option::Option<i64>,
        pub(crate) total_page: ::std::option::Option<i64>,
        pub(crate) meeting_record_id: ::std::option::Option<::std::string::String>,
        pub(crate) meeting_id: ::std::option::Option<::std::string::String>,
        pub(crate) meeting_code: ::std::option::Option<::std::string::String>,
        pub(crate) subject: ::std::option::Option<::std::string::String>,
        pub(crate) record_files: ::std::option::Option<
            ::std::vec::Vec<RecordFileAddress>,
        >,
    }
    impl ::std::fmt::Debug for ListRecordAddressesResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ListRecordAddressesResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl ListRecordAddressesResponseBuilder {
        /// Sets [`total_count`](super::ListRecordAddressesResponse::total_count).
        ///
        /// Optional.
        pub fn total_count(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.total_count = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`current_size`](super::ListRecordAddressesResponse::current_size).
        ///
        /// Optional.
        pub fn current_size(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.current_size = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`current_page`](super::ListRecordAddressesResponse::current_page).
        ///
        /// Optional.
        pub fn current_page(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.current_page = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`total_page`](super::ListRecordAddressesResponse::total_page).
        ///
        /// Optional.
        pub fn total_page(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.total_page = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_record_id`](super::ListRecordAddressesResponse::meeting_record_id).
        ///
        /// Optional.
        pub fn meeting_record_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_record_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_id`](super::ListRecordAddressesResponse::meeting_id).
        ///
        /// Optional.
        pub fn meeting_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_code`](super::ListRecordAddressesResponse::meeting_code).
        ///
        /// Optional.
        pub fn meeting_code(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_code = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`subject`](super::ListRecordAddressesResponse::subject).
        ///
        /// Optional.
        pub fn subject(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.subject = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`record_files`](super::ListRecordAddressesResponse::record_files).
        ///
        /// Optional.
        pub fn record_files(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<RecordFileAddress>,
            >,
        ) -> Self {
            self.record_files = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl ListRecordAddressesResponseBuilder {
        /// The [`ListRecordAddressesResponse`](super::ListRecordAddressesResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::ListRecordAddressesResponse {
            super::ListRecordAddressesResponse {
                total_count: self.total_count,
                current_size: self.current_size,
                current_page: self.current_page,
                total_page: self.total_page,
                meeting_record_id: self.meeting_record_id,
                meeting_id: self.meeting_id,
                meeting_code: self.meeting_code,
                subject: self.subject,
                record_files: self.record_files,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`ListRecordOperationsRequest`](super::ListRecordOperationsRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ListRecordOperationsRequestBuilder<
        P0 = missing::list_record_operations_request::meeting_record_id,
        P1 = missing::list_record_operations_request::event_type,
    > {
        pub(crate) meeting_record_id: P0,
        pub(crate) event_type: P1,
        pub(crate) page_size: ::std::option::Option<i64>,
        pub(crate) page: ::std::option::Option<i64>,
        pub(crate) start_time: ::std::option::Option<i64>,
        pub(crate) end_time: ::std::option::Option<i64>,
    }
    impl<P0, P1> ::std::fmt::Debug for ListRecordOperationsRequestBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ListRecordOperationsRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
    > ListRecordOperationsRequestBuilder<
        missing::list_record_operations_request::meeting_record_id,
        P1,
    > {
        /// Sets [`meeting_record_id`](super::ListRecordOperationsRequest::meeting_record_id).
        ///
        /// Required.
        pub fn meeting_record_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> ListRecordOperationsRequestBuilder<::std::string::String, P1> {
            ListRecordOperationsRequestBuilder {
                meeting_record_id: value.into(),
                event_type: self.event_type,
                page_size: self.page_size,
                page: self.page,
                start_time: self.start_time,
                end_time: self.end_time,
            }
        }
    }
    impl<
        P0,
    > ListRecordOperationsRequestBuilder<
        P0,
        missing::list_record_operations_request::event_type,
    > {
        /// Sets [`event_type`](super::ListRecordOperationsRequest::event_type).
        ///
        /// Required.
        pub fn event_type(
            self,
            value: impl ::std::convert::Into<crate::records::RecordOperationType>,
        ) -> ListRecordOperationsRequestBuilder<
            P0,
            crate::records::RecordOperationType,
        > {
            ListRecordOperationsRequestBuilder {
                meeting_record_id: self.meeting_record_id,
                event_type: value.into(),
                page_size: self.page_size,
                page: self.page,
                start_time: self.start_time,
                end_time: self.end_time,
            }
        }
    }
    impl<P0, P1> ListRecordOperationsRequestBuilder<P0, P1> {
        /// Sets [`page_size`](super::ListRecordOperationsRequest::page_size).
        ///
        /// Optional.
        pub fn page_size(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.page_size = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`page`](super::ListRecordOperationsRequest::page).
        ///
        /// Optional.
        pub fn page(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.page = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`start_time`](super::ListRecordOperationsRequest::start_time).
        ///
        /// Optional.
        pub fn start_time(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.start_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`end_time`](super::ListRecordOperationsRequest::end_time).
        ///
        /// Optional.
        pub fn end_time(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.end_time = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1> ListRecordOperationsRequestBuilder<P0, P1> {
        /// The [`ListRecordOperationsRequest`](super::ListRecordOperationsRequest).
        ///
        /// Compiles once the required fields `meeting_record_id`, `event_type` are set: a missing one is a compile error naming it ("the required field ... of `ListRecordOperationsRequest` is not set").
        pub fn build(self) -> super::ListRecordOperationsRequest
        where
            P0: missing::list_record_operations_request::MeetingRecordIdIsSet<
                ::std::string::String,
            >,
            P1: missing::list_record_operations_request::EventTypeIsSet<
                crate::records::RecordOperationType,
            >,
        {
            super::ListRecordOperationsRequest {
                meeting_record_id: missing::list_record_operations_request::MeetingRecordIdIsSet::into_field(
                    self.meeting_record_id,
                ),
                event_type: missing::list_record_operations_request::EventTypeIsSet::into_field(
                    self.event_type,
                ),
                page_size: self.page_size,
                page: self.page,
                start_time: self.start_time,
                end_time: self.end_time,
            }
        }
    }
    /// Builds a [`ListRecordOperationsResponse`](super::ListRecordOperationsResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ListRecordOperationsResponseBuilder {
        pub(crate) total_count: ::std::option::Option<i64>,
        pub(crate) current_size: ::std::option::Option<i64>,
        pub(crate) current_page: ::std::option::Option<i64>,
        pub(crate) total_page: ::std::option::Option<i64>,
        pub(crate) events: ::std::option::Option<::std::vec::Vec<RecordOperation>>,
    }
    impl ::std::fmt::Debug for ListRecordOperationsResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ListRecordOperationsResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl ListRecordOperationsResponseBuilder {
        /// Sets [`total_count`](super::ListRecordOperationsResponse::total_count).
        ///
        /// Optional.
        pub fn total_count(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.total_count = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`current_size`](super::ListRecordOperationsResponse::current_size).
        ///
        /// Optional.
        pub fn current_size(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.current_size = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`current_page`](super::ListRecordOperationsResponse::current_page).
        ///
        /// Optional.
        pub fn current_page(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.current_page = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`total_page`](super::ListRecordOperationsResponse::total_page).
        ///
        /// Optional.
        pub fn total_page(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.total_page = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`events`](super::ListRecordOperationsResponse::events).
        ///
        /// Optional.
        pub fn events(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<RecordOperation>,
            >,
        ) -> Self {
            self.events = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl ListRecordOperationsResponseBuilder {
        /// The [`ListRecordOperationsResponse`](super::ListRecordOperationsResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::ListRecordOperationsResponse {
            super::ListRecordOperationsResponse {
                total_count: self.total_count,
                current_size: self.current_size,
                current_page: self.current_page,
                total_page: self.total_page,
                events: self.events,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`ListRecordViewsRequest`](super::ListRecordViewsRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ListRecordViewsRequestBuilder<
        P0 = missing::list_record_views_request::record_file_id,
        P1 = missing::list_record_views_request::operator_id_type,
        P2 = missing::list_record_views_request::operator_id,
    > {
        pub(crate) record_file_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) operator_id: P2,
        pub(crate) page_size: ::std::option::Option<i64>,
        pub(crate) page: ::std::option::Option<i64>,
        pub(crate) start_time: ::std::option::Option<i64>,
        pub(crate) end_time: ::std::option::Option<i64>,
    }
    impl<P0, P1, P2> ::std::fmt::Debug for ListRecordViewsRequestBuilder<P0, P1, P2> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ListRecordViewsRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
    > ListRecordViewsRequestBuilder<
        missing::list_record_views_request::record_file_id,
        P1,
        P2,
    > {
        /// Sets [`record_file_id`](super::ListRecordViewsRequest::record_file_id).
        ///
        /// Required.
        pub fn record_file_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> ListRecordViewsRequestBuilder<::std::string::String, P1, P2> {
            ListRecordViewsRequestBuilder {
                record_file_id: value.into(),
                operator_id_type: self.operator_id_type,
                operator_id: self.operator_id,
                page_size: self.page_size,
                page: self.page,
                start_time: self.start_time,
                end_time: self.end_time,
            }
        }
    }
    impl<
        P0,
        P2,
    > ListRecordViewsRequestBuilder<
        P0,
        missing::list_record_views_request::operator_id_type,
        P2,
    > {
        /// Sets [`operator_id_type`](super::ListRecordViewsRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> ListRecordViewsRequestBuilder<P0, crate::OperatorIdType, P2> {
            ListRecordViewsRequestBuilder {
                record_file_id: self.record_file_id,
                operator_id_type: value.into(),
                operator_id: self.operator_id,
                page_size: self.page_size,
                page: self.page,
                start_time: self.start_time,
                end_time: self.end_time,
            }
        }
    }
    impl<
        P0,
        P1,
    > ListRecordViewsRequestBuilder<
        P0,
        P1,
        missing::list_record_views_request::operator_id,
    > {
        /// Sets [`operator_id`](super::ListRecordViewsRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> ListRecordViewsRequestBuilder<P0, P1, ::std::string::String> {
            ListRecordViewsRequestBuilder {
                record_file_id: self.record_file_id,
                operator_id_type: self.operator_id_type,
                operator_id: value.into(),
                page_size: self.page_size,
                page: self.page,
                start_time: self.start_time,
                end_time: self.end_time,
            }
        }
    }
    impl<P0, P1, P2> ListRecordViewsRequestBuilder<P0, P1, P2> {
        /// Sets [`page_size`](super::ListRecordViewsRequest::page_size).
        ///
        /// Optional.
        pub fn page_size(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.page_size = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`page`](super::ListRecordViewsRequest::page).
        ///
        /// Optional.
        pub fn page(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.page = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`start_time`](super::ListRecordViewsRequest::start_time).
        ///
        /// Optional.
        pub fn start_time(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.start_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`end_time`](super::ListRecordViewsRequest::end_time).
        ///
        /// Optional.
        pub fn end_time(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.end_time = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1, P2> ListRecordViewsRequestBuilder<P0, P1, P2> {
        /// The [`ListRecordViewsRequest`](super::ListRecordViewsRequest).
        ///
        /// Compiles once the required fields `record_file_id`, `operator_id_type`, `operator_id` are set: a missing one is a compile error naming it ("the required field ... of `ListRecordViewsRequest` is not set").
        pub fn build(self) -> super::ListRecordViewsRequest
        where
            P0: missing::list_record_views_request::RecordFileIdIsSet<
                ::std::string::String,
            >,
            P1: missing::list_record_views_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
            P2: missing::list_record_views_request::OperatorIdIsSet<
                ::std::string::String,
            >,
        {
            super::ListRecordViewsRequest {
                record_file_id: missing::list_record_views_request::RecordFileIdIsSet::into_field(
                    self.record_file_id,
                ),
                operator_id_type: missing::list_record_views_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                operator_id: missing::list_record_views_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                page_size: self.page_size,
                page: self.page,
                start_time: self.start_time,
                end_time: self.end_time,
            }
        }
    }
    /// Builds a [`ListRecordViewsResponse`](super::ListRecordViewsResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ListRecordViewsResponseBuilder {
        pub(crate) total_count: ::std::option::Option<i64>,
        pub(crate) current_size: ::std::option::Option<i64>,
        pub(crate) current_page: ::std::option::Option<i64>,
        pub(crate) total_page: ::std::option::Option<i64>,
        pub(crate) view_details: ::std::option::Option<
            ::std::vec::Vec<RecordViewDetail>,
        >,
    }
    impl ::std::fmt::Debug for ListRecordViewsResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ListRecordViewsResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl ListRecordViewsResponseBuilder {
        /// Sets [`total_count`](super::ListRecordViewsResponse::total_count).
        ///
        /// Optional.
        pub fn total_count(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.total_count = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`current_size`](super::ListRecordViewsResponse::current_size).
        ///
        /// Optional.
        pub fn current_size(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.current_size = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`current_page`](super::ListRecordViewsResponse::current_page).
        ///
        /// Optional.
        pub fn current_page(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.current_page = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`total_page`](super::ListRecordViewsResponse::total_page).
        ///
        /// Optional.
        pub fn total_page(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.total_page = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`view_details`](super::ListRecordViewsResponse::view_details).
        ///
        /// Optional.
        pub fn view_details(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<RecordViewDetail>,
            >,
        ) -> Self {
            self.view_details = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl ListRecordViewsResponseBuilder {
        /// The [`ListRecordViewsResponse`](super::ListRecordViewsResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::ListRecordViewsResponse {
            super::ListRecordViewsResponse {
                total_count: self.total_count,
                current_size: self.current_size,
                current_page: self.current_page,
                total_page: self.total_page,
                view_details: self.view_details,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`ListRecordsRequest`](super::ListRecordsRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ListRecordsRequestBuilder<
        P0 = missing::list_records_request::operator_id,
        P1 = missing::list_records_request::operator_id_type,
        P2 = missing::list_records_request::start_time,
        P3 = missing::list_records_request::end_time,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) meeting_id: ::std::option::Option<::std::string::String>,
        pub(crate) meeting_code: ::std::option::Option<::std::string::String>,
        pub(crate) start_time: P2,
        pub(crate) end_time: P3,
        pub(crate) page_size: ::std::option::Option<i64>,
        pub(crate) page: ::std::option::Option<i64>,
        pub(crate) media_set_type: ::std::option::Option<
            crate::records::RecordMediaSetType,
        >,
        pub(crate) query_record_type: ::std::option::Option<
            crate::records::RecordQueryType,
        >,
    }
    impl<P0, P1, P2, P3> ::std::fmt::Debug
    for ListRecordsRequestBuilder<P0, P1, P2, P3> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ListRecordsRequestBuilder)).finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
        P3,
    > ListRecordsRequestBuilder<missing::list_records_request::operator_id, P1, P2, P3> {
        /// Sets [`operator_id`](super::ListRecordsRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> ListRecordsRequestBuilder<::std::string::String, P1, P2, P3> {
            ListRecordsRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                meeting_id: self.meeting_id,
                meeting_code: self.meeting_code,
                start_time: self.start_time,
                end_time: self.end_time,
                page_size: self.page_size,
                page: self.page,
                media_set_type: self.media_set_type,
                query_record_type: self.query_record_type,
            }
        }
    }
    impl<
        P0,
        P2,
        P3,
    > ListRecordsRequestBuilder<
        P0,
        missing::list_records_request::operator_id_type,
        P2,
        P3,
    > {
        /// Sets [`operator_id_type`](super::ListRecordsRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> ListRecordsRequestBuilder<P0, crate::OperatorIdType, P2, P3> {
            ListRecordsRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                meeting_id: self.meeting_id,
                meeting_code: self.meeting_code,
                start_time: self.start_time,
                end_time: self.end_time,
                page_size: self.page_size,
                page: self.page,
                media_set_type: self.media_set_type,
                query_record_type: self.query_record_type,
            }
        }
    }
    impl<
        P0,
        P1,
        P3,
    > ListRecordsRequestBuilder<P0, P1, missing::list_records_request::start_time, P3> {
        /// Sets [`start_time`](super::ListRecordsRequest::start_time).
        ///
        /// Required.
        pub fn start_time(
            self,
            value: impl ::std::convert::Into<i64>,
        ) -> ListRecordsRequestBuilder<P0, P1, i64, P3> {
            ListRecordsRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                meeting_id: self.meeting_id,
                meeting_code: self.meeting_code,
                start_time: value.into(),
                end_time: self.end_time,
                page_size: self.page_size,
                page: self.page,
                media_set_type: self.media_set_type,
                query_record_type: self.query_record_type,
            }
        }
    }
    impl<
        P0,
        P1,
        P2,
    > ListRecordsRequestBuilder<P0, P1, P2, missing::list_records_request::end_time> {
        /// Sets [`end_time`](super::ListRecordsRequest::end_time).
        ///
        /// Required.
        pub fn end_time(
            self,
            value: impl ::std::convert::Into<i64>,
        ) -> ListRecordsRequestBuilder<P0, P1, P2, i64> {
            ListRecordsRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                meeting_id: self.meeting_id,
                meeting_code: self.meeting_code,
                start_time: self.start_time,
                end_time: value.into(),
                page_size: self.page_size,
                page: self.page,
                media_set_type: self.media_set_type,
                query_record_type: self.query_record_type,
            }
        }
    }
    impl<P0, P1, P2, P3> ListRecordsRequestBuilder<P0, P1, P2, P3> {
        /// Sets [`meeting_id`](super::ListRecordsRequest::meeting_id).
        ///
        /// Optional.
        pub fn meeting_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_code`](super::ListRecordsRequest::meeting_code).
        ///
        /// Optional.
        pub fn meeting_code(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_code = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`page_size`](super::ListRecordsRequest::page_size).
        ///
        /// Optional.
        pub fn page_size(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.page_size = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`page`](super::ListRecordsRequest::page).
        ///
        /// Optional.
        pub fn page(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.page = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`media_set_type`](super::ListRecordsRequest::media_set_type).
        ///
        /// Optional.
        pub fn media_set_type(
            mut self,
            value: impl ::std::convert::Into<crate::records::RecordMediaSetType>,
        ) -> Self {
            self.media_set_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`query_record_type`](super::ListRecordsRequest::query_record_type).
        ///
        /// Optional.
        pub fn query_record_type(
            mut self,
            value: impl ::std::convert::Into<crate::records::RecordQueryType>,
        ) -> Self {
            self.query_record_type = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1, P2, P3> ListRecordsRequestBuilder<P0, P1, P2, P3> {
        /// The [`ListRecordsRequest`](super::ListRecordsRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type`, `start_time`, `end_time` are set: a missing one is a compile error naming it ("the required field ... of `ListRecordsRequest` is not set").
        pub fn build(self) -> super::ListRecordsRequest
        where
            P0: missing::list_records_request::OperatorIdIsSet<::std::string::String>,
            P1: missing::list_records_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
            P2: missing::list_records_request::StartTimeIsSet<i64>,
            P3: missing::list_records_request::EndTimeIsSet<i64>,
        {
            super::ListRecordsRequest {
                operator_id: missing::list_records_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::list_records_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                meeting_id: self.meeting_id,
                meeting_code: self.meeting_code,
                start_time: missing::list_records_request::StartTimeIsSet::into_field(
                    self.start_time,
                ),
                end_time: missing::list_records_request::EndTimeIsSet::into_field(
                    self.end_time,
                ),
                page_size: self.page_size,
                page: self.page,
                media_set_type: self.media_set_type,
                query_record_type: self.query_record_type,
            }
        }
    }
    /// Builds a [`ListRecordsResponse`](super::ListRecordsResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ListRecordsResponseBuilder {
        pub(crate) total_count: ::std::option::Option<i64>,
        pub(crate) current_size: ::std::option::Option<i64>,
        pub(crate) current_page: ::std::option::Option<i64>,
        pub(crate) total_page: ::std::option::Option<i64>,
        pub(crate) record_meetings: ::std::option::Option<
            ::std::vec::Vec<RecordMeeting>,
        >,
    }
    impl ::std::fmt::Debug for ListRecordsResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ListRecordsResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl ListRecordsResponseBuilder {
        /// Sets [`total_count`](super::ListRecordsResponse::total_count).
        ///
        /// Optional.
        pub fn total_count(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.total_count = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`current_size`](super::ListRecordsResponse::current_size).
        ///
        /// Optional.
        pub fn current_size(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.current_size = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`current_page`](super::ListRecordsResponse::current_page).
        ///
        /// Optional.
        pub fn current_page(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.current_page = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`total_page`](super::ListRecordsResponse::total_page).
        ///
        /// Optional.
        pub fn total_page(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.total_page = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`record_meetings`](super::ListRecordsResponse::record_meetings).
        ///
        /// Optional.
        pub fn record_meetings(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<RecordMeeting>,
            >,
        ) -> Self {
            self.record_meetings = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl ListRecordsResponseBuilder {
        /// The [`ListRecordsResponse`](super::ListRecordsResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::ListRecordsResponse {
            super::ListRecordsResponse {
                total_count: self.total_count,
                current_size: self.current_size,
                current_page: self.current_page,
                total_page: self.total_page,
                record_meetings: self.record_meetings,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`ListTranscriptParagraphsRequest`](super::ListTranscriptParagraphsRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ListTranscriptParagraphsRequestBuilder<
        P0 = missing::list_transcript_paragraphs_request::record_file_id,
        P1 = missing::list_transcript_paragraphs_request::operator_id_type,
        P2 = missing::list_transcript_paragraphs_request::operator_id,
    > {
        pub(crate) meeting_id: ::std::option::Option<::std::string::String>,
        pub(crate) record_file_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) operator_id: P2,
    }
    impl<P0, P1, P2> ::std::fmt::Debug
    for ListTranscriptParagraphsRequestBuilder<P0, P1, P2> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ListTranscriptParagraphsRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
    > ListTranscriptParagraphsRequestBuilder<
        missing::list_transcript_paragraphs_request::record_file_id,
        P1,
        P2,
    > {
        /// Sets [`record_file_id`](super::ListTranscriptParagraphsRequest::record_file_id).
        ///
        /// Required.
        pub fn record_file_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> ListTranscriptParagraphsRequestBuilder<::std::string::String, P1, P2> {
            ListTranscriptParagraphsRequestBuilder {
                meeting_id: self.meeting_id,
                record_file_id: value.into(),
                operator_id_type: self.operator_id_type,
                operator_id: self.operator_id,
            }
        }
    }
    impl<
        P0,
        P2,
    > ListTranscriptParagraphsRequestBuilder<
        P0,
        missing::list_transcript_paragraphs_request::operator_id_type,
        P2,
    > {
        /// Sets [`operator_id_type`](super::ListTranscriptParagraphsRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> ListTranscriptParagraphsRequestBuilder<P0, crate::OperatorIdType, P2> {
            ListTranscriptParagraphsRequestBuilder {
                meeting_id: self.meeting_id,
                record_file_id: self.record_file_id,
                operator_id_type: value.into(),
                operator_id: self.operator_id,
            }
        }
    }
    impl<
        P0,
        P1,
    > ListTranscriptParagraphsRequestBuilder<
        P0,
        P1,
        missing::list_transcript_paragraphs_request::operator_id,
    > {
        /// Sets [`operator_id`](super::ListTranscriptParagraphsRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> ListTranscriptParagraphsRequestBuilder<P0, P1, ::std::string::String> {
            ListTranscriptParagraphsRequestBuilder {
                meeting_id: self.meeting_id,
                record_file_id: self.record_file_id,
                operator_id_type: self.operator_id_type,
                operator_id: value.into(),
            }
        }
    }
    impl<P0, P1, P2> ListTranscriptParagraphsRequestBuilder<P0, P1, P2> {
        /// Sets [`meeting_id`](super::ListTranscriptParagraphsRequest::meeting_id).
        ///
        /// Optional.
        pub fn meeting_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_id = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1, P2> ListTranscriptParagraphsRequestBuilder<P0, P1, P2> {
        /// The [`ListTranscriptParagraphsRequest`](super::ListTranscriptParagraphsRequest).
        ///
        /// Compiles once the required fields `record_file_id`, `operator_id_type`, `operator_id` are set: a missing one is a compile error naming it ("the required field ... of `ListTranscriptParagraphsRequest` is not set").
        pub fn build(self) -> super::ListTranscriptParagraphsRequest
        where
            P0: missing::list_transcript_paragraphs_request::RecordFileIdIsSet<
                ::std::string::String,
            >,
            P1: missing::list_transcript_paragraphs_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
            P2: missing::list_transcript_paragraphs_request::OperatorIdIsSet<
                ::std::string::String,
            >,
        {
            super::ListTranscriptParagraphsRequest {
                meeting_id: self.meeting_id,
                record_file_id: missing::list_transcript_paragraphs_request::RecordFileIdIsSet::into_field(
                    self.record_file_id,
                ),
                operator_id_type: missing::list_transcript_paragraphs_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                operator_id: missing::list_transcript_paragraphs_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
            }
        }
    }
    /// Builds a [`ListTranscriptParagraphsResponse`](super::ListTranscriptParagraphsResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct ListTranscriptParagraphsResponseBuilder {
        pub(crate) total: ::std::option::Option<i64>,
        pub(crate) audio_detect: ::std::option::Option<i64>,
        pub(crate) pids: ::std::option::Option<
            ::std::vec::Vec<RecordTranscriptParagraphSpan>,
        >,
    }
    impl ::std::fmt::Debug for ListTranscriptParagraphsResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(ListTranscriptParagraphsResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl ListTranscriptParagraphsResponseBuilder {
        /// Sets [`total`](super::ListTranscriptParagraphsResponse::total).
        ///
        /// Optional.
        pub fn total(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.total = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`audio_detect`](super::ListTranscriptParagraphsResponse::audio_detect).
        ///
        /// Optional.
        pub fn audio_detect(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.audio_detect = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`pids`](super::ListTranscriptParagraphsResponse::pids).
        ///
        /// Optional.
        pub fn pids(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<RecordTranscriptParagraphSpan>,
            >,
        ) -> Self {
            self.pids = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl ListTranscriptParagraphsResponseBuilder {
        /// The [`ListTranscriptParagraphsResponse`](super::ListTranscriptParagraphsResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::ListTranscriptParagraphsResponse {
            super::ListTranscriptParagraphsResponse {
                total: self.total,
                audio_detect: self.audio_detect,
                pids: self.pids,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`PrepareRecordUploadRequest`](super::PrepareRecordUploadRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct PrepareRecordUploadRequestBuilder<
        P0 = missing::prepare_record_upload_request::operator_id,
        P1 = missing::prepare_record_upload_request::operator_id_type,
        P2 = missing::prepare_record_upload_request::file_name,
        P3 = missing::prepare_record_upload_request::file_type,
        P4 = missing::prepare_record_upload_request::file_size,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) file_name: P2,
        pub(crate) file_type: P3,
        pub(crate) file_size: P4,
    }
    impl<P0, P1, P2, P3, P4> ::std::fmt::Debug
    for PrepareRecordUploadRequestBuilder<P0, P1, P2, P3, P4> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(PrepareRecordUploadRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
        P3,
        P4,
    > PrepareRecordUploadRequestBuilder<
        missing::prepare_record_upload_request::operator_id,
        P1,
        P2,
        P3,
        P4,
    > {
        /// Sets [`operator_id`](super::PrepareRecordUploadRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> PrepareRecordUploadRequestBuilder<::std::string::String, P1, P2, P3, P4> {
            PrepareRecordUploadRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                file_name: self.file_name,
                file_type: self.file_type,
                file_size: self.file_size,
            }
        }
    }
    impl<
        P0,
        P2,
        P3,
        P4,
    > PrepareRecordUploadRequestBuilder<
        P0,
        missing::prepare_record_upload_request::operator_id_type,
        P2,
        P3,
        P4,
    > {
        /// Sets [`operator_id_type`](super::PrepareRecordUploadRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> PrepareRecordUploadRequestBuilder<P0, crate::OperatorIdType, P2, P3, P4> {
            PrepareRecordUploadRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                file_name: self.file_name,
                file_type: self.file_type,
                file_size: self.file_size,
            }
        }
    }
    impl<
        P0,
        P1,
        P3,
        P4,
    > PrepareRecordUploadRequestBuilder<
        P0,
        P1,
        missing::prepare_record_upload_request::file_name,
        P3,
        P4,
    > {
        /// Sets [`file_name`](super::PrepareRecordUploadRequest::file_name).
        ///
        /// Required.
        pub fn file_name(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> PrepareRecordUploadRequestBuilder<P0, P1, ::std::string::String, P3, P4> {
            PrepareRecordUploadRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                file_name: value.into(),
                file_type: self.file_type,
                file_size: self.file_size,
            }
        }
    }
    impl<
        P0,
        P1,
        P2,
        P4,
    > PrepareRecordUploadRequestBuilder<
        P0,
        P1,
        P2,
        missing::prepare_record_upload_request::file_type,
        P4,
    > {
        /// Sets [`file_type`](super::PrepareRecordUploadRequest::file_type).
        ///
        /// Required.
        pub fn file_type(
            self,
            value: impl ::std::convert::Into<crate::records::RecordUploadFileType>,
        ) -> PrepareRecordUploadRequestBuilder<
            P0,
            P1,
            P2,
            crate::records::RecordUploadFileType,
            P4,
        > {
            PrepareRecordUploadRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                file_name: self.file_name,
                file_type: value.into(),
                file_size: self.file_size,
            }
        }
    }
    impl<
        P0,
        P1,
        P2,
        P3,
    > PrepareRecordUploadRequestBuilder<
        P0,
        P1,
        P2,
        P3,
        missing::prepare_record_upload_request::file_size,
    > {
        /// Sets [`file_size`](super::PrepareRecordUploadRequest::file_size).
        ///
        /// Required.
        pub fn file_size(
            self,
            value: impl ::std::convert::Into<i64>,
        ) -> PrepareRecordUploadRequestBuilder<P0, P1, P2, P3, i64> {
            PrepareRecordUploadRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                file_name: self.file_name,
                file_type: self.file_type,
                file_size: value.into(),
            }
        }
    }
    impl<P0, P1, P2, P3, P4> PrepareRecordUploadRequestBuilder<P0, P1, P2, P3, P4> {
        /// The [`PrepareRecordUploadRequest`](super::PrepareRecordUploadRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type`, `file_name`, `file_type`, `file_size` are set: a missing one is a compile error naming it ("the required field ... of `PrepareRecordUploadRequest` is not set").
        pub fn build(self) -> super::PrepareRecordUploadRequest
        where
            P0: missing::prepare_record_upload_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::prepare_record_upload_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
            P2: missing::prepare_record_upload_request::FileNameIsSet<
                ::std::string::String,
            >,
            P3: missing::prepare_record_upload_request::FileTypeIsSet<
                crate::records::RecordUploadFileType,
            >,
            P4: missing::prepare_record_upload_request::FileSizeIsSet<i64>,
        {
            super::PrepareRecordUploadRequest {
                operator_id: missing::prepare_record_upload_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::prepare_record_upload_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                file_name: missing::prepare_record_upload_request::FileNameIsSet::into_field(
                    self.file_name,
                ),
                file_type: missing::prepare_record_upload_request::FileTypeIsSet::into_field(
                    self.file_type,
                ),
                file_size: missing::prepare_record_upload_request::FileSizeIsSet::into_field(
                    self.file_size,
                ),
            }
        }
    }
    /// Builds a [`PrepareRecordUploadResponse`](super::PrepareRecordUploadResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct PrepareRecordUploadResponseBuilder {
        pub(crate) upload_id: ::std::option::Option<::std::string::String>,
        pub(crate) block_size: ::std::option::Option<i64>,
        pub(crate) block_num: ::std::option::Option<i64>,
    }
    impl ::std::fmt::Debug for PrepareRecordUploadResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(PrepareRecordUploadResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl PrepareRecordUploadResponseBuilder {
        /// Sets [`upload_id`](super::PrepareRecordUploadResponse::upload_id).
        ///
        /// Optional.
        pub fn upload_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.upload_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`block_size`](super::PrepareRecordUploadResponse::block_size).
        ///
        /// Optional.
        pub fn block_size(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.block_size = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`block_num`](super::PrepareRecordUploadResponse::block_num).
        ///
        /// Optional.
        pub fn block_num(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.block_num = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl PrepareRecordUploadResponseBuilder {
        /// The [`PrepareRecordUploadResponse`](super::PrepareRecordUploadResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::PrepareRecordUploadResponse {
            super::PrepareRecordUploadResponse {
                upload_id: self.upload_id,
                block_size: self.block_size,
                block_num: self.block_num,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RecordAccessMember`](super::RecordAccessMember): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RecordAccessMemberBuilder<
        P0 = missing::record_access_member::to_operator_id_type,
        P1 = missing::record_access_member::to_operator_id,
    > {
        pub(crate) to_operator_id_type: P0,
        pub(crate) to_operator_id: P1,
        pub(crate) permission: ::std::option::Option<
            crate::records::RecordAccessPermission,
        >,
    }
    impl<P0, P1> ::std::fmt::Debug for RecordAccessMemberBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RecordAccessMemberBuilder)).finish_non_exhaustive()
        }
    }
    impl<
        P1,
    > RecordAccessMemberBuilder<missing::record_access_member::to_operator_id_type, P1> {
        /// Sets [`to_operator_id_type`](super::RecordAccessMember::to_operator_id_type).
        ///
        /// Required.
        pub fn to_operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> RecordAccessMemberBuilder<crate::OperatorIdType, P1> {
            RecordAccessMemberBuilder {
                to_operator_id_type: value.into(),
                to_operator_id: self.to_operator_id,
                permission: self.permission,
            }
        }
    }
    impl<
        P0,
    > RecordAccessMemberBuilder<P0, missing::record_access_member::to_operator_id> {
        /// Sets [`to_operator_id`](super::RecordAccessMember::to_operator_id).
        ///
        /// Required.
        pub fn to_operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> RecordAccessMemberBuilder<P0, ::std::string::String> {
            RecordAccessMemberBuilder {
                to_operator_id_type: self.to_operator_id_type,
                to_operator_id: value.into(),
                permission: self.permission,
            }
        }
    }
    impl<P0, P1> RecordAccessMemberBuilder<P0, P1> {
        /// Sets [`permission`](super::RecordAccessMember::permission).
        ///
        /// Optional.
        pub fn permission(
            mut self,
            value: impl ::std::convert::Into<crate::records::RecordAccessPermission>,
        ) -> Self {
            self.permission = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1> RecordAccessMemberBuilder<P0, P1> {
        /// The [`RecordAccessMember`](super::RecordAccessMember).
        ///
        /// Compiles once the required fields `to_operator_id_type`, `to_operator_id` are set: a missing one is a compile error naming it ("the required field ... of `RecordAccessMember` is not set").
        pub fn build(self) -> super::RecordAccessMember
        where
            P0: missing::record_access_member::ToOperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
            P1: missing::record_access_member::ToOperatorIdIsSet<::std::string::String>,
        {
            super::RecordAccessMember {
                to_operator_id_type: missing::record_access_member::ToOperatorIdTypeIsSet::into_field(
                    self.to_operator_id_type,
                ),
                to_operator_id: missing::record_access_member::ToOperatorIdIsSet::into_field(
                    self.to_operator_id,
                ),
                permission: self.permission,
            }
        }
    }
    /// Builds a [`RecordAccessMemberId`](super::RecordAccessMemberId): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RecordAccessMemberIdBuilder<
        P0 = missing::record_access_member_id::to_operator_id_type,
        P1 = missing::record_access_member_id::to_operator_id,
    > {
        pub(crate) to_operator_id_type: P0,
        pub(crate) to_operator_id: P1,
    }
    impl<P0, P1> ::std::fmt::Debug for RecordAccessMemberIdBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RecordAccessMemberIdBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
    > RecordAccessMemberIdBuilder<
        missing::record_access_member_id::to_operator_id_type,
        P1,
    > {
        /// Sets [`to_operator_id_type`](super::RecordAccessMemberId::to_operator_id_type).
        ///
        /// Required.
        pub fn to_operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> RecordAccessMemberIdBuilder<crate::OperatorIdType, P1> {
            RecordAccessMemberIdBuilder {
                to_operator_id_type: value.into(),
                to_operator_id: self.to_operator_id,
            }
        }
    }
    impl<
        P0,
    > RecordAccessMemberIdBuilder<P0, missing::record_access_member_id::to_operator_id> {
        /// Sets [`to_operator_id`](super::RecordAccessMemberId::to_operator_id).
        ///
        /// Required.
        pub fn to_operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> RecordAccessMemberIdBuilder<P0, ::std::string::String> {
            RecordAccessMemberIdBuilder {
                to_operator_id_type: self.to_operator_id_type,
                to_operator_id: value.into(),
            }
        }
    }
    impl<P0, P1> RecordAccessMemberIdBuilder<P0, P1> {
        /// The [`RecordAccessMemberId`](super::RecordAccessMemberId).
        ///
        /// Compiles once the required fields `to_operator_id_type`, `to_operator_id` are set: a missing one is a compile error naming it ("the required field ... of `RecordAccessMemberId` is not set").
        pub fn build(self) -> super::RecordAccessMemberId
        where
            P0: missing::record_access_member_id::ToOperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
            P1: missing::record_access_member_id::ToOperatorIdIsSet<
                ::std::string::String,
            >,
        {
            super::RecordAccessMemberId {
                to_operator_id_type: missing::record_access_member_id::ToOperatorIdTypeIsSet::into_field(
                    self.to_operator_id_type,
                ),
                to_operator_id: missing::record_access_member_id::ToOperatorIdIsSet::into_field(
                    self.to_operator_id,
                ),
            }
        }
    }
    /// Builds a [`RecordDailyMetrics`](super::RecordDailyMetrics): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RecordDailyMetricsBuilder {
        pub(crate) date: ::std::option::Option<::std::string::String>,
        pub(crate) view_counts: ::std::option::Option<i64>,
        pub(crate) download_counts: ::std::option::Option<i64>,
    }
    impl ::std::fmt::Debug for RecordDailyMetricsBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RecordDailyMetricsBuilder)).finish_non_exhaustive()
        }
    }
    impl RecordDailyMetricsBuilder {
        /// Sets [`date`](super::RecordDailyMetrics::date).
        ///
        /// Optional.
        pub fn date(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.date = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`view_counts`](super::RecordDailyMetrics::view_counts).
        ///
        /// Optional.
        pub fn view_counts(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.view_counts = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`download_counts`](super::RecordDailyMetrics::download_counts).
        ///
        /// Optional.
        pub fn download_counts(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.download_counts = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl RecordDailyMetricsBuilder {
        /// The [`RecordDailyMetrics`](super::RecordDailyMetrics).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RecordDailyMetrics {
            super::RecordDailyMetrics {
                date: self.date,
                view_counts: self.view_counts,
                download_counts: self.download_counts,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RecordDownloadFile`](super::RecordDownloadFile): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RecordDownloadFileBuilder {
        pub(crate) download_address: ::std::option::Option<::std::string::String>,
        pub(crate) file_type: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for RecordDownloadFileBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RecordDownloadFileBuilder)).finish_non_exhaustive()
        }
    }
    impl RecordDownloadFileBuilder {
        /// Sets [`download_address`](super::RecordDownloadFile::download_address).
        ///
        /// Optional.
        pub fn download_address(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.download_address = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`file_type`](super::RecordDownloadFile::file_type).
        ///
        /// Optional.
        pub fn file_type(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.file_type = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl RecordDownloadFileBuilder {
        /// The [`RecordDownloadFile`](super::RecordDownloadFile).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RecordDownloadFile {
            super::RecordDownloadFile {
                download_address: self.download_address,
                file_type: self.file_type,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RecordFile`](super::RecordFile): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RecordFileBuilder {
        pub(crate) record_file_id: ::std::option::Option<::std::string::String>,
        pub(crate) record_start_time: ::std::option::Option<i64>,
        pub(crate) record_end_time: ::std::option::Option<i64>,
        pub(crate) record_size: ::std::option::Option<i64>,
        pub(crate) sharing_state: ::std::option::Option<i64>,
        pub(crate) sharing_url: ::std::option::Option<::std::string::String>,
        pub(crate) required_same_corp: ::std::option::Option<bool>,
        pub(crate) required_participant: ::std::option::Option<bool>,
        pub(crate) password: ::std::option::Option<::std::string::String>,
        pub(crate) sharing_expire: ::std::option::Option<i64>,
        pub(crate) allow_download: ::std::option::Option<bool>,
    }
    impl ::std::fmt::Debug for RecordFileBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RecordFileBuilder)).finish_non_exhaustive()
        }
    }
    impl RecordFileBuilder {
        /// Sets [`record_file_id`](super::RecordFile::record_file_id).
        ///
        /// Optional.
        pub fn record_file_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.record_file_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`record_start_time`](super::RecordFile::record_start_time).
        ///
        /// Optional.
        pub fn record_start_time(
            mut self,
            value: impl ::std::convert::Into<i64>,
        ) -> Self {
            self.record_start_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`record_end_time`](super::RecordFile::record_end_time).
        ///
        /// Optional.
        pub fn record_end_time(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.record_end_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`record_size`](super::RecordFile::record_size).
        ///
        /// Optional.
        pub fn record_size(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.record_size = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`sharing_state`](super::RecordFile::sharing_state).
        ///
        /// Optional.
        pub fn sharing_state(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.sharing_state = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`sharing_url`](super::RecordFile::sharing_url).
        ///
        /// Optional.
        pub fn sharing_url(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.sharing_url = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`required_same_corp`](super::RecordFile::required_same_corp).
        ///
        /// Optional.
        pub fn required_same_corp(mut self, value: bool) -> Self {
            self.required_same_corp = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`required_participant`](super::RecordFile::required_participant).
        ///
        /// Optional.
        pub fn required_participant(mut self, value: bool) -> Self {
            self.required_participant = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`password`](super::RecordFile::password).
        ///
        /// Optional.
        pub fn password(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.password = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`sharing_expire`](super::RecordFile::sharing_expire).
        ///
        /// Optional.
        pub fn sharing_expire(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.sharing_expire = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`allow_download`](super::RecordFile::allow_download).
        ///
        /// Optional.
        pub fn allow_download(mut self, value: bool) -> Self {
            self.allow_download = ::std::option::Option::Some(value);
            self
        }
    }
    impl RecordFileBuilder {
        /// The [`RecordFile`](super::RecordFile).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RecordFile {
            super::RecordFile {
                record_file_id: self.record_file_id,
                record_start_time: self.record_start_time,
                record_end_time: self.record_end_time,
                record_size: self.record_size,
                sharing_state: self.sharing_state,
                sharing_url: self.sharing_url,
                required_same_corp: self.required_same_corp,
                required_participant: self.required_participant,
                password: self.password,
                sharing_expire: self.sharing_expire,
                allow_download: self.allow_download,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RecordFileAddress`](super::RecordFileAddress): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RecordFileAddressBuilder {
        pub(crate) record_file_id: ::std::option::Option<::std::string::String>,
        pub(crate) view_address: ::std::option::Option<::std::string::String>,
        pub(crate) download_address: ::std::option::Option<::std::string::String>,
        pub(crate) download_address_file_type: ::std::option::Option<
            ::std::string::String,
        >,
        pub(crate) audio_address: ::std::option::Option<::std::string::String>,
        pub(crate) audio_address_file_type: ::std::option::Option<::std::string::String>,
        pub(crate) meeting_summary: ::std::option::Option<
            ::std::vec::Vec<RecordDownloadFile>,
        >,
    }
    impl ::std::fmt::Debug for RecordFileAddressBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RecordFileAddressBuilder)).finish_non_exhaustive()
        }
    }
    impl RecordFileAddressBuilder {
        /// Sets [`record_file_id`](super::RecordFileAddress::record_file_id).
        ///
        /// Optional.
        pub fn record_file_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.record_file_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`view_address`](super::RecordFileAddress::view_address).
        ///
        /// Optional.
        pub fn view_address(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.view_address = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`download_address`](super::RecordFileAddress::download_address).
        ///
        /// Optional.
        pub fn download_address(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.download_address = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`download_address_file_type`](super::RecordFileAddress::download_address_file_type).
        ///
        /// Optional.
        pub fn download_address_file_type(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.download_address_file_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`audio_address`](super::RecordFileAddress::audio_address).
        ///
        /// Optional.
        pub fn audio_address(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.audio_address = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`audio_address_file_type`](super::RecordFileAddress::audio_address_file_type).
        ///
        /// Optional.
        pub fn audio_address_file_type(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.audio_address_file_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_summary`](super::RecordFileAddress::meeting_summary).
        ///
        /// Optional.
        pub fn meeting_summary(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<RecordDownloadFile>,
            >,
        ) -> Self {
            self.meeting_summary = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl RecordFileAddressBuilder {
        /// The [`RecordFileAddress`](super::RecordFileAddress).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RecordFileAddress {
            super::RecordFileAddress {
                record_file_id: self.record_file_id,
                view_address: self.view_address,
                download_address: self.download_address,
                download_address_file_type: self.download_address_file_type,
                audio_address: self.audio_address,
                audio_address_file_type: self.audio_address_file_type,
                meeting_summary: self.meeting_summary,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RecordMeeting`](super::RecordMeeting): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RecordMeetingBuilder {
        pub(crate) meeting_record_id: ::std::option::Option<::std::string::String>,
        pub(crate) meeting_id: ::std::option::Option<::std::string::String>,
        pub(crate) meeting_code: ::std::option::Option<::std::string::String>,
        pub(crate) host_user_id: ::std::option::Option<::std::string::String>,
        pub(crate) media_start_time: ::std::option::Option<i64>,
        pub(crate) subject: ::std::option::Option<::std::string::String>,
        pub(crate) state: ::std::option::Option<crate::records::RecordState>,
        pub(crate) record_type: ::std::option::Option<i64>,
        pub(crate) media_set_type: ::std::option::Option<
            crate::records::RecordMediaSetType,
        >,
        pub(crate) record_files: ::std::option::Option<::std::vec::Vec<RecordFile>>,
    }
    impl ::std::fmt::Debug for RecordMeetingBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RecordMeetingBuilder)).finish_non_exhaustive()
        }
    }
    impl RecordMeetingBuilder {
        /// Sets [`meeting_record_id`](super::RecordMeeting::meeting_record_id).
        ///
        /// Optional.
        pub fn meeting_record_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_record_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_id`](super::RecordMeeting::meeting_id).
        ///
        /// Optional.
        pub fn meeting_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`meeting_code`](super::RecordMeeting::meeting_code).
        ///
        /// Optional.
        pub fn meeting_code(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_code = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`host_user_id`](super::RecordMeeting::host_user_id).
        ///
        /// Optional.
        pub fn host_user_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.host_user_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`media_start_time`](super::RecordMeeting::media_start_time).
        ///
        /// Optional.
        pub fn media_start_time(
            mut self,
            value: impl ::std::convert::Into<i64>,
        ) -> Self {
            self.media_start_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`subject`](super::RecordMeeting::subject).
        ///
        /// Optional.
        pub fn subject(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.subject = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`state`](super::RecordMeeting::state).
        ///
        /// Optional.
        pub fn state(
            mut self,
            value: impl ::std::convert::Into<crate::records::RecordState>,
        ) -> Self {
            self.state = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`record_type`](super::RecordMeeting::record_type).
        ///
        /// Optional.
        pub fn record_type(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.record_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`media_set_type`](super::RecordMeeting::media_set_type).
        ///
        /// Optional.
        pub fn media_set_type(
            mut self,
            value: impl ::std::convert::Into<crate::records::RecordMediaSetType>,
        ) -> Self {
            self.media_set_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`record_files`](super::RecordMeeting::record_files).
        ///
        /// Optional.
        pub fn record_files(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<RecordFile>,
            >,
        ) -> Self {
            self.record_files = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl RecordMeetingBuilder {
        /// The [`RecordMeeting`](super::RecordMeeting).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RecordMeeting {
            super::RecordMeeting {
                meeting_record_id: self.meeting_record_id,
                meeting_id: self.meeting_id,
                meeting_code: self.meeting_code,
                host_user_id: self.host_user_id,
                media_start_time: self.media_start_time,
                subject: self.subject,
                state: self.state,
                record_type: self.record_type,
                media_set_type: self.media_set_type,
                record_files: self.record_files,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RecordOperation`](super::RecordOperation): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RecordOperationBuilder {
        pub(crate) operate_time: ::std::option::Option<i64>,
        pub(crate) event_type: ::std::option::Option<
            crate::records::RecordOperationType,
        >,
        pub(crate) userid: ::std::option::Option<::std::string::String>,
        pub(crate) user_name: ::std::option::Option<::std::string::String>,
        pub(crate) record_name: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for RecordOperationBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RecordOperationBuilder)).finish_non_exhaustive()
        }
    }
    impl RecordOperationBuilder {
        /// Sets [`operate_time`](super::RecordOperation::operate_time).
        ///
        /// Optional.
        pub fn operate_time(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.operate_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`event_type`](super::RecordOperation::event_type).
        ///
        /// Optional.
        pub fn event_type(
            mut self,
            value: impl ::std::convert::Into<crate::records::RecordOperationType>,
        ) -> Self {
            self.event_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`userid`](super::RecordOperation::userid).
        ///
        /// Optional.
        pub fn userid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.userid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`user_name`](super::RecordOperation::user_name).
        ///
        /// Optional.
        pub fn user_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.user_name = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`record_name`](super::RecordOperation::record_name).
        ///
        /// Optional.
        pub fn record_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.record_name = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl RecordOperationBuilder {
        /// The [`RecordOperation`](super::RecordOperation).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RecordOperation {
            super::RecordOperation {
                operate_time: self.operate_time,
                event_type: self.event_type,
                userid: self.userid,
                user_name: self.user_name,
                record_name: self.record_name,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RecordSharingConfig`](super::RecordSharingConfig): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RecordSharingConfigBuilder {
        pub(crate) enable_sharing: ::std::option::Option<bool>,
        pub(crate) sharing_auth_type: ::std::option::Option<
            crate::records::RecordSharingAuthType,
        >,
        pub(crate) share_scope: ::std::option::Option<crate::records::RecordShareScope>,
        pub(crate) enable_approve: ::std::option::Option<bool>,
        pub(crate) enable_password: ::std::option::Option<bool>,
        pub(crate) password: ::std::option::Option<::std::string::String>,
        pub(crate) enable_sharing_expire: ::std::option::Option<bool>,
        pub(crate) sharing_expire: ::std::option::Option<i64>,
        pub(crate) allow_download: ::std::option::Option<bool>,
        pub(crate) allow_view_transcripts: ::std::option::Option<bool>,
    }
    impl ::std::fmt::Debug for RecordSharingConfigBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RecordSharingConfigBuilder))
                .finish_non_exhaustive()
        }
    }
    impl RecordSharingConfigBuilder {
        /// Sets [`enable_sharing`](super::RecordSharingConfig::enable_sharing).
        ///
        /// Optional.
        pub fn enable_sharing(mut self, value: bool) -> Self {
            self.enable_sharing = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`sharing_auth_type`](super::RecordSharingConfig::sharing_auth_type).
        ///
        /// Optional.
        pub fn sharing_auth_type(
            mut self,
            value: impl ::std::convert::Into<crate::records::RecordSharingAuthType>,
        ) -> Self {
            self.sharing_auth_type = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`share_scope`](super::RecordSharingConfig::share_scope).
        ///
        /// Optional.
        pub fn share_scope(
            mut self,
            value: impl ::std::convert::Into<crate::records::RecordShareScope>,
        ) -> Self {
            self.share_scope = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`enable_approve`](super::RecordSharingConfig::enable_approve).
        ///
        /// Optional.
        pub fn enable_approve(mut self, value: bool) -> Self {
            self.enable_approve = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`enable_password`](super::RecordSharingConfig::enable_password).
        ///
        /// Optional.
        pub fn enable_password(mut self, value: bool) -> Self {
            self.enable_password = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`password`](super::RecordSharingConfig::password).
        ///
        /// Optional.
        pub fn password(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.password = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`enable_sharing_expire`](super::RecordSharingConfig::enable_sharing_expire).
        ///
        /// Optional.
        pub fn enable_sharing_expire(mut self, value: bool) -> Self {
            self.enable_sharing_expire = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`sharing_expire`](super::RecordSharingConfig::sharing_expire).
        ///
        /// Optional.
        pub fn sharing_expire(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.sharing_expire = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`allow_download`](super::RecordSharingConfig::allow_download).
        ///
        /// Optional.
        pub fn allow_download(mut self, value: bool) -> Self {
            self.allow_download = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`allow_view_transcripts`](super::RecordSharingConfig::allow_view_transcripts).
        ///
        /// Optional.
        pub fn allow_view_transcripts(mut self, value: bool) -> Self {
            self.allow_view_transcripts = ::std::option::Option::Some(value);
            self
        }
    }
    impl RecordSharingConfigBuilder {
        /// The [`RecordSharingConfig`](super::RecordSharingConfig).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RecordSharingConfig {
            super::RecordSharingConfig {
                enable_sharing: self.enable_sharing,
                sharing_auth_type: self.sharing_auth_type,
                share_scope: self.share_scope,
                enable_approve: self.enable_approve,
                enable_password: self.enable_password,
                password: self.password,
                enable_sharing_expire: self.enable_sharing_expire,
                sharing_expire: self.sharing_expire,
                allow_download: self.allow_download,
                allow_view_transcripts: self.allow_view_transcripts,
            }
        }
    }
    /// Builds a [`RecordSharingSettings`](super::RecordSharingSettings): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RecordSharingSettingsBuilder {
        pub(crate) enable_sharing: ::std::option::Option<bool>,
        pub(crate) share_scope: ::std::option::Option<crate::records::RecordShareScope>,
        pub(crate) enable_approve: ::std::option::Option<bool>,
        pub(crate) enable_password: ::std::option::Option<bool>,
        pub(crate) password: ::std::option::Option<::std::string::String>,
        pub(crate) enable_sharing_expire: ::std::option::Option<bool>,
        pub(crate) sharing_expire: ::std::option::Option<i64>,
        pub(crate) allow_download: ::std::option::Option<bool>,
        pub(crate) allow_view_transcripts: ::std::option::Option<bool>,
    }
    impl ::std::fmt::Debug for RecordSharingSettingsBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RecordSharingSettingsBuilder))
                .finish_non_exhaustive()
        }
    }
    impl RecordSharingSettingsBuilder {
        /// Sets [`enable_sharing`](super::RecordSharingSettings::enable_sharing).
        ///
        /// Optional.
        pub fn enable_sharing(mut self, value: bool) -> Self {
            self.enable_sharing = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`share_scope`](super::RecordSharingSettings::share_scope).
        ///
        /// Optional.
        pub fn share_scope(
            mut self,
            value: impl ::std::convert::Into<crate::records::RecordShareScope>,
        ) -> Self {
            self.share_scope = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`enable_approve`](super::RecordSharingSettings::enable_approve).
        ///
        /// Optional.
        pub fn enable_approve(mut self, value: bool) -> Self {
            self.enable_approve = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`enable_password`](super::RecordSharingSettings::enable_password).
        ///
        /// Optional.
        pub fn enable_password(mut self, value: bool) -> Self {
            self.enable_password = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`password`](super::RecordSharingSettings::password).
        ///
        /// Optional.
        pub fn password(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.password = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`enable_sharing_expire`](super::RecordSharingSettings::enable_sharing_expire).
        ///
        /// Optional.
        pub fn enable_sharing_expire(mut self, value: bool) -> Self {
            self.enable_sharing_expire = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`sharing_expire`](super::RecordSharingSettings::sharing_expire).
        ///
        /// Optional.
        pub fn sharing_expire(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.sharing_expire = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`allow_download`](super::RecordSharingSettings::allow_download).
        ///
        /// Optional.
        pub fn allow_download(mut self, value: bool) -> Self {
            self.allow_download = ::std::option::Option::Some(value);
            self
        }
        /// Sets [`allow_view_transcripts`](super::RecordSharingSettings::allow_view_transcripts).
        ///
        /// Optional.
        pub fn allow_view_transcripts(mut self, value: bool) -> Self {
            self.allow_view_transcripts = ::std::option::Option::Some(value);
            self
        }
    }
    impl RecordSharingSettingsBuilder {
        /// The [`RecordSharingSettings`](super::RecordSharingSettings).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RecordSharingSettings {
            super::RecordSharingSettings {
                enable_sharing: self.enable_sharing,
                share_scope: self.share_scope,
                enable_approve: self.enable_approve,
                enable_password: self.enable_password,
                password: self.password,
                enable_sharing_expire: self.enable_sharing_expire,
                sharing_expire: self.sharing_expire,
                allow_download: self.allow_download,
                allow_view_transcripts: self.allow_view_transcripts,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RecordTranscript`](super::RecordTranscript): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RecordTranscriptBuilder {
        pub(crate) paragraphs: ::std::option::Option<
            ::std::vec::Vec<RecordTranscriptParagraph>,
        >,
        pub(crate) keywords: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        pub(crate) audio_detect: ::std::option::Option<i64>,
    }
    impl ::std::fmt::Debug for RecordTranscriptBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RecordTranscriptBuilder)).finish_non_exhaustive()
        }
    }
    impl RecordTranscriptBuilder {
        /// Sets [`paragraphs`](super::RecordTranscript::paragraphs).
        ///
        /// Optional.
        pub fn paragraphs(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<RecordTranscriptParagraph>,
            >,
        ) -> Self {
            self.paragraphs = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`keywords`](super::RecordTranscript::keywords).
        ///
        /// Optional.
        pub fn keywords(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<::std::string::String>,
            >,
        ) -> Self {
            self.keywords = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`audio_detect`](super::RecordTranscript::audio_detect).
        ///
        /// Optional.
        pub fn audio_detect(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.audio_detect = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl RecordTranscriptBuilder {
        /// The [`RecordTranscript`](super::RecordTranscript).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RecordTranscript {
            super::RecordTranscript {
                paragraphs: self.paragraphs,
                keywords: self.keywords,
                audio_detect: self.audio_detect,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RecordTranscriptHit`](super::RecordTranscriptHit): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RecordTranscriptHitBuilder {
        pub(crate) pid: ::std::option::Option<::std::string::String>,
        pub(crate) sid: ::std::option::Option<::std::string::String>,
        pub(crate) offset: ::std::option::Option<i64>,
        pub(crate) length: ::std::option::Option<i64>,
    }
    impl ::std::fmt::Debug for RecordTranscriptHitBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RecordTranscriptHitBuilder))
                .finish_non_exhaustive()
        }
    }
    impl RecordTranscriptHitBuilder {
        /// Sets [`pid`](super::RecordTranscriptHit::pid).
        ///
        /// Optional.
        pub fn pid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.pid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`sid`](super::RecordTranscriptHit::sid).
        ///
        /// Optional.
        pub fn sid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.sid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`offset`](super::RecordTranscriptHit::offset).
        ///
        /// Optional.
        pub fn offset(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.offset = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`length`](super::RecordTranscriptHit::length).
        ///
        /// Optional.
        pub fn length(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.length = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl RecordTranscriptHitBuilder {
        /// The [`RecordTranscriptHit`](super::RecordTranscriptHit).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RecordTranscriptHit {
            super::RecordTranscriptHit {
                pid: self.pid,
                sid: self.sid,
                offset: self.offset,
                length: self.length,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RecordTranscriptParagraph`](super::RecordTranscriptParagraph): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RecordTranscriptParagraphBuilder {
        pub(crate) pid: ::std::option::Option<::std::string::String>,
        pub(crate) start_time: ::std::option::Option<i64>,
        pub(crate) end_time: ::std::option::Option<i64>,
        pub(crate) speaker_info: ::std::option::Option<RecordTranscriptSpeaker>,
        pub(crate) sentences: ::std::option::Option<
            ::std::vec::Vec<RecordTranscriptSentence>,
        >,
    }
    impl ::std::fmt::Debug for RecordTranscriptParagraphBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RecordTranscriptParagraphBuilder))
                .finish_non_exhaustive()
        }
    }
    impl RecordTranscriptParagraphBuilder {
        /// Sets [`pid`](super::RecordTranscriptParagraph::pid).
        ///
        /// Optional.
        pub fn pid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.pid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`start_time`](super::RecordTranscriptParagraph::start_time).
        ///
        /// Optional.
        pub fn start_time(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.start_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`end_time`](super::RecordTranscriptParagraph::end_time).
        ///
        /// Optional.
        pub fn end_time(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.end_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`speaker_info`](super::RecordTranscriptParagraph::speaker_info).
        ///
        /// Optional.
        pub fn speaker_info(
            mut self,
            value: impl ::std::convert::Into<RecordTranscriptSpeaker>,
        ) -> Self {
            self.speaker_info = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`sentences`](super::RecordTranscriptParagraph::sentences).
        ///
        /// Optional.
        pub fn sentences(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<RecordTranscriptSentence>,
            >,
        ) -> Self {
            self.sentences = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl RecordTranscriptParagraphBuilder {
        /// The [`RecordTranscriptParagraph`](super::RecordTranscriptParagraph).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RecordTranscriptParagraph {
            super::RecordTranscriptParagraph {
                pid: self.pid,
                start_time: self.start_time,
                end_time: self.end_time,
                speaker_info: self.speaker_info,
                sentences: self.sentences,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RecordTranscriptParagraphSpan`](super::RecordTranscriptParagraphSpan): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RecordTranscriptParagraphSpanBuilder {
        pub(crate) pid: ::std::option::Option<::std::string::String>,
        pub(crate) start_time: ::std::option::Option<i64>,
        pub(crate) end_time: ::std::option::Option<i64>,
    }
    impl ::std::fmt::Debug for RecordTranscriptParagraphSpanBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RecordTranscriptParagraphSpanBuilder))
                .finish_non_exhaustive()
        }
    }
    impl RecordTranscriptParagraphSpanBuilder {
        /// Sets [`pid`](super::RecordTranscriptParagraphSpan::pid).
        ///
        /// Optional.
        pub fn pid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.pid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`start_time`](super::RecordTranscriptParagraphSpan::start_time).
        ///
        /// Optional.
        pub fn start_time(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.start_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`end_time`](super::RecordTranscriptParagraphSpan::end_time).
        ///
        /// Optional.
        pub fn end_time(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.end_time = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl RecordTranscriptParagraphSpanBuilder {
        /// The [`RecordTranscriptParagraphSpan`](super::RecordTranscriptParagraphSpan).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RecordTranscriptParagraphSpan {
            super::RecordTranscriptParagraphSpan {
                pid: self.pid,
                start_time: self.start_time,
                end_time: self.end_time,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RecordTranscriptSentence`](super::RecordTranscriptSentence): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RecordTranscriptSentenceBuilder {
        pub(crate) sid: ::std::option::Option<::std::string::String>,
        pub(crate) start_time: ::std::option::Option<i64>,
        pub(crate) end_time: ::std::option::Option<i64>,
        pub(crate) words: ::std::option::Option<::std::vec::Vec<RecordTranscriptWord>>,
    }
    impl ::std::fmt::Debug for RecordTranscriptSentenceBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RecordTranscriptSentenceBuilder))
                .finish_non_exhaustive()
        }
    }
    impl RecordTranscriptSentenceBuilder {
        /// Sets [`sid`](super::RecordTranscriptSentence::sid).
        ///
        /// Optional.
        pub fn sid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.sid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`start_time`](super::RecordTranscriptSentence::start_time).
        ///
        /// Optional.
        pub fn start_time(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.start_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`end_time`](super::RecordTranscriptSentence::end_time).
        ///
        /// Optional.
        pub fn end_time(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.end_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`words`](super::RecordTranscriptSentence::words).
        ///
        /// Optional.
        pub fn words(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<RecordTranscriptWord>,
            >,
        ) -> Self {
            self.words = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl RecordTranscriptSentenceBuilder {
        /// The [`RecordTranscriptSentence`](super::RecordTranscriptSentence).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RecordTranscriptSentence {
            super::RecordTranscriptSentence {
                sid: self.sid,
                start_time: self.start_time,
                end_time: self.end_time,
                words: self.words,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RecordTranscriptSpeaker`](super::RecordTranscriptSpeaker): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RecordTranscriptSpeakerBuilder {
        pub(crate) userid: ::std::option::Option<::std::string::String>,
        pub(crate) username: ::std::option::Option<::std::string::String>,
        pub(crate) ms_open_id: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for RecordTranscriptSpeakerBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RecordTranscriptSpeakerBuilder))
                .finish_non_exhaustive()
        }
    }
    impl RecordTranscriptSpeakerBuilder {
        /// Sets [`userid`](super::RecordTranscriptSpeaker::userid).
        ///
        /// Optional.
        pub fn userid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.userid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`username`](super::RecordTranscriptSpeaker::username).
        ///
        /// Optional.
        pub fn username(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.username = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`ms_open_id`](super::RecordTranscriptSpeaker::ms_open_id).
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
    impl RecordTranscriptSpeakerBuilder {
        /// The [`RecordTranscriptSpeaker`](super::RecordTranscriptSpeaker).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RecordTranscriptSpeaker {
            super::RecordTranscriptSpeaker {
                userid: self.userid,
                username: self.username,
                ms_open_id: self.ms_open_id,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RecordTranscriptTimeline`](super::RecordTranscriptTimeline): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RecordTranscriptTimelineBuilder {
        pub(crate) pid: ::std::option::Option<::std::string::String>,
        pub(crate) sid: ::std::option::Option<::std::string::String>,
        pub(crate) start_time: ::std::option::Option<i64>,
    }
    impl ::std::fmt::Debug for RecordTranscriptTimelineBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RecordTranscriptTimelineBuilder))
                .finish_non_exhaustive()
        }
    }
    impl RecordTranscriptTimelineBuilder {
        /// Sets [`pid`](super::RecordTranscriptTimeline::pid).
        ///
        /// Optional.
        pub fn pid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.pid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`sid`](super::RecordTranscriptTimeline::sid).
        ///
        /// Optional.
        pub fn sid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.sid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`start_time`](super::RecordTranscriptTimeline::start_time).
        ///
        /// Optional.
        pub fn start_time(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.start_time = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl RecordTranscriptTimelineBuilder {
        /// The [`RecordTranscriptTimeline`](super::RecordTranscriptTimeline).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RecordTranscriptTimeline {
            super::RecordTranscriptTimeline {
                pid: self.pid,
                sid: self.sid,
                start_time: self.start_time,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RecordTranscriptWord`](super::RecordTranscriptWord): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RecordTranscriptWordBuilder {
        pub(crate) wid: ::std::option::Option<::std::string::String>,
        pub(crate) start_time: ::std::option::Option<i64>,
        pub(crate) end_time: ::std::option::Option<i64>,
        pub(crate) text: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for RecordTranscriptWordBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RecordTranscriptWordBuilder))
                .finish_non_exhaustive()
        }
    }
    impl RecordTranscriptWordBuilder {
        /// Sets [`wid`](super::RecordTranscriptWord::wid).
        ///
        /// Optional.
        pub fn wid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.wid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`start_time`](super::RecordTranscriptWord::start_time).
        ///
        /// Optional.
        pub fn start_time(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.start_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`end_time`](super::RecordTranscriptWord::end_time).
        ///
        /// Optional.
        pub fn end_time(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.end_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`text`](super::RecordTranscriptWord::text).
        ///
        /// Optional.
        pub fn text(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.text = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl RecordTranscriptWordBuilder {
        /// The [`RecordTranscriptWord`](super::RecordTranscriptWord).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RecordTranscriptWord {
            super::RecordTranscriptWord {
                wid: self.wid,
                start_time: self.start_time,
                end_time: self.end_time,
                text: self.text,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RecordUploadJobResponse`](super::RecordUploadJobResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RecordUploadJobResponseBuilder {
        pub(crate) job_id: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for RecordUploadJobResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RecordUploadJobResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl RecordUploadJobResponseBuilder {
        /// Sets [`job_id`](super::RecordUploadJobResponse::job_id).
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
    impl RecordUploadJobResponseBuilder {
        /// The [`RecordUploadJobResponse`](super::RecordUploadJobResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RecordUploadJobResponse {
            super::RecordUploadJobResponse {
                job_id: self.job_id,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RecordViewDetail`](super::RecordViewDetail): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RecordViewDetailBuilder {
        pub(crate) view_start_time: ::std::option::Option<i64>,
        pub(crate) view_end_time: ::std::option::Option<i64>,
        pub(crate) view_time: ::std::option::Option<i64>,
        pub(crate) userid: ::std::option::Option<::std::string::String>,
        pub(crate) user_name: ::std::option::Option<::std::string::String>,
        pub(crate) record_file_name: ::std::option::Option<::std::string::String>,
        pub(crate) total_view_progress: ::std::option::Option<::std::string::String>,
    }
    impl ::std::fmt::Debug for RecordViewDetailBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RecordViewDetailBuilder)).finish_non_exhaustive()
        }
    }
    impl RecordViewDetailBuilder {
        /// Sets [`view_start_time`](super::RecordViewDetail::view_start_time).
        ///
        /// Optional.
        pub fn view_start_time(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.view_start_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`view_end_time`](super::RecordViewDetail::view_end_time).
        ///
        /// Optional.
        pub fn view_end_time(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.view_end_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`view_time`](super::RecordViewDetail::view_time).
        ///
        /// Optional.
        pub fn view_time(mut self, value: impl ::std::convert::Into<i64>) -> Self {
            self.view_time = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`userid`](super::RecordViewDetail::userid).
        ///
        /// Optional.
        pub fn userid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.userid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`user_name`](super::RecordViewDetail::user_name).
        ///
        /// Optional.
        pub fn user_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.user_name = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`record_file_name`](super::RecordViewDetail::record_file_name).
        ///
        /// Optional.
        pub fn record_file_name(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.record_file_name = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`total_view_progress`](super::RecordViewDetail::total_view_progress).
        ///
        /// Optional.
        pub fn total_view_progress(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.total_view_progress = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl RecordViewDetailBuilder {
        /// The [`RecordViewDetail`](super::RecordViewDetail).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::RecordViewDetail {
            super::RecordViewDetail {
                view_start_time: self.view_start_time,
                view_end_time: self.view_end_time,
                view_time: self.view_time,
                userid: self.userid,
                user_name: self.user_name,
                record_file_name: self.record_file_name,
                total_view_progress: self.total_view_progress,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`RemoveRecordAccessMembersPath`](super::RemoveRecordAccessMembersPath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RemoveRecordAccessMembersPathBuilder<
        P0 = missing::remove_record_access_members_path::meeting_record_id,
    > {
        pub(crate) meeting_record_id: P0,
    }
    impl<P0> ::std::fmt::Debug for RemoveRecordAccessMembersPathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RemoveRecordAccessMembersPathBuilder))
                .finish_non_exhaustive()
        }
    }
    impl RemoveRecordAccessMembersPathBuilder<
        missing::remove_record_access_members_path::meeting_record_id,
    > {
        /// Sets [`meeting_record_id`](super::RemoveRecordAccessMembersPath::meeting_record_id).
        ///
        /// Required.
        pub fn meeting_record_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> RemoveRecordAccessMembersPathBuilder<::std::string::String> {
            RemoveRecordAccessMembersPathBuilder {
                meeting_record_id: value.into(),
            }
        }
    }
    impl<P0> RemoveRecordAccessMembersPathBuilder<P0> {
        /// The [`RemoveRecordAccessMembersPath`](super::RemoveRecordAccessMembersPath).
        ///
        /// Compiles once the required field `meeting_record_id` is set: a missing one is a compile error naming it ("the required field ... of `RemoveRecordAccessMembersPath` is not set").
        pub fn build(self) -> super::RemoveRecordAccessMembersPath
        where
            P0: missing::remove_record_access_members_path::MeetingRecordIdIsSet<
                ::std::string::String,
            >,
        {
            super::RemoveRecordAccessMembersPath {
                meeting_record_id: missing::remove_record_access_members_path::MeetingRecordIdIsSet::into_field(
                    self.meeting_record_id,
                ),
            }
        }
    }
    /// Builds a [`RemoveRecordAccessMembersRequest`](super::RemoveRecordAccessMembersRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct RemoveRecordAccessMembersRequestBuilder<
        P0 = missing::remove_record_access_members_request::operator_id,
        P1 = missing::remove_record_access_members_request::operator_id_type,
        P2 = missing::remove_record_access_members_request::access_members,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) access_members: P2,
    }
    impl<P0, P1, P2> ::std::fmt::Debug
    for RemoveRecordAccessMembersRequestBuilder<P0, P1, P2> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(RemoveRecordAccessMembersRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
    > RemoveRecordAccessMembersRequestBuilder<
        missing::remove_record_access_members_request::operator_id,
        P1,
        P2,
    > {
        /// Sets [`operator_id`](super::RemoveRecordAccessMembersRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> RemoveRecordAccessMembersRequestBuilder<::std::string::String, P1, P2> {
            RemoveRecordAccessMembersRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                access_members: self.access_members,
            }
        }
    }
    impl<
        P0,
        P2,
    > RemoveRecordAccessMembersRequestBuilder<
        P0,
        missing::remove_record_access_members_request::operator_id_type,
        P2,
    > {
        /// Sets [`operator_id_type`](super::RemoveRecordAccessMembersRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> RemoveRecordAccessMembersRequestBuilder<P0, crate::OperatorIdType, P2> {
            RemoveRecordAccessMembersRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                access_members: self.access_members,
            }
        }
    }
    impl<
        P0,
        P1,
    > RemoveRecordAccessMembersRequestBuilder<
        P0,
        P1,
        missing::remove_record_access_members_request::access_members,
    > {
        /// Sets [`access_members`](super::RemoveRecordAccessMembersRequest::access_members).
        ///
        /// Required.
        pub fn access_members(
            self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<RecordAccessMemberId>,
            >,
        ) -> RemoveRecordAccessMembersRequestBuilder<
            P0,
            P1,
            ::std::vec::Vec<RecordAccessMemberId>,
        > {
            RemoveRecordAccessMembersRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                access_members: value
                    .into_iter()
                    .map(::std::convert::Into::into)
                    .collect(),
            }
        }
    }
    impl<P0, P1, P2> RemoveRecordAccessMembersRequestBuilder<P0, P1, P2> {
        /// The [`RemoveRecordAccessMembersRequest`](super::RemoveRecordAccessMembersRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type`, `access_members` are set: a missing one is a compile error naming it ("the required field ... of `RemoveRecordAccessMembersRequest` is not set").
        pub fn build(self) -> super::RemoveRecordAccessMembersRequest
        where
            P0: missing::remove_record_access_members_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::remove_record_access_members_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
            P2: missing::remove_record_access_members_request::AccessMembersIsSet<
                ::std::vec::Vec<RecordAccessMemberId>,
            >,
        {
            super::RemoveRecordAccessMembersRequest {
                operator_id: missing::remove_record_access_members_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::remove_record_access_members_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                access_members: missing::remove_record_access_members_request::AccessMembersIsSet::into_field(
                    self.access_members,
                ),
            }
        }
    }
    /// Builds a [`SearchTranscriptRequest`](super::SearchTranscriptRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SearchTranscriptRequestBuilder<
        P0 = missing::search_transcript_request::record_file_id,
        P1 = missing::search_transcript_request::operator_id,
        P2 = missing::search_transcript_request::operator_id_type,
        P3 = missing::search_transcript_request::text,
    > {
        pub(crate) meeting_id: ::std::option::Option<::std::string::String>,
        pub(crate) record_file_id: P0,
        pub(crate) operator_id: P1,
        pub(crate) operator_id_type: P2,
        pub(crate) text: P3,
        pub(crate) transcripts_type: ::std::option::Option<
            crate::records::RecordTranscriptType,
        >,
    }
    impl<P0, P1, P2, P3> ::std::fmt::Debug
    for SearchTranscriptRequestBuilder<P0, P1, P2, P3> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SearchTranscriptRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
        P3,
    > SearchTranscriptRequestBuilder<
        missing::search_transcript_request::record_file_id,
        P1,
        P2,
        P3,
    > {
        /// Sets [`record_file_id`](super::SearchTranscriptRequest::record_file_id).
        ///
        /// Required.
        pub fn record_file_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> SearchTranscriptRequestBuilder<::std::string::String, P1, P2, P3> {
            SearchTranscriptRequestBuilder {
                meeting_id: self.meeting_id,
                record_file_id: value.into(),
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                text: self.text,
                transcripts_type: self.transcripts_type,
            }
        }
    }
    impl<
        P0,
        P2,
        P3,
    > SearchTranscriptRequestBuilder<
        P0,
        missing::search_transcript_request::operator_id,
        P2,
        P3,
    > {
        /// Sets [`operator_id`](super::SearchTranscriptRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> SearchTranscriptRequestBuilder<P0, ::std::string::String, P2, P3> {
            SearchTranscriptRequestBuilder {
                meeting_id: self.meeting_id,
                record_file_id: self.record_file_id,
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                text: self.text,
                transcripts_type: self.transcripts_type,
            }
        }
    }
    impl<
        P0,
        P1,
        P3,
    > SearchTranscriptRequestBuilder<
        P0,
        P1,
        missing::search_transcript_request::operator_id_type,
        P3,
    > {
        /// Sets [`operator_id_type`](super::SearchTranscriptRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> SearchTranscriptRequestBuilder<P0, P1, crate::OperatorIdType, P3> {
            SearchTranscriptRequestBuilder {
                meeting_id: self.meeting_id,
                record_file_id: self.record_file_id,
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                text: self.text,
                transcripts_type: self.transcripts_type,
            }
        }
    }
    impl<
        P0,
        P1,
        P2,
    > SearchTranscriptRequestBuilder<
        P0,
        P1,
        P2,
        missing::search_transcript_request::text,
    > {
        /// Sets [`text`](super::SearchTranscriptRequest::text).
        ///
        /// Required.
        pub fn text(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> SearchTranscriptRequestBuilder<P0, P1, P2, ::std::string::String> {
            SearchTranscriptRequestBuilder {
                meeting_id: self.meeting_id,
                record_file_id: self.record_file_id,
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                text: value.into(),
                transcripts_type: self.transcripts_type,
            }
        }
    }
    impl<P0, P1, P2, P3> SearchTranscriptRequestBuilder<P0, P1, P2, P3> {
        /// Sets [`meeting_id`](super::SearchTranscriptRequest::meeting_id).
        ///
        /// Optional.
        pub fn meeting_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`transcripts_type`](super::SearchTranscriptRequest::transcripts_type).
        ///
        /// Optional.
        pub fn transcripts_type(
            mut self,
            value: impl ::std::convert::Into<crate::records::RecordTranscriptType>,
        ) -> Self {
            self.transcripts_type = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1, P2, P3> SearchTranscriptRequestBuilder<P0, P1, P2, P3> {
        /// The [`SearchTranscriptRequest`](super::SearchTranscriptRequest).
        ///
        /// Compiles once the required fields `record_file_id`, `operator_id`, `operator_id_type`, `text` are set: a missing one is a compile error naming it ("the required field ... of `SearchTranscriptRequest` is not set").
        pub fn build(self) -> super::SearchTranscriptRequest
        where
            P0: missing::search_transcript_request::RecordFileIdIsSet<
                ::std::string::String,
            >,
            P1: missing::search_transcript_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P2: missing::search_transcript_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
            P3: missing::search_transcript_request::TextIsSet<::std::string::String>,
        {
            super::SearchTranscriptRequest {
                meeting_id: self.meeting_id,
                record_file_id: missing::search_transcript_request::RecordFileIdIsSet::into_field(
                    self.record_file_id,
                ),
                operator_id: missing::search_transcript_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::search_transcript_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                text: missing::search_transcript_request::TextIsSet::into_field(
                    self.text,
                ),
                transcripts_type: self.transcripts_type,
            }
        }
    }
    /// Builds a [`SearchTranscriptResponse`](super::SearchTranscriptResponse): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SearchTranscriptResponseBuilder {
        pub(crate) hits: ::std::option::Option<::std::vec::Vec<RecordTranscriptHit>>,
        pub(crate) timelines: ::std::option::Option<
            ::std::vec::Vec<RecordTranscriptTimeline>,
        >,
    }
    impl ::std::fmt::Debug for SearchTranscriptResponseBuilder {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SearchTranscriptResponseBuilder))
                .finish_non_exhaustive()
        }
    }
    impl SearchTranscriptResponseBuilder {
        /// Sets [`hits`](super::SearchTranscriptResponse::hits).
        ///
        /// Optional.
        pub fn hits(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<RecordTranscriptHit>,
            >,
        ) -> Self {
            self.hits = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
        /// Sets [`timelines`](super::SearchTranscriptResponse::timelines).
        ///
        /// Optional.
        pub fn timelines(
            mut self,
            value: impl ::std::iter::IntoIterator<
                Item = impl ::std::convert::Into<RecordTranscriptTimeline>,
            >,
        ) -> Self {
            self.timelines = ::std::option::Option::Some(
                value.into_iter().map(::std::convert::Into::into).collect(),
            );
            self
        }
    }
    impl SearchTranscriptResponseBuilder {
        /// The [`SearchTranscriptResponse`](super::SearchTranscriptResponse).
        ///
        /// Available at once: every field is optional or starts at its documented default.
        pub fn build(self) -> super::SearchTranscriptResponse {
            super::SearchTranscriptResponse {
                hits: self.hits,
                timelines: self.timelines,
                extra: ::serde_json::Map::new(),
            }
        }
    }
    /// Builds a [`SetRecordTransferRequest`](super::SetRecordTransferRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct SetRecordTransferRequestBuilder<
        P0 = missing::set_record_transfer_request::meeting_id,
        P1 = missing::set_record_transfer_request::meeting_record_id,
        P2 = missing::set_record_transfer_request::operator_id,
        P3 = missing::set_record_transfer_request::operator_id_type,
        P4 = missing::set_record_transfer_request::instanceid,
    > {
        pub(crate) meeting_id: P0,
        pub(crate) meeting_record_id: P1,
        pub(crate) operator_id: P2,
        pub(crate) operator_id_type: P3,
        pub(crate) instanceid: P4,
        pub(crate) delete_recording_after_transfer: ::std::option::Option<
            ::std::string::String,
        >,
    }
    impl<P0, P1, P2, P3, P4> ::std::fmt::Debug
    for SetRecordTransferRequestBuilder<P0, P1, P2, P3, P4> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(SetRecordTransferRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
        P2,
        P3,
        P4,
    > SetRecordTransferRequestBuilder<
        missing::set_record_transfer_request::meeting_id,
        P1,
        P2,
        P3,
        P4,
    > {
        /// Sets [`meeting_id`](super::SetRecordTransferRequest::meeting_id).
        ///
        /// Required.
        pub fn meeting_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> SetRecordTransferRequestBuilder<::std::string::String, P1, P2, P3, P4> {
            SetRecordTransferRequestBuilder {
                meeting_id: value.into(),
                meeting_record_id: self.meeting_record_id,
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: self.instanceid,
                delete_recording_after_transfer: self.delete_recording_after_transfer,
            }
        }
    }
    impl<
        P0,
        P2,
        P3,
        P4,
    > SetRecordTransferRequestBuilder<
        P0,
        missing::set_record_transfer_request::meeting_record_id,
        P2,
        P3,
        P4,
    > {
        /// Sets [`meeting_record_id`](super::SetRecordTransferRequest::meeting_record_id).
        ///
        /// Required.
        pub fn meeting_record_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> SetRecordTransferRequestBuilder<P0, ::std::string::String, P2, P3, P4> {
            SetRecordTransferRequestBuilder {
                meeting_id: self.meeting_id,
                meeting_record_id: value.into(),
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: self.instanceid,
                delete_recording_after_transfer: self.delete_recording_after_transfer,
            }
        }
    }
    impl<
        P0,
        P1,
        P3,
        P4,
    > SetRecordTransferRequestBuilder<
        P0,
        P1,
        missing::set_record_transfer_request::operator_id,
        P3,
        P4,
    > {
        /// Sets [`operator_id`](super::SetRecordTransferRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> SetRecordTransferRequestBuilder<P0, P1, ::std::string::String, P3, P4> {
            SetRecordTransferRequestBuilder {
                meeting_id: self.meeting_id,
                meeting_record_id: self.meeting_record_id,
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                instanceid: self.instanceid,
                delete_recording_after_transfer: self.delete_recording_after_transfer,
            }
        }
    }
    impl<
        P0,
        P1,
        P2,
        P4,
    > SetRecordTransferRequestBuilder<
        P0,
        P1,
        P2,
        missing::set_record_transfer_request::operator_id_type,
        P4,
    > {
        /// Sets [`operator_id_type`](super::SetRecordTransferRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> SetRecordTransferRequestBuilder<P0, P1, P2, crate::OperatorIdType, P4> {
            SetRecordTransferRequestBuilder {
                meeting_id: self.meeting_id,
                meeting_record_id: self.meeting_record_id,
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                instanceid: self.instanceid,
                delete_recording_after_transfer: self.delete_recording_after_transfer,
            }
        }
    }
    impl<
        P0,
        P1,
        P2,
        P3,
    > SetRecordTransferRequestBuilder<
        P0,
        P1,
        P2,
        P3,
        missing::set_record_transfer_request::instanceid,
    > {
        /// Sets [`instanceid`](super::SetRecordTransferRequest::instanceid).
        ///
        /// Required.
        pub fn instanceid(
            self,
            value: impl ::std::convert::Into<crate::InstanceId>,
        ) -> SetRecordTransferRequestBuilder<P0, P1, P2, P3, crate::InstanceId> {
            SetRecordTransferRequestBuilder {
                meeting_id: self.meeting_id,
                meeting_record_id: self.meeting_record_id,
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                instanceid: value.into(),
                delete_recording_after_transfer: self.delete_recording_after_transfer,
            }
        }
    }
    impl<P0, P1, P2, P3, P4> SetRecordTransferRequestBuilder<P0, P1, P2, P3, P4> {
        /// Sets [`delete_recording_after_transfer`](super::SetRecordTransferRequest::delete_recording_after_transfer).
        ///
        /// Optional.
        pub fn delete_recording_after_transfer(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.delete_recording_after_transfer = ::std::option::Option::Some(
                value.into(),
            );
            self
        }
    }
    impl<P0, P1, P2, P3, P4> SetRecordTransferRequestBuilder<P0, P1, P2, P3, P4> {
        /// The [`SetRecordTransferRequest`](super::SetRecordTransferRequest).
        ///
        /// Compiles once the required fields `meeting_id`, `meeting_record_id`, `operator_id`, `operator_id_type`, `instanceid` are set: a missing one is a compile error naming it ("the required field ... of `SetRecordTransferRequest` is not set").
        pub fn build(self) -> super::SetRecordTransferRequest
        where
            P0: missing::set_record_transfer_request::MeetingIdIsSet<
                ::std::string::String,
            >,
            P1: missing::set_record_transfer_request::MeetingRecordIdIsSet<
                ::std::string::String,
            >,
            P2: missing::set_record_transfer_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P3: missing::set_record_transfer_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
            P4: missing::set_record_transfer_request::InstanceidIsSet<crate::InstanceId>,
        {
            super::SetRecordTransferRequest {
                meeting_id: missing::set_record_transfer_request::MeetingIdIsSet::into_field(
                    self.meeting_id,
                ),
                meeting_record_id: missing::set_record_transfer_request::MeetingRecordIdIsSet::into_field(
                    self.meeting_record_id,
                ),
                operator_id: missing::set_record_transfer_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::set_record_transfer_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                instanceid: missing::set_record_transfer_request::InstanceidIsSet::into_field(
                    self.instanceid,
                ),
                delete_recording_after_transfer: self.delete_recording_after_transfer,
            }
        }
    }
    /// Builds a [`UpdateRecordSettingsPath`](super::UpdateRecordSettingsPath): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct UpdateRecordSettingsPathBuilder<
        P0 = missing::update_record_settings_path::meeting_record_id,
    > {
        pub(crate) meeting_record_id: P0,
    }
    impl<P0> ::std::fmt::Debug for UpdateRecordSettingsPathBuilder<P0> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(UpdateRecordSettingsPathBuilder))
                .finish_non_exhaustive()
        }
    }
    impl UpdateRecordSettingsPathBuilder<
        missing::update_record_settings_path::meeting_record_id,
    > {
        /// Sets [`meeting_record_id`](super::UpdateRecordSettingsPath::meeting_record_id).
        ///
        /// Required.
        pub fn meeting_record_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> UpdateRecordSettingsPathBuilder<::std::string::String> {
            UpdateRecordSettingsPathBuilder {
                meeting_record_id: value.into(),
            }
        }
    }
    impl<P0> UpdateRecordSettingsPathBuilder<P0> {
        /// The [`UpdateRecordSettingsPath`](super::UpdateRecordSettingsPath).
        ///
        /// Compiles once the required field `meeting_record_id` is set: a missing one is a compile error naming it ("the required field ... of `UpdateRecordSettingsPath` is not set").
        pub fn build(self) -> super::UpdateRecordSettingsPath
        where
            P0: missing::update_record_settings_path::MeetingRecordIdIsSet<
                ::std::string::String,
            >,
        {
            super::UpdateRecordSettingsPath {
                meeting_record_id: missing::update_record_settings_path::MeetingRecordIdIsSet::into_field(
                    self.meeting_record_id,
                ),
            }
        }
    }
    /// Builds a [`UpdateRecordSettingsRequest`](super::UpdateRecordSettingsRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct UpdateRecordSettingsRequestBuilder<
        P0 = missing::update_record_settings_request::operator_id,
        P1 = missing::update_record_settings_request::operator_id_type,
    > {
        pub(crate) meeting_id: ::std::option::Option<::std::string::String>,
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) userid: ::std::option::Option<::std::string::String>,
        pub(crate) sharing_config: ::std::option::Option<RecordSharingConfig>,
    }
    impl<P0, P1> ::std::fmt::Debug for UpdateRecordSettingsRequestBuilder<P0, P1> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(UpdateRecordSettingsRequestBuilder))
                .finish_non_exhaustive()
        }
    }
    impl<
        P1,
    > UpdateRecordSettingsRequestBuilder<
        missing::update_record_settings_request::operator_id,
        P1,
    > {
        /// Sets [`operator_id`](super::UpdateRecordSettingsRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> UpdateRecordSettingsRequestBuilder<::std::string::String, P1> {
            UpdateRecordSettingsRequestBuilder {
                meeting_id: self.meeting_id,
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                userid: self.userid,
                sharing_config: self.sharing_config,
            }
        }
    }
    impl<
        P0,
    > UpdateRecordSettingsRequestBuilder<
        P0,
        missing::update_record_settings_request::operator_id_type,
    > {
        /// Sets [`operator_id_type`](super::UpdateRecordSettingsRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> UpdateRecordSettingsRequestBuilder<P0, crate::OperatorIdType> {
            UpdateRecordSettingsRequestBuilder {
                meeting_id: self.meeting_id,
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                userid: self.userid,
                sharing_config: self.sharing_config,
            }
        }
    }
    impl<P0, P1> UpdateRecordSettingsRequestBuilder<P0, P1> {
        /// Sets [`meeting_id`](super::UpdateRecordSettingsRequest::meeting_id).
        ///
        /// Optional.
        pub fn meeting_id(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.meeting_id = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`userid`](super::UpdateRecordSettingsRequest::userid).
        ///
        /// Optional.
        pub fn userid(
            mut self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> Self {
            self.userid = ::std::option::Option::Some(value.into());
            self
        }
        /// Sets [`sharing_config`](super::UpdateRecordSettingsRequest::sharing_config).
        ///
        /// Optional.
        pub fn sharing_config(
            mut self,
            value: impl ::std::convert::Into<RecordSharingConfig>,
        ) -> Self {
            self.sharing_config = ::std::option::Option::Some(value.into());
            self
        }
    }
    impl<P0, P1> UpdateRecordSettingsRequestBuilder<P0, P1> {
        /// The [`UpdateRecordSettingsRequest`](super::UpdateRecordSettingsRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type` are set: a missing one is a compile error naming it ("the required field ... of `UpdateRecordSettingsRequest` is not set").
        pub fn build(self) -> super::UpdateRecordSettingsRequest
        where
            P0: missing::update_record_settings_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::update_record_settings_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
        {
            super::UpdateRecordSettingsRequest {
                meeting_id: self.meeting_id,
                operator_id: missing::update_record_settings_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::update_record_settings_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                userid: self.userid,
                sharing_config: self.sharing_config,
            }
        }
    }
    /// Builds a [`UploadRecordFileRequest`](super::UploadRecordFileRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct UploadRecordFileRequestBuilder<
        P0 = missing::upload_record_file_request::operator_id,
        P1 = missing::upload_record_file_request::operator_id_type,
        P2 = missing::upload_record_file_request::file_name,
        P3 = missing::upload_record_file_request::file_type,
        P4 = missing::upload_record_file_request::file_size,
        P5 = missing::upload_record_file_request::file_checksum,
        P6 = missing::upload_record_file_request::file_content,
        P7 = missing::upload_record_file_request::speak_number,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) file_name: P2,
        pub(crate) file_type: P3,
        pub(crate) file_size: P4,
        pub(crate) file_checksum: P5,
        pub(crate) file_content: P6,
        pub(crate) speak_number: P7,
        pub(crate) ai_record: ::std::option::Option<bool>,
    }
    impl<P0, P1, P2, P3, P4, P5, P6, P7> ::std::fmt::Debug
    for UploadRecordFileRequestBuilder<P0, P1, P2, P3, P4, P5, P6, P7> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(UploadRecordFileRequestBuilder))
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
        P7,
    > UploadRecordFileRequestBuilder<
        missing::upload_record_file_request::operator_id,
        P1,
        P2,
        P3,
        P4,
        P5,
        P6,
        P7,
    > {
        /// Sets [`operator_id`](super::UploadRecordFileRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> UploadRecordFileRequestBuilder<
            ::std::string::String,
            P1,
            P2,
            P3,
            P4,
            P5,
            P6,
            P7,
        > {
            UploadRecordFileRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                file_name: self.file_name,
                file_type: self.file_type,
                file_size: self.file_size,
                file_checksum: self.file_checksum,
                file_content: self.file_content,
                speak_number: self.speak_number,
                ai_record: self.ai_record,
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
        P7,
    > UploadRecordFileRequestBuilder<
        P0,
        missing::upload_record_file_request::operator_id_type,
        P2,
        P3,
        P4,
        P5,
        P6,
        P7,
    > {
        /// Sets [`operator_id_type`](super::UploadRecordFileRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> UploadRecordFileRequestBuilder<
            P0,
            crate::OperatorIdType,
            P2,
            P3,
            P4,
            P5,
            P6,
            P7,
        > {
            UploadRecordFileRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                file_name: self.file_name,
                file_type: self.file_type,
                file_size: self.file_size,
                file_checksum: self.file_checksum,
                file_content: self.file_content,
                speak_number: self.speak_number,
                ai_record: self.ai_record,
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
        P7,
    > UploadRecordFileRequestBuilder<
        P0,
        P1,
        missing::upload_record_file_request::file_name,
        P3,
        P4,
        P5,
        P6,
        P7,
    > {
        /// Sets [`file_name`](super::UploadRecordFileRequest::file_name).
        ///
        /// Required.
        pub fn file_name(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> UploadRecordFileRequestBuilder<
            P0,
            P1,
            ::std::string::String,
            P3,
            P4,
            P5,
            P6,
            P7,
        > {
            UploadRecordFileRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                file_name: value.into(),
                file_type: self.file_type,
                file_size: self.file_size,
                file_checksum: self.file_checksum,
                file_content: self.file_content,
                speak_number: self.speak_number,
                ai_record: self.ai_record,
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
        P7,
    > UploadRecordFileRequestBuilder<
        P0,
        P1,
        P2,
        missing::upload_record_file_request::file_type,
        P4,
        P5,
        P6,
        P7,
    > {
        /// Sets [`file_type`](super::UploadRecordFileRequest::file_type).
        ///
        /// Required.
        pub fn file_type(
            self,
            value: impl ::std::convert::Into<crate::records::RecordUploadFileType>,
        ) -> UploadRecordFileRequestBuilder<
            P0,
            P1,
            P2,
            crate::records::RecordUploadFileType,
            P4,
            P5,
            P6,
            P7,
        > {
            UploadRecordFileRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                file_name: self.file_name,
                file_type: value.into(),
                file_size: self.file_size,
                file_checksum: self.file_checksum,
                file_content: self.file_content,
                speak_number: self.speak_number,
                ai_record: self.ai_record,
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
        P7,
    > UploadRecordFileRequestBuilder<
        P0,
        P1,
        P2,
        P3,
        missing::upload_record_file_request::file_size,
        P5,
        P6,
        P7,
    > {
        /// Sets [`file_size`](super::UploadRecordFileRequest::file_size).
        ///
        /// Required.
        pub fn file_size(
            self,
            value: impl ::std::convert::Into<i64>,
        ) -> UploadRecordFileRequestBuilder<P0, P1, P2, P3, i64, P5, P6, P7> {
            UploadRecordFileRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                file_name: self.file_name,
                file_type: self.file_type,
                file_size: value.into(),
                file_checksum: self.file_checksum,
                file_content: self.file_content,
                speak_number: self.speak_number,
                ai_record: self.ai_record,
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
        P7,
    > UploadRecordFileRequestBuilder<
        P0,
        P1,
        P2,
        P3,
        P4,
        missing::upload_record_file_request::file_checksum,
        P6,
        P7,
    > {
        /// Sets [`file_checksum`](super::UploadRecordFileRequest::file_checksum).
        ///
        /// Required.
        pub fn file_checksum(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> UploadRecordFileRequestBuilder<
            P0,
            P1,
            P2,
            P3,
            P4,
            ::std::string::String,
            P6,
            P7,
        > {
            UploadRecordFileRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                file_name: self.file_name,
                file_type: self.file_type,
                file_size: self.file_size,
                file_checksum: value.into(),
                file_content: self.file_content,
                speak_number: self.speak_number,
                ai_record: self.ai_record,
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
        P7,
    > UploadRecordFileRequestBuilder<
        P0,
        P1,
        P2,
        P3,
        P4,
        P5,
        missing::upload_record_file_request::file_content,
        P7,
    > {
        /// Sets [`file_content`](super::UploadRecordFileRequest::file_content).
        ///
        /// Required.
        pub fn file_content(
            self,
            value: impl ::std::convert::Into<crate::Upload>,
        ) -> UploadRecordFileRequestBuilder<P0, P1, P2, P3, P4, P5, crate::Upload, P7> {
            UploadRecordFileRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                file_name: self.file_name,
                file_type: self.file_type,
                file_size: self.file_size,
                file_checksum: self.file_checksum,
                file_content: value.into(),
                speak_number: self.speak_number,
                ai_record: self.ai_record,
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
    > UploadRecordFileRequestBuilder<
        P0,
        P1,
        P2,
        P3,
        P4,
        P5,
        P6,
        missing::upload_record_file_request::speak_number,
    > {
        /// Sets [`speak_number`](super::UploadRecordFileRequest::speak_number).
        ///
        /// Required.
        pub fn speak_number(
            self,
            value: impl ::std::convert::Into<i64>,
        ) -> UploadRecordFileRequestBuilder<P0, P1, P2, P3, P4, P5, P6, i64> {
            UploadRecordFileRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                file_name: self.file_name,
                file_type: self.file_type,
                file_size: self.file_size,
                file_checksum: self.file_checksum,
                file_content: self.file_content,
                speak_number: value.into(),
                ai_record: self.ai_record,
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
        P7,
    > UploadRecordFileRequestBuilder<P0, P1, P2, P3, P4, P5, P6, P7> {
        /// Sets [`ai_record`](super::UploadRecordFileRequest::ai_record).
        ///
        /// Optional.
        pub fn ai_record(mut self, value: bool) -> Self {
            self.ai_record = ::std::option::Option::Some(value);
            self
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
        P7,
    > UploadRecordFileRequestBuilder<P0, P1, P2, P3, P4, P5, P6, P7> {
        /// The [`UploadRecordFileRequest`](super::UploadRecordFileRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type`, `file_name`, `file_type`, `file_size`, `file_checksum`, `file_content`, `speak_number` are set: a missing one is a compile error naming it ("the required field ... of `UploadRecordFileRequest` is not set").
        pub fn build(self) -> super::UploadRecordFileRequest
        where
            P0: missing::upload_record_file_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::upload_record_file_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
            P2: missing::upload_record_file_request::FileNameIsSet<
                ::std::string::String,
            >,
            P3: missing::upload_record_file_request::FileTypeIsSet<
                crate::records::RecordUploadFileType,
            >,
            P4: missing::upload_record_file_request::FileSizeIsSet<i64>,
            P5: missing::upload_record_file_request::FileChecksumIsSet<
                ::std::string::String,
            >,
            P6: missing::upload_record_file_request::FileContentIsSet<crate::Upload>,
            P7: missing::upload_record_file_request::SpeakNumberIsSet<i64>,
        {
            super::UploadRecordFileRequest {
                operator_id: missing::upload_record_file_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::upload_record_file_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                file_name: missing::upload_record_file_request::FileNameIsSet::into_field(
                    self.file_name,
                ),
                file_type: missing::upload_record_file_request::FileTypeIsSet::into_field(
                    self.file_type,
                ),
                file_size: missing::upload_record_file_request::FileSizeIsSet::into_field(
                    self.file_size,
                ),
                file_checksum: missing::upload_record_file_request::FileChecksumIsSet::into_field(
                    self.file_checksum,
                ),
                file_content: missing::upload_record_file_request::FileContentIsSet::into_field(
                    self.file_content,
                ),
                speak_number: missing::upload_record_file_request::SpeakNumberIsSet::into_field(
                    self.speak_number,
                ),
                ai_record: self.ai_record,
            }
        }
    }
    /// Builds a [`UploadRecordPartRequest`](super::UploadRecordPartRequest): a setter per field, then `build()` once every required field is set.
    #[derive(Clone)]
    #[must_use = "a builder does nothing until `build()`"]
    pub struct UploadRecordPartRequestBuilder<
        P0 = missing::upload_record_part_request::operator_id,
        P1 = missing::upload_record_part_request::operator_id_type,
        P2 = missing::upload_record_part_request::upload_id,
        P3 = missing::upload_record_part_request::file_size,
        P4 = missing::upload_record_part_request::file_seq,
        P5 = missing::upload_record_part_request::file_checksum,
        P6 = missing::upload_record_part_request::file_content,
    > {
        pub(crate) operator_id: P0,
        pub(crate) operator_id_type: P1,
        pub(crate) upload_id: P2,
        pub(crate) file_size: P3,
        pub(crate) file_seq: P4,
        pub(crate) file_checksum: P5,
        pub(crate) file_content: P6,
    }
    impl<P0, P1, P2, P3, P4, P5, P6> ::std::fmt::Debug
    for UploadRecordPartRequestBuilder<P0, P1, P2, P3, P4, P5, P6> {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            f.debug_struct(stringify!(UploadRecordPartRequestBuilder))
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
    > UploadRecordPartRequestBuilder<
        missing::upload_record_part_request::operator_id,
        P1,
        P2,
        P3,
        P4,
        P5,
        P6,
    > {
        /// Sets [`operator_id`](super::UploadRecordPartRequest::operator_id).
        ///
        /// Required.
        pub fn operator_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> UploadRecordPartRequestBuilder<
            ::std::string::String,
            P1,
            P2,
            P3,
            P4,
            P5,
            P6,
        > {
            UploadRecordPartRequestBuilder {
                operator_id: value.into(),
                operator_id_type: self.operator_id_type,
                upload_id: self.upload_id,
                file_size: self.file_size,
                file_seq: self.file_seq,
                file_checksum: self.file_checksum,
                file_content: self.file_content,
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
    > UploadRecordPartRequestBuilder<
        P0,
        missing::upload_record_part_request::operator_id_type,
        P2,
        P3,
        P4,
        P5,
        P6,
    > {
        /// Sets [`operator_id_type`](super::UploadRecordPartRequest::operator_id_type).
        ///
        /// Required.
        pub fn operator_id_type(
            self,
            value: impl ::std::convert::Into<crate::OperatorIdType>,
        ) -> UploadRecordPartRequestBuilder<
            P0,
            crate::OperatorIdType,
            P2,
            P3,
            P4,
            P5,
            P6,
        > {
            UploadRecordPartRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: value.into(),
                upload_id: self.upload_id,
                file_size: self.file_size,
                file_seq: self.file_seq,
                file_checksum: self.file_checksum,
                file_content: self.file_content,
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
    > UploadRecordPartRequestBuilder<
        P0,
        P1,
        missing::upload_record_part_request::upload_id,
        P3,
        P4,
        P5,
        P6,
    > {
        /// Sets [`upload_id`](super::UploadRecordPartRequest::upload_id).
        ///
        /// Required.
        pub fn upload_id(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> UploadRecordPartRequestBuilder<
            P0,
            P1,
            ::std::string::String,
            P3,
            P4,
            P5,
            P6,
        > {
            UploadRecordPartRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                upload_id: value.into(),
                file_size: self.file_size,
                file_seq: self.file_seq,
                file_checksum: self.file_checksum,
                file_content: self.file_content,
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
    > UploadRecordPartRequestBuilder<
        P0,
        P1,
        P2,
        missing::upload_record_part_request::file_size,
        P4,
        P5,
        P6,
    > {
        /// Sets [`file_size`](super::UploadRecordPartRequest::file_size).
        ///
        /// Required.
        pub fn file_size(
            self,
            value: impl ::std::convert::Into<i64>,
        ) -> UploadRecordPartRequestBuilder<P0, P1, P2, i64, P4, P5, P6> {
            UploadRecordPartRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                upload_id: self.upload_id,
                file_size: value.into(),
                file_seq: self.file_seq,
                file_checksum: self.file_checksum,
                file_content: self.file_content,
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
    > UploadRecordPartRequestBuilder<
        P0,
        P1,
        P2,
        P3,
        missing::upload_record_part_request::file_seq,
        P5,
        P6,
    > {
        /// Sets [`file_seq`](super::UploadRecordPartRequest::file_seq).
        ///
        /// Required.
        pub fn file_seq(
            self,
            value: impl ::std::convert::Into<i64>,
        ) -> UploadRecordPartRequestBuilder<P0, P1, P2, P3, i64, P5, P6> {
            UploadRecordPartRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                upload_id: self.upload_id,
                file_size: self.file_size,
                file_seq: value.into(),
                file_checksum: self.file_checksum,
                file_content: self.file_content,
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
    > UploadRecordPartRequestBuilder<
        P0,
        P1,
        P2,
        P3,
        P4,
        missing::upload_record_part_request::file_checksum,
        P6,
    > {
        /// Sets [`file_checksum`](super::UploadRecordPartRequest::file_checksum).
        ///
        /// Required.
        pub fn file_checksum(
            self,
            value: impl ::std::convert::Into<::std::string::String>,
        ) -> UploadRecordPartRequestBuilder<
            P0,
            P1,
            P2,
            P3,
            P4,
            ::std::string::String,
            P6,
        > {
            UploadRecordPartRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                upload_id: self.upload_id,
                file_size: self.file_size,
                file_seq: self.file_seq,
                file_checksum: value.into(),
                file_content: self.file_content,
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
    > UploadRecordPartRequestBuilder<
        P0,
        P1,
        P2,
        P3,
        P4,
        P5,
        missing::upload_record_part_request::file_content,
    > {
        /// Sets [`file_content`](super::UploadRecordPartRequest::file_content).
        ///
        /// Required.
        pub fn file_content(
            self,
            value: impl ::std::convert::Into<crate::Upload>,
        ) -> UploadRecordPartRequestBuilder<P0, P1, P2, P3, P4, P5, crate::Upload> {
            UploadRecordPartRequestBuilder {
                operator_id: self.operator_id,
                operator_id_type: self.operator_id_type,
                upload_id: self.upload_id,
                file_size: self.file_size,
                file_seq: self.file_seq,
                file_checksum: self.file_checksum,
                file_content: value.into(),
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
    > UploadRecordPartRequestBuilder<P0, P1, P2, P3, P4, P5, P6> {
        /// The [`UploadRecordPartRequest`](super::UploadRecordPartRequest).
        ///
        /// Compiles once the required fields `operator_id`, `operator_id_type`, `upload_id`, `file_size`, `file_seq`, `file_checksum`, `file_content` are set: a missing one is a compile error naming it ("the required field ... of `UploadRecordPartRequest` is not set").
        pub fn build(self) -> super::UploadRecordPartRequest
        where
            P0: missing::upload_record_part_request::OperatorIdIsSet<
                ::std::string::String,
            >,
            P1: missing::upload_record_part_request::OperatorIdTypeIsSet<
                crate::OperatorIdType,
            >,
            P2: missing::upload_record_part_request::UploadIdIsSet<
                ::std::string::String,
            >,
            P3: missing::upload_record_part_request::FileSizeIsSet<i64>,
            P4: missing::upload_record_part_request::FileSeqIsSet<i64>,
            P5: missing::upload_record_part_request::FileChecksumIsSet<
                ::std::string::String,
            >,
            P6: missing::upload_record_part_request::FileContentIsSet<crate::Upload>,
        {
            super::UploadRecordPartRequest {
                operator_id: missing::upload_record_part_request::OperatorIdIsSet::into_field(
                    self.operator_id,
                ),
                operator_id_type: missing::upload_record_part_request::OperatorIdTypeIsSet::into_field(
                    self.operator_id_type,
                ),
                upload_id: missing::upload_record_part_request::UploadIdIsSet::into_field(
                    self.upload_id,
                ),
                file_size: missing::upload_record_part_request::FileSizeIsSet::into_field(
                    self.file_size,
                ),
                file_seq: missing::upload_record_part_request::FileSeqIsSet::into_field(
                    self.file_seq,
                ),
                file_checksum: missing::upload_record_part_request::FileChecksumIsSet::into_field(
                    self.file_checksum,
                ),
                file_content: missing::upload_record_part_request::FileContentIsSet::into_field(
                    self.file_content,
                ),
            }
        }
    }
    /// Code generation's plumbing, not API: the markers of required fields not set yet
    /// (`missing::<model>::<field>`) and the traits `build()` requires of the set ones.
    #[doc(hidden)]
    pub mod missing {
        /// The required fields of [`AddRecordAccessMembersPath`](super::super::AddRecordAccessMembersPath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod add_record_access_members_path {
            /// `meeting_record_id` of [`AddRecordAccessMembersPath`](super::super::super::AddRecordAccessMembersPath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_record_id;
            /// What `build()` requires of `meeting_record_id`: implemented for the field's type alone, never for the marker [`meeting_record_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_record_id` of `AddRecordAccessMembersPath` is not set",
                label = "`meeting_record_id` is not set",
                note = "call `.meeting_record_id(...)` before `.build()`"
            )]
            pub trait MeetingRecordIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> MeetingRecordIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`AddRecordAccessMembersRequest`](super::super::AddRecordAccessMembersRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod add_record_access_members_request {
            /// `operator_id` of [`AddRecordAccessMembersRequest`](super::super::super::AddRecordAccessMembersRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `AddRecordAccessMembersRequest` is not set",
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
            /// `operator_id_type` of [`AddRecordAccessMembersRequest`](super::super::super::AddRecordAccessMembersRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `AddRecordAccessMembersRequest` is not set",
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
            /// `access_members` of [`AddRecordAccessMembersRequest`](super::super::super::AddRecordAccessMembersRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct access_members;
            /// What `build()` requires of `access_members`: implemented for the field's type alone, never for the marker [`access_members`].
            #[diagnostic::on_unimplemented(
                message = "the required field `access_members` of `AddRecordAccessMembersRequest` is not set",
                label = "`access_members` is not set",
                note = "call `.access_members(...)` before `.build()`"
            )]
            pub trait AccessMembersIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> AccessMembersIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`AddRecordAccessMembersResponse`](super::super::AddRecordAccessMembersResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod add_record_access_members_response {}
        /// The required fields of [`ApproveRecordApplicationsPath`](super::super::ApproveRecordApplicationsPath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod approve_record_applications_path {
            /// `meeting_record_id` of [`ApproveRecordApplicationsPath`](super::super::super::ApproveRecordApplicationsPath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_record_id;
            /// What `build()` requires of `meeting_record_id`: implemented for the field's type alone, never for the marker [`meeting_record_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_record_id` of `ApproveRecordApplicationsPath` is not set",
                label = "`meeting_record_id` is not set",
                note = "call `.meeting_record_id(...)` before `.build()`"
            )]
            pub trait MeetingRecordIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> MeetingRecordIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`ApproveRecordApplicationsRequest`](super::super::ApproveRecordApplicationsRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod approve_record_applications_request {
            /// `operator_id` of [`ApproveRecordApplicationsRequest`](super::super::super::ApproveRecordApplicationsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `ApproveRecordApplicationsRequest` is not set",
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
            /// `operator_id_type` of [`ApproveRecordApplicationsRequest`](super::super::super::ApproveRecordApplicationsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `ApproveRecordApplicationsRequest` is not set",
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
            /// `apply_id_list` of [`ApproveRecordApplicationsRequest`](super::super::super::ApproveRecordApplicationsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct apply_id_list;
            /// What `build()` requires of `apply_id_list`: implemented for the field's type alone, never for the marker [`apply_id_list`].
            #[diagnostic::on_unimplemented(
                message = "the required field `apply_id_list` of `ApproveRecordApplicationsRequest` is not set",
                label = "`apply_id_list` is not set",
                note = "call `.apply_id_list(...)` before `.build()`"
            )]
            pub trait ApplyIdListIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> ApplyIdListIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `action` of [`ApproveRecordApplicationsRequest`](super::super::super::ApproveRecordApplicationsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct action;
            /// What `build()` requires of `action`: implemented for the field's type alone, never for the marker [`action`].
            #[diagnostic::on_unimplemented(
                message = "the required field `action` of `ApproveRecordApplicationsRequest` is not set",
                label = "`action` is not set",
                note = "call `.action(...)` before `.build()`"
            )]
            pub trait ActionIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> ActionIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`DeleteMeetingRecordRequest`](super::super::DeleteMeetingRecordRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod delete_meeting_record_request {
            /// `meeting_record_id` of [`DeleteMeetingRecordRequest`](super::super::super::DeleteMeetingRecordRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_record_id;
            /// What `build()` requires of `meeting_record_id`: implemented for the field's type alone, never for the marker [`meeting_record_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_record_id` of `DeleteMeetingRecordRequest` is not set",
                label = "`meeting_record_id` is not set",
                note = "call `.meeting_record_id(...)` before `.build()`"
            )]
            pub trait MeetingRecordIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> MeetingRecordIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`DeleteRecordFilePath`](super::super::DeleteRecordFilePath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod delete_record_file_path {
            /// `record_file_id` of [`DeleteRecordFilePath`](super::super::super::DeleteRecordFilePath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct record_file_id;
            /// What `build()` requires of `record_file_id`: implemented for the field's type alone, never for the marker [`record_file_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `record_file_id` of `DeleteRecordFilePath` is not set",
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
        /// The required fields of [`DeleteRecordFileRequest`](super::super::DeleteRecordFileRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod delete_record_file_request {}
        /// The required fields of [`FailedRecordAccessMember`](super::super::FailedRecordAccessMember) not set yet.
        #[allow(non_camel_case_types)]
        pub mod failed_record_access_member {}
        /// The required fields of [`FinishRecordUploadRequest`](super::super::FinishRecordUploadRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod finish_record_upload_request {
            /// `operator_id` of [`FinishRecordUploadRequest`](super::super::super::FinishRecordUploadRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `FinishRecordUploadRequest` is not set",
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
            /// `operator_id_type` of [`FinishRecordUploadRequest`](super::super::super::FinishRecordUploadRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `FinishRecordUploadRequest` is not set",
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
            /// `upload_id` of [`FinishRecordUploadRequest`](super::super::super::FinishRecordUploadRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct upload_id;
            /// What `build()` requires of `upload_id`: implemented for the field's type alone, never for the marker [`upload_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `upload_id` of `FinishRecordUploadRequest` is not set",
                label = "`upload_id` is not set",
                note = "call `.upload_id(...)` before `.build()`"
            )]
            pub trait UploadIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> UploadIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `speak_number` of [`FinishRecordUploadRequest`](super::super::super::FinishRecordUploadRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct speak_number;
            /// What `build()` requires of `speak_number`: implemented for the field's type alone, never for the marker [`speak_number`].
            #[diagnostic::on_unimplemented(
                message = "the required field `speak_number` of `FinishRecordUploadRequest` is not set",
                label = "`speak_number` is not set",
                note = "call `.speak_number(...)` before `.build()`"
            )]
            pub trait SpeakNumberIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> SpeakNumberIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`GetRecordFilePath`](super::super::GetRecordFilePath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_record_file_path {
            /// `record_file_id` of [`GetRecordFilePath`](super::super::super::GetRecordFilePath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct record_file_id;
            /// What `build()` requires of `record_file_id`: implemented for the field's type alone, never for the marker [`record_file_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `record_file_id` of `GetRecordFilePath` is not set",
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
        /// The required fields of [`GetRecordFileRequest`](super::super::GetRecordFileRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_record_file_request {
            /// `operator_id` of [`GetRecordFileRequest`](super::super::super::GetRecordFileRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `GetRecordFileRequest` is not set",
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
            /// `operator_id_type` of [`GetRecordFileRequest`](super::super::super::GetRecordFileRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `GetRecordFileRequest` is not set",
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
        /// The required fields of [`GetRecordFileResponse`](super::super::GetRecordFileResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_record_file_response {}
        /// The required fields of [`GetRecordMetricsRequest`](super::super::GetRecordMetricsRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_record_metrics_request {
            /// `meeting_record_id` of [`GetRecordMetricsRequest`](super::super::super::GetRecordMetricsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_record_id;
            /// What `build()` requires of `meeting_record_id`: implemented for the field's type alone, never for the marker [`meeting_record_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_record_id` of `GetRecordMetricsRequest` is not set",
                label = "`meeting_record_id` is not set",
                note = "call `.meeting_record_id(...)` before `.build()`"
            )]
            pub trait MeetingRecordIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> MeetingRecordIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`GetRecordMetricsResponse`](super::super::GetRecordMetricsResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_record_metrics_response {}
        /// The required fields of [`GetRecordSettingsPath`](super::super::GetRecordSettingsPath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_record_settings_path {
            /// `meeting_record_id` of [`GetRecordSettingsPath`](super::super::super::GetRecordSettingsPath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_record_id;
            /// What `build()` requires of `meeting_record_id`: implemented for the field's type alone, never for the marker [`meeting_record_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_record_id` of `GetRecordSettingsPath` is not set",
                label = "`meeting_record_id` is not set",
                note = "call `.meeting_record_id(...)` before `.build()`"
            )]
            pub trait MeetingRecordIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> MeetingRecordIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`GetRecordSettingsRequest`](super::super::GetRecordSettingsRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_record_settings_request {
            /// `operator_id` of [`GetRecordSettingsRequest`](super::super::super::GetRecordSettingsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `GetRecordSettingsRequest` is not set",
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
            /// `operator_id_type` of [`GetRecordSettingsRequest`](super::super::super::GetRecordSettingsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `GetRecordSettingsRequest` is not set",
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
        /// The required fields of [`GetRecordSettingsResponse`](super::super::GetRecordSettingsResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_record_settings_response {}
        /// The required fields of [`GetRecordTranscriptRequest`](super::super::GetRecordTranscriptRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_record_transcript_request {
            /// `record_file_id` of [`GetRecordTranscriptRequest`](super::super::super::GetRecordTranscriptRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct record_file_id;
            /// What `build()` requires of `record_file_id`: implemented for the field's type alone, never for the marker [`record_file_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `record_file_id` of `GetRecordTranscriptRequest` is not set",
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
            /// `operator_id` of [`GetRecordTranscriptRequest`](super::super::super::GetRecordTranscriptRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `GetRecordTranscriptRequest` is not set",
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
            /// `operator_id_type` of [`GetRecordTranscriptRequest`](super::super::super::GetRecordTranscriptRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `GetRecordTranscriptRequest` is not set",
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
        /// The required fields of [`GetRecordTranscriptResponse`](super::super::GetRecordTranscriptResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod get_record_transcript_response {}
        /// The required fields of [`ListRecordAddressesRequest`](super::super::ListRecordAddressesRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod list_record_addresses_request {
            /// `meeting_record_id` of [`ListRecordAddressesRequest`](super::super::super::ListRecordAddressesRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_record_id;
            /// What `build()` requires of `meeting_record_id`: implemented for the field's type alone, never for the marker [`meeting_record_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_record_id` of `ListRecordAddressesRequest` is not set",
                label = "`meeting_record_id` is not set",
                note = "call `.meeting_record_id(...)` before `.build()`"
            )]
            pub trait MeetingRecordIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> MeetingRecordIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `operator_id` of [`ListRecordAddressesRequest`](super::super::super::ListRecordAddressesRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `ListRecordAddressesRequest` is not set",
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
            /// `operator_id_type` of [`ListRecordAddressesRequest`](super::super::super::ListRecordAddressesRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `ListRecordAddressesRequest` is not set",
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
        /// The required fields of [`ListRecordAddressesResponse`](super::super::ListRecordAddressesResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod list_record_addresses_response {}
        /// The required fields of [`ListRecordOperationsRequest`](super::super::ListRecordOperationsRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod list_record_operations_request {
            /// `meeting_record_id` of [`ListRecordOperationsRequest`](super::super::super::ListRecordOperationsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_record_id;
            /// What `build()` requires of `meeting_record_id`: implemented for the field's type alone, never for the marker [`meeting_record_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_record_id` of `ListRecordOperationsRequest` is not set",
                label = "`meeting_record_id` is not set",
                note = "call `.meeting_record_id(...)` before `.build()`"
            )]
            pub trait MeetingRecordIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> MeetingRecordIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `event_type` of [`ListRecordOperationsRequest`](super::super::super::ListRecordOperationsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct event_type;
            /// What `build()` requires of `event_type`: implemented for the field's type alone, never for the marker [`event_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `event_type` of `ListRecordOperationsRequest` is not set",
                label = "`event_type` is not set",
                note = "call `.event_type(...)` before `.build()`"
            )]
            pub trait EventTypeIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> EventTypeIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`ListRecordOperationsResponse`](super::super::ListRecordOperationsResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod list_record_operations_response {}
        /// The required fields of [`ListRecordViewsRequest`](super::super::ListRecordViewsRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod list_record_views_request {
            /// `record_file_id` of [`ListRecordViewsRequest`](super::super::super::ListRecordViewsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct record_file_id;
            /// What `build()` requires of `record_file_id`: implemented for the field's type alone, never for the marker [`record_file_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `record_file_id` of `ListRecordViewsRequest` is not set",
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
            /// `operator_id_type` of [`ListRecordViewsRequest`](super::super::super::ListRecordViewsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `ListRecordViewsRequest` is not set",
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
            /// `operator_id` of [`ListRecordViewsRequest`](super::super::super::ListRecordViewsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `ListRecordViewsRequest` is not set",
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
        /// The required fields of [`ListRecordViewsResponse`](super::super::ListRecordViewsResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod list_record_views_response {}
        /// The required fields of [`ListRecordsRequest`](super::super::ListRecordsRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod list_records_request {
            /// `operator_id` of [`ListRecordsRequest`](super::super::super::ListRecordsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `ListRecordsRequest` is not set",
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
            /// `operator_id_type` of [`ListRecordsRequest`](super::super::super::ListRecordsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `ListRecordsRequest` is not set",
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
            /// `start_time` of [`ListRecordsRequest`](super::super::super::ListRecordsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct start_time;
            /// What `build()` requires of `start_time`: implemented for the field's type alone, never for the marker [`start_time`].
            #[diagnostic::on_unimplemented(
                message = "the required field `start_time` of `ListRecordsRequest` is not set",
                label = "`start_time` is not set",
                note = "call `.start_time(...)` before `.build()`"
            )]
            pub trait StartTimeIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> StartTimeIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `end_time` of [`ListRecordsRequest`](super::super::super::ListRecordsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct end_time;
            /// What `build()` requires of `end_time`: implemented for the field's type alone, never for the marker [`end_time`].
            #[diagnostic::on_unimplemented(
                message = "the required field `end_time` of `ListRecordsRequest` is not set",
                label = "`end_time` is not set",
                note = "call `.end_time(...)` before `.build()`"
            )]
            pub trait EndTimeIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> EndTimeIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`ListRecordsResponse`](super::super::ListRecordsResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod list_records_response {}
        /// The required fields of [`ListTranscriptParagraphsRequest`](super::super::ListTranscriptParagraphsRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod list_transcript_paragraphs_request {
            /// `record_file_id` of [`ListTranscriptParagraphsRequest`](super::super::super::ListTranscriptParagraphsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct record_file_id;
            /// What `build()` requires of `record_file_id`: implemented for the field's type alone, never for the marker [`record_file_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `record_file_id` of `ListTranscriptParagraphsRequest` is not set",
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
            /// `operator_id_type` of [`ListTranscriptParagraphsRequest`](super::super::super::ListTranscriptParagraphsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `ListTranscriptParagraphsRequest` is not set",
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
            /// `operator_id` of [`ListTranscriptParagraphsRequest`](super::super::super::ListTranscriptParagraphsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `ListTranscriptParagraphsRequest` is not set",
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
        /// The required fields of [`ListTranscriptParagraphsResponse`](super::super::ListTranscriptParagraphsResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod list_transcript_paragraphs_response {}
        /// The required fields of [`PrepareRecordUploadRequest`](super::super::PrepareRecordUploadRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod prepare_record_upload_request {
            /// `operator_id` of [`PrepareRecordUploadRequest`](super::super::super::PrepareRecordUploadRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `PrepareRecordUploadRequest` is not set",
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
            /// `operator_id_type` of [`PrepareRecordUploadRequest`](super::super::super::PrepareRecordUploadRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `PrepareRecordUploadRequest` is not set",
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
            /// `file_name` of [`PrepareRecordUploadRequest`](super::super::super::PrepareRecordUploadRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct file_name;
            /// What `build()` requires of `file_name`: implemented for the field's type alone, never for the marker [`file_name`].
            #[diagnostic::on_unimplemented(
                message = "the required field `file_name` of `PrepareRecordUploadRequest` is not set",
                label = "`file_name` is not set",
                note = "call `.file_name(...)` before `.build()`"
            )]
            pub trait FileNameIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> FileNameIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `file_type` of [`PrepareRecordUploadRequest`](super::super::super::PrepareRecordUploadRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct file_type;
            /// What `build()` requires of `file_type`: implemented for the field's type alone, never for the marker [`file_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `file_type` of `PrepareRecordUploadRequest` is not set",
                label = "`file_type` is not set",
                note = "call `.file_type(...)` before `.build()`"
            )]
            pub trait FileTypeIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> FileTypeIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `file_size` of [`PrepareRecordUploadRequest`](super::super::super::PrepareRecordUploadRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct file_size;
            /// What `build()` requires of `file_size`: implemented for the field's type alone, never for the marker [`file_size`].
            #[diagnostic::on_unimplemented(
                message = "the required field `file_size` of `PrepareRecordUploadRequest` is not set",
                label = "`file_size` is not set",
                note = "call `.file_size(...)` before `.build()`"
            )]
            pub trait FileSizeIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> FileSizeIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`PrepareRecordUploadResponse`](super::super::PrepareRecordUploadResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod prepare_record_upload_response {}
        /// The required fields of [`RecordAccessMember`](super::super::RecordAccessMember) not set yet.
        #[allow(non_camel_case_types)]
        pub mod record_access_member {
            /// `to_operator_id_type` of [`RecordAccessMember`](super::super::super::RecordAccessMember) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct to_operator_id_type;
            /// What `build()` requires of `to_operator_id_type`: implemented for the field's type alone, never for the marker [`to_operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `to_operator_id_type` of `RecordAccessMember` is not set",
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
            /// `to_operator_id` of [`RecordAccessMember`](super::super::super::RecordAccessMember) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct to_operator_id;
            /// What `build()` requires of `to_operator_id`: implemented for the field's type alone, never for the marker [`to_operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `to_operator_id` of `RecordAccessMember` is not set",
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
        }
        /// The required fields of [`RecordAccessMemberId`](super::super::RecordAccessMemberId) not set yet.
        #[allow(non_camel_case_types)]
        pub mod record_access_member_id {
            /// `to_operator_id_type` of [`RecordAccessMemberId`](super::super::super::RecordAccessMemberId) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct to_operator_id_type;
            /// What `build()` requires of `to_operator_id_type`: implemented for the field's type alone, never for the marker [`to_operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `to_operator_id_type` of `RecordAccessMemberId` is not set",
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
            /// `to_operator_id` of [`RecordAccessMemberId`](super::super::super::RecordAccessMemberId) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct to_operator_id;
            /// What `build()` requires of `to_operator_id`: implemented for the field's type alone, never for the marker [`to_operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `to_operator_id` of `RecordAccessMemberId` is not set",
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
        }
        /// The required fields of [`RecordDailyMetrics`](super::super::RecordDailyMetrics) not set yet.
        #[allow(non_camel_case_types)]
        pub mod record_daily_metrics {}
        /// The required fields of [`RecordDownloadFile`](super::super::RecordDownloadFile) not set yet.
        #[allow(non_camel_case_types)]
        pub mod record_download_file {}
        /// The required fields of [`RecordFile`](super::super::RecordFile) not set yet.
        #[allow(non_camel_case_types)]
        pub mod record_file {}
        /// The required fields of [`RecordFileAddress`](super::super::RecordFileAddress) not set yet.
        #[allow(non_camel_case_types)]
        pub mod record_file_address {}
        /// The required fields of [`RecordMeeting`](super::super::RecordMeeting) not set yet.
        #[allow(non_camel_case_types)]
        pub mod record_meeting {}
        /// The required fields of [`RecordOperation`](super::super::RecordOperation) not set yet.
        #[allow(non_camel_case_types)]
        pub mod record_operation {}
        /// The required fields of [`RecordSharingConfig`](super::super::RecordSharingConfig) not set yet.
        #[allow(non_camel_case_types)]
        pub mod record_sharing_config {}
        /// The required fields of [`RecordSharingSettings`](super::super::RecordSharingSettings) not set yet.
        #[allow(non_camel_case_types)]
        pub mod record_sharing_settings {}
        /// The required fields of [`RecordTranscript`](super::super::RecordTranscript) not set yet.
        #[allow(non_camel_case_types)]
        pub mod record_transcript {}
        /// The required fields of [`RecordTranscriptHit`](super::super::RecordTranscriptHit) not set yet.
        #[allow(non_camel_case_types)]
        pub mod record_transcript_hit {}
        /// The required fields of [`RecordTranscriptParagraph`](super::super::RecordTranscriptParagraph) not set yet.
        #[allow(non_camel_case_types)]
        pub mod record_transcript_paragraph {}
        /// The required fields of [`RecordTranscriptParagraphSpan`](super::super::RecordTranscriptParagraphSpan) not set yet.
        #[allow(non_camel_case_types)]
        pub mod record_transcript_paragraph_span {}
        /// The required fields of [`RecordTranscriptSentence`](super::super::RecordTranscriptSentence) not set yet.
        #[allow(non_camel_case_types)]
        pub mod record_transcript_sentence {}
        /// The required fields of [`RecordTranscriptSpeaker`](super::super::RecordTranscriptSpeaker) not set yet.
        #[allow(non_camel_case_types)]
        pub mod record_transcript_speaker {}
        /// The required fields of [`RecordTranscriptTimeline`](super::super::RecordTranscriptTimeline) not set yet.
        #[allow(non_camel_case_types)]
        pub mod record_transcript_timeline {}
        /// The required fields of [`RecordTranscriptWord`](super::super::RecordTranscriptWord) not set yet.
        #[allow(non_camel_case_types)]
        pub mod record_transcript_word {}
        /// The required fields of [`RecordUploadJobResponse`](super::super::RecordUploadJobResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod record_upload_job_response {}
        /// The required fields of [`RecordViewDetail`](super::super::RecordViewDetail) not set yet.
        #[allow(non_camel_case_types)]
        pub mod record_view_detail {}
        /// The required fields of [`RemoveRecordAccessMembersPath`](super::super::RemoveRecordAccessMembersPath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod remove_record_access_members_path {
            /// `meeting_record_id` of [`RemoveRecordAccessMembersPath`](super::super::super::RemoveRecordAccessMembersPath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_record_id;
            /// What `build()` requires of `meeting_record_id`: implemented for the field's type alone, never for the marker [`meeting_record_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_record_id` of `RemoveRecordAccessMembersPath` is not set",
                label = "`meeting_record_id` is not set",
                note = "call `.meeting_record_id(...)` before `.build()`"
            )]
            pub trait MeetingRecordIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> MeetingRecordIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`RemoveRecordAccessMembersRequest`](super::super::RemoveRecordAccessMembersRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod remove_record_access_members_request {
            /// `operator_id` of [`RemoveRecordAccessMembersRequest`](super::super::super::RemoveRecordAccessMembersRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `RemoveRecordAccessMembersRequest` is not set",
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
            /// `operator_id_type` of [`RemoveRecordAccessMembersRequest`](super::super::super::RemoveRecordAccessMembersRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `RemoveRecordAccessMembersRequest` is not set",
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
            /// `access_members` of [`RemoveRecordAccessMembersRequest`](super::super::super::RemoveRecordAccessMembersRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct access_members;
            /// What `build()` requires of `access_members`: implemented for the field's type alone, never for the marker [`access_members`].
            #[diagnostic::on_unimplemented(
                message = "the required field `access_members` of `RemoveRecordAccessMembersRequest` is not set",
                label = "`access_members` is not set",
                note = "call `.access_members(...)` before `.build()`"
            )]
            pub trait AccessMembersIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> AccessMembersIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`SearchTranscriptRequest`](super::super::SearchTranscriptRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod search_transcript_request {
            /// `record_file_id` of [`SearchTranscriptRequest`](super::super::super::SearchTranscriptRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct record_file_id;
            /// What `build()` requires of `record_file_id`: implemented for the field's type alone, never for the marker [`record_file_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `record_file_id` of `SearchTranscriptRequest` is not set",
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
            /// `operator_id` of [`SearchTranscriptRequest`](super::super::super::SearchTranscriptRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `SearchTranscriptRequest` is not set",
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
            /// `operator_id_type` of [`SearchTranscriptRequest`](super::super::super::SearchTranscriptRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `SearchTranscriptRequest` is not set",
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
            /// `text` of [`SearchTranscriptRequest`](super::super::super::SearchTranscriptRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct text;
            /// What `build()` requires of `text`: implemented for the field's type alone, never for the marker [`text`].
            #[diagnostic::on_unimplemented(
                message = "the required field `text` of `SearchTranscriptRequest` is not set",
                label = "`text` is not set",
                note = "call `.text(...)` before `.build()`"
            )]
            pub trait TextIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> TextIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`SearchTranscriptResponse`](super::super::SearchTranscriptResponse) not set yet.
        #[allow(non_camel_case_types)]
        pub mod search_transcript_response {}
        /// The required fields of [`SetRecordTransferRequest`](super::super::SetRecordTransferRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod set_record_transfer_request {
            /// `meeting_id` of [`SetRecordTransferRequest`](super::super::super::SetRecordTransferRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_id;
            /// What `build()` requires of `meeting_id`: implemented for the field's type alone, never for the marker [`meeting_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_id` of `SetRecordTransferRequest` is not set",
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
            /// `meeting_record_id` of [`SetRecordTransferRequest`](super::super::super::SetRecordTransferRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_record_id;
            /// What `build()` requires of `meeting_record_id`: implemented for the field's type alone, never for the marker [`meeting_record_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_record_id` of `SetRecordTransferRequest` is not set",
                label = "`meeting_record_id` is not set",
                note = "call `.meeting_record_id(...)` before `.build()`"
            )]
            pub trait MeetingRecordIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> MeetingRecordIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `operator_id` of [`SetRecordTransferRequest`](super::super::super::SetRecordTransferRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `SetRecordTransferRequest` is not set",
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
            /// `operator_id_type` of [`SetRecordTransferRequest`](super::super::super::SetRecordTransferRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `SetRecordTransferRequest` is not set",
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
            /// `instanceid` of [`SetRecordTransferRequest`](super::super::super::SetRecordTransferRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct instanceid;
            /// What `build()` requires of `instanceid`: implemented for the field's type alone, never for the marker [`instanceid`].
            #[diagnostic::on_unimplemented(
                message = "the required field `instanceid` of `SetRecordTransferRequest` is not set",
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
        /// The required fields of [`UpdateRecordSettingsPath`](super::super::UpdateRecordSettingsPath) not set yet.
        #[allow(non_camel_case_types)]
        pub mod update_record_settings_path {
            /// `meeting_record_id` of [`UpdateRecordSettingsPath`](super::super::super::UpdateRecordSettingsPath) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct meeting_record_id;
            /// What `build()` requires of `meeting_record_id`: implemented for the field's type alone, never for the marker [`meeting_record_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `meeting_record_id` of `UpdateRecordSettingsPath` is not set",
                label = "`meeting_record_id` is not set",
                note = "call `.meeting_record_id(...)` before `.build()`"
            )]
            pub trait MeetingRecordIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> MeetingRecordIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`UpdateRecordSettingsRequest`](super::super::UpdateRecordSettingsRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod update_record_settings_request {
            /// `operator_id` of [`UpdateRecordSettingsRequest`](super::super::super::UpdateRecordSettingsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `UpdateRecordSettingsRequest` is not set",
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
            /// `operator_id_type` of [`UpdateRecordSettingsRequest`](super::super::super::UpdateRecordSettingsRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `UpdateRecordSettingsRequest` is not set",
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
        /// The required fields of [`UploadRecordFileRequest`](super::super::UploadRecordFileRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod upload_record_file_request {
            /// `operator_id` of [`UploadRecordFileRequest`](super::super::super::UploadRecordFileRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `UploadRecordFileRequest` is not set",
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
            /// `operator_id_type` of [`UploadRecordFileRequest`](super::super::super::UploadRecordFileRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `UploadRecordFileRequest` is not set",
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
            /// `file_name` of [`UploadRecordFileRequest`](super::super::super::UploadRecordFileRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct file_name;
            /// What `build()` requires of `file_name`: implemented for the field's type alone, never for the marker [`file_name`].
            #[diagnostic::on_unimplemented(
                message = "the required field `file_name` of `UploadRecordFileRequest` is not set",
                label = "`file_name` is not set",
                note = "call `.file_name(...)` before `.build()`"
            )]
            pub trait FileNameIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> FileNameIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `file_type` of [`UploadRecordFileRequest`](super::super::super::UploadRecordFileRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct file_type;
            /// What `build()` requires of `file_type`: implemented for the field's type alone, never for the marker [`file_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `file_type` of `UploadRecordFileRequest` is not set",
                label = "`file_type` is not set",
                note = "call `.file_type(...)` before `.build()`"
            )]
            pub trait FileTypeIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> FileTypeIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `file_size` of [`UploadRecordFileRequest`](super::super::super::UploadRecordFileRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct file_size;
            /// What `build()` requires of `file_size`: implemented for the field's type alone, never for the marker [`file_size`].
            #[diagnostic::on_unimplemented(
                message = "the required field `file_size` of `UploadRecordFileRequest` is not set",
                label = "`file_size` is not set",
                note = "call `.file_size(...)` before `.build()`"
            )]
            pub trait FileSizeIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> FileSizeIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `file_checksum` of [`UploadRecordFileRequest`](super::super::super::UploadRecordFileRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct file_checksum;
            /// What `build()` requires of `file_checksum`: implemented for the field's type alone, never for the marker [`file_checksum`].
            #[diagnostic::on_unimplemented(
                message = "the required field `file_checksum` of `UploadRecordFileRequest` is not set",
                label = "`file_checksum` is not set",
                note = "call `.file_checksum(...)` before `.build()`"
            )]
            pub trait FileChecksumIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> FileChecksumIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `file_content` of [`UploadRecordFileRequest`](super::super::super::UploadRecordFileRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct file_content;
            /// What `build()` requires of `file_content`: implemented for the field's type alone, never for the marker [`file_content`].
            #[diagnostic::on_unimplemented(
                message = "the required field `file_content` of `UploadRecordFileRequest` is not set",
                label = "`file_content` is not set",
                note = "call `.file_content(...)` before `.build()`"
            )]
            pub trait FileContentIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> FileContentIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `speak_number` of [`UploadRecordFileRequest`](super::super::super::UploadRecordFileRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct speak_number;
            /// What `build()` requires of `speak_number`: implemented for the field's type alone, never for the marker [`speak_number`].
            #[diagnostic::on_unimplemented(
                message = "the required field `speak_number` of `UploadRecordFileRequest` is not set",
                label = "`speak_number` is not set",
                note = "call `.speak_number(...)` before `.build()`"
            )]
            pub trait SpeakNumberIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> SpeakNumberIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
        /// The required fields of [`UploadRecordPartRequest`](super::super::UploadRecordPartRequest) not set yet.
        #[allow(non_camel_case_types)]
        pub mod upload_record_part_request {
            /// `operator_id` of [`UploadRecordPartRequest`](super::super::super::UploadRecordPartRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id;
            /// What `build()` requires of `operator_id`: implemented for the field's type alone, never for the marker [`operator_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id` of `UploadRecordPartRequest` is not set",
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
            /// `operator_id_type` of [`UploadRecordPartRequest`](super::super::super::UploadRecordPartRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct operator_id_type;
            /// What `build()` requires of `operator_id_type`: implemented for the field's type alone, never for the marker [`operator_id_type`].
            #[diagnostic::on_unimplemented(
                message = "the required field `operator_id_type` of `UploadRecordPartRequest` is not set",
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
            /// `upload_id` of [`UploadRecordPartRequest`](super::super::super::UploadRecordPartRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct upload_id;
            /// What `build()` requires of `upload_id`: implemented for the field's type alone, never for the marker [`upload_id`].
            #[diagnostic::on_unimplemented(
                message = "the required field `upload_id` of `UploadRecordPartRequest` is not set",
                label = "`upload_id` is not set",
                note = "call `.upload_id(...)` before `.build()`"
            )]
            pub trait UploadIdIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> UploadIdIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `file_size` of [`UploadRecordPartRequest`](super::super::super::UploadRecordPartRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct file_size;
            /// What `build()` requires of `file_size`: implemented for the field's type alone, never for the marker [`file_size`].
            #[diagnostic::on_unimplemented(
                message = "the required field `file_size` of `UploadRecordPartRequest` is not set",
                label = "`file_size` is not set",
                note = "call `.file_size(...)` before `.build()`"
            )]
            pub trait FileSizeIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> FileSizeIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `file_seq` of [`UploadRecordPartRequest`](super::super::super::UploadRecordPartRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct file_seq;
            /// What `build()` requires of `file_seq`: implemented for the field's type alone, never for the marker [`file_seq`].
            #[diagnostic::on_unimplemented(
                message = "the required field `file_seq` of `UploadRecordPartRequest` is not set",
                label = "`file_seq` is not set",
                note = "call `.file_seq(...)` before `.build()`"
            )]
            pub trait FileSeqIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> FileSeqIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `file_checksum` of [`UploadRecordPartRequest`](super::super::super::UploadRecordPartRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct file_checksum;
            /// What `build()` requires of `file_checksum`: implemented for the field's type alone, never for the marker [`file_checksum`].
            #[diagnostic::on_unimplemented(
                message = "the required field `file_checksum` of `UploadRecordPartRequest` is not set",
                label = "`file_checksum` is not set",
                note = "call `.file_checksum(...)` before `.build()`"
            )]
            pub trait FileChecksumIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> FileChecksumIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
            /// `file_content` of [`UploadRecordPartRequest`](super::super::super::UploadRecordPartRequest) is not set yet.
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
            pub struct file_content;
            /// What `build()` requires of `file_content`: implemented for the field's type alone, never for the marker [`file_content`].
            #[diagnostic::on_unimplemented(
                message = "the required field `file_content` of `UploadRecordPartRequest` is not set",
                label = "`file_content` is not set",
                note = "call `.file_content(...)` before `.build()`"
            )]
            pub trait FileContentIsSet<T> {
                /// The field's value.
                fn into_field(self) -> T;
            }
            impl<T> FileContentIsSet<T> for T {
                #[inline]
                fn into_field(self) -> T {
                    self
                }
            }
        }
    }
}
/// What an access member may do with a recording (成员访问权限). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum RecordAccessPermission {
    /// View only (仅查看) (code 0).
    View,
    /// May manage (可管理) (code 1).
    Manage,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl RecordAccessPermission {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[Self::View, Self::Manage];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::View => 0u32,
            Self::Manage => 1u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::View,
            1u32 => Self::Manage,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::View => ::std::option::Option::Some("View only (仅查看)"),
            Self::Manage => ::std::option::Option::Some("May manage (可管理)"),
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(RecordAccessPermission);
/// What to do with applications to view a recording (审批动作). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum RecordApprovalAction {
    /// Approve (同意) (code 1).
    Approve,
    /// Ignore (忽略) (code 2).
    Ignore,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl RecordApprovalAction {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[Self::Approve, Self::Ignore];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Approve => 1u32,
            Self::Ignore => 2u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            1u32 => Self::Approve,
            2u32 => Self::Ignore,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Approve => ::std::option::Option::Some("Approve (同意)"),
            Self::Ignore => ::std::option::Option::Some("Ignore (忽略)"),
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(RecordApprovalAction);
/// Network a meeting ran on (会议类型), as the recording APIs name it: the list page labels 1 and 2 public-network and private-network meetings (公网会议, 专网会议), the SDK external and internal meetings (外部会议, 内部会议). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum RecordMediaSetType {
    /// All meetings (全部) (code 0).
    All,
    /// Public-network meeting (公网会议) (code 1).
    PublicNetwork,
    /// Private-network meeting (专网会议) (code 2).
    PrivateNetwork,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl RecordMediaSetType {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[
        Self::All,
        Self::PublicNetwork,
        Self::PrivateNetwork,
    ];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::All => 0u32,
            Self::PublicNetwork => 1u32,
            Self::PrivateNetwork => 2u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::All,
            1u32 => Self::PublicNetwork,
            2u32 => Self::PrivateNetwork,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::All => ::std::option::Option::Some("All meetings (全部)"),
            Self::PublicNetwork => {
                ::std::option::Option::Some("Public-network meeting (公网会议)")
            }
            Self::PrivateNetwork => {
                ::std::option::Option::Some("Private-network meeting (专网会议)")
            }
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(RecordMediaSetType);
/// An operation on a recording (查询事件类型): what the operations list filters on and reports. Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum RecordOperationType {
    /// Download (下载) (code 1).
    Download,
    /// View (查看) (code 2).
    View,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl RecordOperationType {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[Self::Download, Self::View];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Download => 1u32,
            Self::View => 2u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            1u32 => Self::Download,
            2u32 => Self::View,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Download => ::std::option::Option::Some("Download (下载)"),
            Self::View => ::std::option::Option::Some("View (查看)"),
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(RecordOperationType);
/// Kind of recording to list (录制类型). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum RecordQueryType {
    /// All kinds (全部) (code 0).
    All,
    /// Cloud recording (云录制) (code 1).
    Cloud,
    /// Uploaded recording (上传录制) (code 2).
    Uploaded,
    /// Text transcription (文字转写) (code 3).
    TextTranscription,
    /// Video recording from the client's recording panel (录制) (code 4).
    Video,
    /// Audio recording from the client's recording panel (录音) (code 5).
    Audio,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl RecordQueryType {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[
        Self::All,
        Self::Cloud,
        Self::Uploaded,
        Self::TextTranscription,
        Self::Video,
        Self::Audio,
    ];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::All => 0u32,
            Self::Cloud => 1u32,
            Self::Uploaded => 2u32,
            Self::TextTranscription => 3u32,
            Self::Video => 4u32,
            Self::Audio => 5u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::All,
            1u32 => Self::Cloud,
            2u32 => Self::Uploaded,
            3u32 => Self::TextTranscription,
            4u32 => Self::Video,
            5u32 => Self::Audio,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::All => ::std::option::Option::Some("All kinds (全部)"),
            Self::Cloud => ::std::option::Option::Some("Cloud recording (云录制)"),
            Self::Uploaded => {
                ::std::option::Option::Some("Uploaded recording (上传录制)")
            }
            Self::TextTranscription => {
                ::std::option::Option::Some("Text transcription (文字转写)")
            }
            Self::Video => {
                ::std::option::Option::Some(
                    "Video recording from the client's recording panel (录制)",
                )
            }
            Self::Audio => {
                ::std::option::Option::Some(
                    "Audio recording from the client's recording panel (录音)",
                )
            }
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(RecordQueryType);
/// Who may open a recording's sharing link (访问范围). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum RecordShareScope {
    /// Everyone (所有人) (code 0).
    Everyone,
    /// Members of the same enterprise (同企业) (code 1).
    SameEnterprise,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl RecordShareScope {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[Self::Everyone, Self::SameEnterprise];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Everyone => 0u32,
            Self::SameEnterprise => 1u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::Everyone,
            1u32 => Self::SameEnterprise,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Everyone => ::std::option::Option::Some("Everyone (所有人)"),
            Self::SameEnterprise => {
                ::std::option::Option::Some("Members of the same enterprise (同企业)")
            }
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(RecordShareScope);
/// Who may view a shared recording (共享权限类型), the retiring setting. Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum RecordSharingAuthType {
    /// Users who are logged in (仅允许登录用户查看) (code 0).
    LoggedIn,
    /// Members of the enterprise (仅企业用户成员可查看) (code 1).
    SameEnterprise,
    /// Participants of the meeting (仅参会成员可查看) (code 2).
    Participants,
    /// Everyone (全部成员可查看) (code 3).
    Everyone,
    /// Members whose application was approved (通过权限审批的成员可查看) (code 4).
    Approved,
    /// Members holding a WeChat invitation link (获取微信特邀链接的成员可查看) (code 5).
    WechatInvited,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl RecordSharingAuthType {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[
        Self::LoggedIn,
        Self::SameEnterprise,
        Self::Participants,
        Self::Everyone,
        Self::Approved,
        Self::WechatInvited,
    ];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::LoggedIn => 0u32,
            Self::SameEnterprise => 1u32,
            Self::Participants => 2u32,
            Self::Everyone => 3u32,
            Self::Approved => 4u32,
            Self::WechatInvited => 5u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::LoggedIn,
            1u32 => Self::SameEnterprise,
            2u32 => Self::Participants,
            3u32 => Self::Everyone,
            4u32 => Self::Approved,
            5u32 => Self::WechatInvited,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::LoggedIn => {
                ::std::option::Option::Some(
                    "Users who are logged in (仅允许登录用户查看)",
                )
            }
            Self::SameEnterprise => {
                ::std::option::Option::Some(
                    "Members of the enterprise (仅企业用户成员可查看)",
                )
            }
            Self::Participants => {
                ::std::option::Option::Some(
                    "Participants of the meeting (仅参会成员可查看)",
                )
            }
            Self::Everyone => {
                ::std::option::Option::Some("Everyone (全部成员可查看)")
            }
            Self::Approved => {
                ::std::option::Option::Some(
                    "Members whose application was approved (通过权限审批的成员可查看)",
                )
            }
            Self::WechatInvited => {
                ::std::option::Option::Some(
                    "Members holding a WeChat invitation link (获取微信特邀链接的成员可查看)",
                )
            }
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(RecordSharingAuthType);
/// State of a meeting recording (录制状态); files are listed only once transcoding is done. Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum RecordState {
    /// Recording (录制中) (code 1).
    Recording,
    /// Transcoding (转码中) (code 2).
    Transcoding,
    /// Transcoding done (转码完成) (code 3).
    Transcoded,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl RecordState {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[
        Self::Recording,
        Self::Transcoding,
        Self::Transcoded,
    ];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Recording => 1u32,
            Self::Transcoding => 2u32,
            Self::Transcoded => 3u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            1u32 => Self::Recording,
            2u32 => Self::Transcoding,
            3u32 => Self::Transcoded,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Recording => ::std::option::Option::Some("Recording (录制中)"),
            Self::Transcoding => ::std::option::Option::Some("Transcoding (转码中)"),
            Self::Transcoded => {
                ::std::option::Option::Some("Transcoding done (转码完成)")
            }
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(RecordState);
/// Version of a recording transcript (转写类型). Any other integer is accepted.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum RecordTranscriptType {
    /// Original text (原文版) (code 0).
    Original,
    /// Smart-optimized text (智能优化版) (code 1).
    Optimized,
    /// A code the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(u32),
}
impl RecordTranscriptType {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[Self::Original, Self::Optimized];
    /// The code on the wire.
    pub const fn code(self) -> u32 {
        match self {
            Self::Original => 0u32,
            Self::Optimized => 1u32,
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub const fn from_code(code: u32) -> Self {
        match code {
            0u32 => Self::Original,
            1u32 => Self::Optimized,
            other => Self::Other(other),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub const fn label(self) -> ::std::option::Option<&'static str> {
        match Self::from_code(self.code()) {
            Self::Original => ::std::option::Option::Some("Original text (原文版)"),
            Self::Optimized => {
                ::std::option::Option::Some("Smart-optimized text (智能优化版)")
            }
            Self::Other(_) => ::std::option::Option::None,
        }
    }
}
crate::code_list::code_list_impls!(RecordTranscriptType);
/// Kind of an uploaded recording file (文件类型). Any other string is accepted.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum RecordUploadFileType {
    /// Audio (音频): m4a, aiff, wma, ogg, aac, amr, wav, mp3; at most 500 MB in a part-by-part upload (`voice`).
    Voice,
    /// Video (视频): mp4, flv, mov, ogg, avi, wmv, m4v, 3gp, mpeg; at most 4 GB in a part-by-part upload (`video`).
    Video,
    /// A kind the docs do not list.
    ///
    /// Kept as is: it re-encodes unchanged.
    Other(::std::string::String),
}
impl RecordUploadFileType {
    /// Every code the docs name, in the schema's order.
    pub const DOCUMENTED: &'static [Self] = &[Self::Voice, Self::Video];
    /// The code on the wire.
    pub fn code(&self) -> &str {
        match self {
            Self::Voice => "voice",
            Self::Video => "video",
            Self::Other(code) => code,
        }
    }
    /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
    pub fn from_code(code: &str) -> Self {
        match code {
            "voice" => Self::Voice,
            "video" => Self::Video,
            other => Self::Other(other.to_owned()),
        }
    }
    /// The docs' label of the code, `None` for a code they do not list.
    pub fn label(&self) -> ::std::option::Option<&'static str> {
        match self.code() {
            "voice" => {
                ::std::option::Option::Some(
                    "Audio (音频): m4a, aiff, wma, ogg, aac, amr, wav, mp3; at most 500 MB in a part-by-part upload",
                )
            }
            "video" => {
                ::std::option::Option::Some(
                    "Video (视频): mp4, flv, mov, ogg, avi, wmv, m4v, 3gp, mpeg; at most 4 GB in a part-by-part upload",
                )
            }
            _ => ::std::option::Option::None,
        }
    }
}
crate::code_list::string_code_list_impls!(RecordUploadFileType);
/// `GET /v1/records`: List the cloud recordings of a time range (查询会议录制列表).
///
/// - path parameters: none
/// - request: [`ListRecordsRequest`](crate::records::ListRecordsRequest), in the query string (no body)
/// - response: [`ListRecordsResponse`](crate::records::ListRecordsResponse)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: accepts OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: by page number (`page`, `page_size`), the items in `record_meetings` ([`Paged`](crate::Paged))
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/51189); the official SDKs call it `V1RecordsGet`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ListRecords;
impl crate::Endpoint for ListRecords {
    const NAME: &'static str = "list_records";
    const METHOD: crate::Method = crate::Method::Get;
    const PATH_TEMPLATE: &'static str = "/v1/records";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = true;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = ();
    type Request = crate::records::ListRecordsRequest;
    type Response = crate::records::ListRecordsResponse;
}
impl crate::EncodeRequest for crate::records::ListRecordsRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        query.pair("operator_id", &self.operator_id);
        query.pair("operator_id_type", &self.operator_id_type);
        if let ::std::option::Option::Some(value) = &self.meeting_id {
            query.pair("meeting_id", value);
        }
        if let ::std::option::Option::Some(value) = &self.meeting_code {
            query.pair("meeting_code", value);
        }
        query.pair("start_time", &self.start_time);
        query.pair("end_time", &self.end_time);
        if let ::std::option::Option::Some(value) = &self.page_size {
            query.pair("page_size", value);
        }
        if let ::std::option::Option::Some(value) = &self.page {
            query.pair("page", value);
        }
        if let ::std::option::Option::Some(value) = &self.media_set_type {
            query.pair("media_set_type", value);
        }
        if let ::std::option::Option::Some(value) = &self.query_record_type {
            query.pair("query_record_type", value);
        }
        ::std::result::Result::Ok(query.finish())
    }
}
impl crate::Paged for ListRecords {
    type Item = crate::records::RecordMeeting;
    fn items(response: Self::Response) -> ::std::vec::Vec<Self::Item> {
        crate::paging::Items::into_items(response.record_meetings)
    }
    fn next_request(
        request: &Self::Request,
        response: &Self::Response,
    ) -> ::std::option::Option<Self::Request> {
        let page = crate::paging::page_after(
            crate::paging::Number::number(&request.page),
            crate::paging::Number::number(&request.page_size),
            crate::paging::Items::count(&response.record_meetings),
            crate::paging::Number::number(&response.total_page),
            crate::paging::Number::number(&response.total_count),
        )?;
        let mut next = ::std::clone::Clone::clone(request);
        next.page = crate::paging::Number::from_number(page)?;
        ::std::option::Option::Some(next)
    }
}
/// `GET /v1/addresses`: List the playback and download addresses of a meeting recording's files (查询会议录制地址).
///
/// - path parameters: none
/// - request: [`ListRecordAddressesRequest`](crate::records::ListRecordAddressesRequest), in the query string (no body)
/// - response: [`ListRecordAddressesResponse`](crate::records::ListRecordAddressesResponse)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: accepts OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: by page number (`page`, `page_size`), the items in `record_files` ([`Paged`](crate::Paged))
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/51174); the official SDKs call it `V1AddressesGet`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ListRecordAddresses;
impl crate::Endpoint for ListRecordAddresses {
    const NAME: &'static str = "list_record_addresses";
    const METHOD: crate::Method = crate::Method::Get;
    const PATH_TEMPLATE: &'static str = "/v1/addresses";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = true;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = ();
    type Request = crate::records::ListRecordAddressesRequest;
    type Response = crate::records::ListRecordAddressesResponse;
}
impl crate::EncodeRequest for crate::records::ListRecordAddressesRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        query.pair("meeting_record_id", &self.meeting_record_id);
        query.pair("operator_id", &self.operator_id);
        query.pair("operator_id_type", &self.operator_id_type);
        if let ::std::option::Option::Some(value) = &self.userid {
            query.pair("userid", value);
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            query.pair("page_size", value);
        }
        if let ::std::option::Option::Some(value) = &self.page {
            query.pair("page", value);
        }
        if let ::std::option::Option::Some(value) = &self.address_type {
            query.pair("address_type", value);
        }
        ::std::result::Result::Ok(query.finish())
    }
}
impl crate::Paged for ListRecordAddresses {
    type Item = crate::records::RecordFileAddress;
    fn items(response: Self::Response) -> ::std::vec::Vec<Self::Item> {
        crate::paging::Items::into_items(response.record_files)
    }
    fn next_request(
        request: &Self::Request,
        response: &Self::Response,
    ) -> ::std::option::Option<Self::Request> {
        let page = crate::paging::page_after(
            crate::paging::Number::number(&request.page),
            crate::paging::Number::number(&request.page_size),
            crate::paging::Items::count(&response.record_files),
            crate::paging::Number::number(&response.total_page),
            crate::paging::Number::number(&response.total_count),
        )?;
        let mut next = ::std::clone::Clone::clone(request);
        next.page = crate::paging::Number::from_number(page)?;
        ::std::option::Option::Some(next)
    }
}
/// `GET /v1/addresses/{record_file_id}`: Get one recording file with its addresses, transcripts and minutes (查询单个录制详情（文件、转写、纪要）).
///
/// - path parameters: [`GetRecordFilePath`](crate::records::GetRecordFilePath)
/// - request: [`GetRecordFileRequest`](crate::records::GetRecordFileRequest), in the query string (no body)
/// - response: [`GetRecordFileResponse`](crate::records::GetRecordFileResponse)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: accepts OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/51180); the official SDKs call it `V1AddressesRecordFileIdGet`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct GetRecordFile;
impl crate::Endpoint for GetRecordFile {
    const NAME: &'static str = "get_record_file";
    const METHOD: crate::Method = crate::Method::Get;
    const PATH_TEMPLATE: &'static str = "/v1/addresses/{record_file_id}";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = true;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = crate::records::GetRecordFilePath;
    type Request = crate::records::GetRecordFileRequest;
    type Response = crate::records::GetRecordFileResponse;
}
impl crate::PathParams for crate::records::GetRecordFilePath {
    #[inline]
    fn render_path(
        &self,
        template: &'static str,
    ) -> ::std::result::Result<::std::string::String, crate::ValidationError> {
        crate::endpoint::render_template(
            template,
            &[("record_file_id", self.record_file_id.as_str())],
        )
    }
    #[inline]
    fn param(&self, name: &str) -> ::std::option::Option<&str> {
        match name {
            "record_file_id" => ::std::option::Option::Some(self.record_file_id.as_str()),
            _ => ::std::option::Option::None,
        }
    }
}
impl crate::EncodeRequest for crate::records::GetRecordFileRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        query.pair("operator_id", &self.operator_id);
        query.pair("operator_id_type", &self.operator_id_type);
        if let ::std::option::Option::Some(value) = &self.userid {
            query.pair("userid", value);
        }
        if let ::std::option::Option::Some(value) = &self.address_type {
            query.pair("address_type", value);
        }
        ::std::result::Result::Ok(query.finish())
    }
}
/// `POST /v1/files/records/upload-all`: Upload a recording file of at most 20 MB in one request (上传录制文件).
///
/// - path parameters: none
/// - request: [`UploadRecordFileRequest`](crate::records::UploadRecordFileRequest), as a multipart form (`multipart/form-data`, the file streamed)
/// - response: [`RecordUploadJobResponse`](crate::records::RecordUploadJobResponse)
/// - retries: re-sent only when it certainly never reached the server
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/106694); the official SDKs call it `V1FilesRecordsUploadAllPost`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct UploadRecordFile;
impl crate::Endpoint for UploadRecordFile {
    const NAME: &'static str = "upload_record_file";
    const METHOD: crate::Method = crate::Method::Post;
    const PATH_TEMPLATE: &'static str = "/v1/files/records/upload-all";
    const RETRY: crate::RetryClass = crate::RetryClass::IfNotSent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = ();
    type Request = crate::records::UploadRecordFileRequest;
    type Response = crate::records::RecordUploadJobResponse;
}
impl crate::EncodeRequest for crate::records::UploadRecordFileRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut form = crate::request::Form::new();
        form.text("operator_id", &self.operator_id);
        form.text("operator_id_type", &self.operator_id_type);
        form.text("file_name", &self.file_name);
        form.text("file_type", &self.file_type);
        form.text("file_size", &self.file_size);
        form.text("file_checksum", &self.file_checksum);
        form.file("file_content", &self.file_content);
        form.text("speak_number", &self.speak_number);
        if let ::std::option::Option::Some(value) = &self.ai_record {
            form.text("ai_record", value);
        }
        ::std::result::Result::Ok(form.finish())
    }
}
/// `POST /v1/files/records/upload-prepare`: Start a part-by-part upload of a recording file (分块上传录制文件-预上传).
///
/// - path parameters: none
/// - request: [`PrepareRecordUploadRequest`](crate::records::PrepareRecordUploadRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: [`PrepareRecordUploadResponse`](crate::records::PrepareRecordUploadResponse)
/// - retries: re-sent only when it certainly never reached the server
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/106695); the official SDKs call it `V1FilesRecordsUploadPreparePost`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct PrepareRecordUpload;
impl crate::Endpoint for PrepareRecordUpload {
    const NAME: &'static str = "prepare_record_upload";
    const METHOD: crate::Method = crate::Method::Post;
    const PATH_TEMPLATE: &'static str = "/v1/files/records/upload-prepare";
    const RETRY: crate::RetryClass = crate::RetryClass::IfNotSent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = ();
    type Request = crate::records::PrepareRecordUploadRequest;
    type Response = crate::records::PrepareRecordUploadResponse;
}
impl crate::EncodeRequest for crate::records::PrepareRecordUploadRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `POST /v1/files/records/upload-part`: Upload one part of a part-by-part recording upload (分块上传录制文件-上传分块).
///
/// - path parameters: none
/// - request: [`UploadRecordPartRequest`](crate::records::UploadRecordPartRequest), as a multipart form (`multipart/form-data`, the file streamed)
/// - response: an empty body (`()`; any JSON body is accepted too)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/106696); the official SDKs call it `V1FilesRecordsUploadPartPost`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct UploadRecordPart;
impl crate::Endpoint for UploadRecordPart {
    const NAME: &'static str = "upload_record_part";
    const METHOD: crate::Method = crate::Method::Post;
    const PATH_TEMPLATE: &'static str = "/v1/files/records/upload-part";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = ();
    type Request = crate::records::UploadRecordPartRequest;
    type Response = ();
}
impl crate::EncodeRequest for crate::records::UploadRecordPartRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut form = crate::request::Form::new();
        form.text("operator_id", &self.operator_id);
        form.text("operator_id_type", &self.operator_id_type);
        form.text("upload_id", &self.upload_id);
        form.text("file_size", &self.file_size);
        form.text("file_seq", &self.file_seq);
        form.text("file_checksum", &self.file_checksum);
        form.file("file_content", &self.file_content);
        ::std::result::Result::Ok(form.finish())
    }
}
/// `POST /v1/files/records/upload-finish`: Finish a part-by-part recording upload (分块上传录制文件-完成上传).
///
/// - path parameters: none
/// - request: [`FinishRecordUploadRequest`](crate::records::FinishRecordUploadRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: [`RecordUploadJobResponse`](crate::records::RecordUploadJobResponse)
/// - retries: re-sent only when it certainly never reached the server
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/106697); the official SDKs call it `V1FilesRecordsUploadFinishPost`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct FinishRecordUpload;
impl crate::Endpoint for FinishRecordUpload {
    const NAME: &'static str = "finish_record_upload";
    const METHOD: crate::Method = crate::Method::Post;
    const PATH_TEMPLATE: &'static str = "/v1/files/records/upload-finish";
    const RETRY: crate::RetryClass = crate::RetryClass::IfNotSent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = ();
    type Request = crate::records::FinishRecordUploadRequest;
    type Response = crate::records::RecordUploadJobResponse;
}
impl crate::EncodeRequest for crate::records::FinishRecordUploadRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `GET /v1/metrics/records`: Get the daily view and download counts of a meeting recording (查询录制文件访问数据).
///
/// - path parameters: none
/// - request: [`GetRecordMetricsRequest`](crate::records::GetRecordMetricsRequest), in the query string (no body)
/// - response: [`GetRecordMetricsResponse`](crate::records::GetRecordMetricsResponse)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: accepts OAuth 2.0 access tokens
/// - documented error codes: 4049, 403
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/53222); the official SDKs call it `V1MetricsRecordsGet`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct GetRecordMetrics;
impl crate::Endpoint for GetRecordMetrics {
    const NAME: &'static str = "get_record_metrics";
    const METHOD: crate::Method = crate::Method::Get;
    const PATH_TEMPLATE: &'static str = "/v1/metrics/records";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = true;
    const ERRORS: &'static [crate::ErrorCode] = &[
        crate::ErrorCode::RECORD_NOT_EXIST,
        crate::ErrorCode::NO_RESOURCE_PERMISSION,
    ];
    type Path = ();
    type Request = crate::records::GetRecordMetricsRequest;
    type Response = crate::records::GetRecordMetricsResponse;
}
impl crate::EncodeRequest for crate::records::GetRecordMetricsRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        query.pair("meeting_record_id", &self.meeting_record_id);
        if let ::std::option::Option::Some(value) = &self.start_time {
            query.pair("start_time", value);
        }
        if let ::std::option::Option::Some(value) = &self.end_time {
            query.pair("end_time", value);
        }
        ::std::result::Result::Ok(query.finish())
    }
}
/// `DELETE /v1/records`: Delete every file of a meeting recording (删除会议录制).
///
/// - path parameters: none
/// - request: [`DeleteMeetingRecordRequest`](crate::records::DeleteMeetingRecordRequest), in the query string (no body)
/// - response: an empty body (`()`; any JSON body is accepted too)
/// - retries: re-sent only when it certainly never reached the server
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes: 7001, 403, 190001
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/51186); the official SDKs call it `V1RecordsDelete`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct DeleteMeetingRecord;
impl crate::Endpoint for DeleteMeetingRecord {
    const NAME: &'static str = "delete_meeting_record";
    const METHOD: crate::Method = crate::Method::Delete;
    const PATH_TEMPLATE: &'static str = "/v1/records";
    const RETRY: crate::RetryClass = crate::RetryClass::IfNotSent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[
        crate::ErrorCode::MEETING_INFO_NOT_FOUND,
        crate::ErrorCode::NO_RESOURCE_PERMISSION,
        crate::ErrorCode::USER_NOT_REGISTERED,
    ];
    type Path = ();
    type Request = crate::records::DeleteMeetingRecordRequest;
    type Response = ();
}
impl crate::EncodeRequest for crate::records::DeleteMeetingRecordRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        if let ::std::option::Option::Some(value) = &self.meeting_id {
            query.pair("meeting_id", value);
        }
        query.pair("meeting_record_id", &self.meeting_record_id);
        if let ::std::option::Option::Some(value) = &self.operator_id {
            query.pair("operator_id", value);
        }
        if let ::std::option::Option::Some(value) = &self.operator_id_type {
            query.pair("operator_id_type", value);
        }
        if let ::std::option::Option::Some(value) = &self.userid {
            query.pair("userid", value);
        }
        ::std::result::Result::Ok(query.finish())
    }
}
/// `DELETE /v1/records/{record_file_id}`: Delete one file of a meeting recording (删除单个录制文件).
///
/// - path parameters: [`DeleteRecordFilePath`](crate::records::DeleteRecordFilePath)
/// - request: [`DeleteRecordFileRequest`](crate::records::DeleteRecordFileRequest), in the query string (no body)
/// - response: an empty body (`()`; any JSON body is accepted too)
/// - retries: re-sent only when it certainly never reached the server
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes: 190001, 4051, 7003, 403
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/51187); the official SDKs call it `V1RecordsRecordFileIdDelete`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct DeleteRecordFile;
impl crate::Endpoint for DeleteRecordFile {
    const NAME: &'static str = "delete_record_file";
    const METHOD: crate::Method = crate::Method::Delete;
    const PATH_TEMPLATE: &'static str = "/v1/records/{record_file_id}";
    const RETRY: crate::RetryClass = crate::RetryClass::IfNotSent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[
        crate::ErrorCode::USER_NOT_REGISTERED,
        crate::ErrorCode::RECORD_FILE_ALREADY_DELETED,
        crate::ErrorCode::RECORD_FILE_NOT_FOUND,
        crate::ErrorCode::NO_RESOURCE_PERMISSION,
    ];
    type Path = crate::records::DeleteRecordFilePath;
    type Request = crate::records::DeleteRecordFileRequest;
    type Response = ();
}
impl crate::PathParams for crate::records::DeleteRecordFilePath {
    #[inline]
    fn render_path(
        &self,
        template: &'static str,
    ) -> ::std::result::Result<::std::string::String, crate::ValidationError> {
        crate::endpoint::render_template(
            template,
            &[("record_file_id", self.record_file_id.as_str())],
        )
    }
    #[inline]
    fn param(&self, name: &str) -> ::std::option::Option<&str> {
        match name {
            "record_file_id" => ::std::option::Option::Some(self.record_file_id.as_str()),
            _ => ::std::option::Option::None,
        }
    }
}
impl crate::EncodeRequest for crate::records::DeleteRecordFileRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        if let ::std::option::Option::Some(value) = &self.meeting_id {
            query.pair("meeting_id", value);
        }
        if let ::std::option::Option::Some(value) = &self.operator_id {
            query.pair("operator_id", value);
        }
        if let ::std::option::Option::Some(value) = &self.operator_id_type {
            query.pair("operator_id_type", value);
        }
        if let ::std::option::Option::Some(value) = &self.userid {
            query.pair("userid", value);
        }
        ::std::result::Result::Ok(query.finish())
    }
}
/// `POST /v1/records/access/{meeting_record_id}`: Add access members to a meeting recording (添加录制访问成员).
///
/// - path parameters: [`AddRecordAccessMembersPath`](crate::records::AddRecordAccessMembersPath)
/// - request: [`AddRecordAccessMembersRequest`](crate::records::AddRecordAccessMembersRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: [`AddRecordAccessMembersResponse`](crate::records::AddRecordAccessMembersResponse)
/// - retries: re-sent only when it certainly never reached the server
/// - authentication: accepts OAuth 2.0 access tokens
/// - documented error codes: 41
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/104135); the official SDKs call it `V1RecordsAccessMeetingRecordIdPost`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct AddRecordAccessMembers;
impl crate::Endpoint for AddRecordAccessMembers {
    const NAME: &'static str = "add_record_access_members";
    const METHOD: crate::Method = crate::Method::Post;
    const PATH_TEMPLATE: &'static str = "/v1/records/access/{meeting_record_id}";
    const RETRY: crate::RetryClass = crate::RetryClass::IfNotSent;
    const OAUTH2: bool = true;
    const ERRORS: &'static [crate::ErrorCode] = &[
        crate::ErrorCode::SERVICE_NETWORK_ERROR,
    ];
    type Path = crate::records::AddRecordAccessMembersPath;
    type Request = crate::records::AddRecordAccessMembersRequest;
    type Response = crate::records::AddRecordAccessMembersResponse;
}
impl crate::PathParams for crate::records::AddRecordAccessMembersPath {
    #[inline]
    fn render_path(
        &self,
        template: &'static str,
    ) -> ::std::result::Result<::std::string::String, crate::ValidationError> {
        crate::endpoint::render_template(
            template,
            &[("meeting_record_id", self.meeting_record_id.as_str())],
        )
    }
    #[inline]
    fn param(&self, name: &str) -> ::std::option::Option<&str> {
        match name {
            "meeting_record_id" => {
                ::std::option::Option::Some(self.meeting_record_id.as_str())
            }
            _ => ::std::option::Option::None,
        }
    }
}
impl crate::EncodeRequest for crate::records::AddRecordAccessMembersRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `DELETE /v1/records/access/{meeting_record_id}`: Remove access members of a meeting recording (移除录制访问成员).
///
/// - path parameters: [`RemoveRecordAccessMembersPath`](crate::records::RemoveRecordAccessMembersPath)
/// - request: [`RemoveRecordAccessMembersRequest`](crate::records::RemoveRecordAccessMembersRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: an empty body (`()`; any JSON body is accepted too)
/// - retries: re-sent only when it certainly never reached the server
/// - authentication: accepts OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/104136); the official SDKs call it `V1RecordsAccessMeetingRecordIdDelete`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct RemoveRecordAccessMembers;
impl crate::Endpoint for RemoveRecordAccessMembers {
    const NAME: &'static str = "remove_record_access_members";
    const METHOD: crate::Method = crate::Method::Delete;
    const PATH_TEMPLATE: &'static str = "/v1/records/access/{meeting_record_id}";
    const RETRY: crate::RetryClass = crate::RetryClass::IfNotSent;
    const OAUTH2: bool = true;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = crate::records::RemoveRecordAccessMembersPath;
    type Request = crate::records::RemoveRecordAccessMembersRequest;
    type Response = ();
}
impl crate::PathParams for crate::records::RemoveRecordAccessMembersPath {
    #[inline]
    fn render_path(
        &self,
        template: &'static str,
    ) -> ::std::result::Result<::std::string::String, crate::ValidationError> {
        crate::endpoint::render_template(
            template,
            &[("meeting_record_id", self.meeting_record_id.as_str())],
        )
    }
    #[inline]
    fn param(&self, name: &str) -> ::std::option::Option<&str> {
        match name {
            "meeting_record_id" => {
                ::std::option::Option::Some(self.meeting_record_id.as_str())
            }
            _ => ::std::option::Option::None,
        }
    }
}
impl crate::EncodeRequest for crate::records::RemoveRecordAccessMembersRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `PUT /v1/records/approvals/{meeting_record_id}`: Approve or ignore applications to view a cloud recording (审批云录制权限).
///
/// - path parameters: [`ApproveRecordApplicationsPath`](crate::records::ApproveRecordApplicationsPath)
/// - request: [`ApproveRecordApplicationsRequest`](crate::records::ApproveRecordApplicationsRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: an empty body (`()`; any JSON body is accepted too)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: accepts OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/90395); the official SDKs call it `V1RecordsApprovalsMeetingRecordIdPut`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ApproveRecordApplications;
impl crate::Endpoint for ApproveRecordApplications {
    const NAME: &'static str = "approve_record_applications";
    const METHOD: crate::Method = crate::Method::Put;
    const PATH_TEMPLATE: &'static str = "/v1/records/approvals/{meeting_record_id}";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = true;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = crate::records::ApproveRecordApplicationsPath;
    type Request = crate::records::ApproveRecordApplicationsRequest;
    type Response = ();
}
impl crate::PathParams for crate::records::ApproveRecordApplicationsPath {
    #[inline]
    fn render_path(
        &self,
        template: &'static str,
    ) -> ::std::result::Result<::std::string::String, crate::ValidationError> {
        crate::endpoint::render_template(
            template,
            &[("meeting_record_id", self.meeting_record_id.as_str())],
        )
    }
    #[inline]
    fn param(&self, name: &str) -> ::std::option::Option<&str> {
        match name {
            "meeting_record_id" => {
                ::std::option::Option::Some(self.meeting_record_id.as_str())
            }
            _ => ::std::option::Option::None,
        }
    }
}
impl crate::EncodeRequest for crate::records::ApproveRecordApplicationsRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `GET /v1/records/events`: List who viewed or downloaded a meeting recording (获取会议录制操作（查看、下载）记录).
///
/// - path parameters: none
/// - request: [`ListRecordOperationsRequest`](crate::records::ListRecordOperationsRequest), in the query string (no body)
/// - response: [`ListRecordOperationsResponse`](crate::records::ListRecordOperationsResponse)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: accepts OAuth 2.0 access tokens
/// - documented error codes: 4049, 4044, 403
/// - paging: by page number (`page`, `page_size`), the items in `events` ([`Paged`](crate::Paged))
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/53223); the official SDKs call it `V1RecordsEventsGet`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ListRecordOperations;
impl crate::Endpoint for ListRecordOperations {
    const NAME: &'static str = "list_record_operations";
    const METHOD: crate::Method = crate::Method::Get;
    const PATH_TEMPLATE: &'static str = "/v1/records/events";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = true;
    const ERRORS: &'static [crate::ErrorCode] = &[
        crate::ErrorCode::RECORD_NOT_EXIST,
        crate::ErrorCode::RECORD_NOT_FINISHED,
        crate::ErrorCode::NO_RESOURCE_PERMISSION,
    ];
    type Path = ();
    type Request = crate::records::ListRecordOperationsRequest;
    type Response = crate::records::ListRecordOperationsResponse;
}
impl crate::EncodeRequest for crate::records::ListRecordOperationsRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        query.pair("meeting_record_id", &self.meeting_record_id);
        query.pair("event_type", &self.event_type);
        if let ::std::option::Option::Some(value) = &self.page_size {
            query.pair("page_size", value);
        }
        if let ::std::option::Option::Some(value) = &self.page {
            query.pair("page", value);
        }
        if let ::std::option::Option::Some(value) = &self.start_time {
            query.pair("start_time", value);
        }
        if let ::std::option::Option::Some(value) = &self.end_time {
            query.pair("end_time", value);
        }
        ::std::result::Result::Ok(query.finish())
    }
}
impl crate::Paged for ListRecordOperations {
    type Item = crate::records::RecordOperation;
    fn items(response: Self::Response) -> ::std::vec::Vec<Self::Item> {
        crate::paging::Items::into_items(response.events)
    }
    fn next_request(
        request: &Self::Request,
        response: &Self::Response,
    ) -> ::std::option::Option<Self::Request> {
        let page = crate::paging::page_after(
            crate::paging::Number::number(&request.page),
            crate::paging::Number::number(&request.page_size),
            crate::paging::Items::count(&response.events),
            crate::paging::Number::number(&response.total_page),
            crate::paging::Number::number(&response.total_count),
        )?;
        let mut next = ::std::clone::Clone::clone(request);
        next.page = crate::paging::Number::from_number(page)?;
        ::std::option::Option::Some(next)
    }
}
/// `GET /v1/records/settings/{meeting_record_id}`: Get the sharing settings of a meeting recording (查询会议录制共享设置).
///
/// - path parameters: [`GetRecordSettingsPath`](crate::records::GetRecordSettingsPath)
/// - request: [`GetRecordSettingsRequest`](crate::records::GetRecordSettingsRequest), in the query string (no body)
/// - response: [`GetRecordSettingsResponse`](crate::records::GetRecordSettingsResponse)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: accepts OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/105655); the official SDKs call it `V1RecordsSettingsMeetingRecordIdGet`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct GetRecordSettings;
impl crate::Endpoint for GetRecordSettings {
    const NAME: &'static str = "get_record_settings";
    const METHOD: crate::Method = crate::Method::Get;
    const PATH_TEMPLATE: &'static str = "/v1/records/settings/{meeting_record_id}";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = true;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = crate::records::GetRecordSettingsPath;
    type Request = crate::records::GetRecordSettingsRequest;
    type Response = crate::records::GetRecordSettingsResponse;
}
impl crate::PathParams for crate::records::GetRecordSettingsPath {
    #[inline]
    fn render_path(
        &self,
        template: &'static str,
    ) -> ::std::result::Result<::std::string::String, crate::ValidationError> {
        crate::endpoint::render_template(
            template,
            &[("meeting_record_id", self.meeting_record_id.as_str())],
        )
    }
    #[inline]
    fn param(&self, name: &str) -> ::std::option::Option<&str> {
        match name {
            "meeting_record_id" => {
                ::std::option::Option::Some(self.meeting_record_id.as_str())
            }
            _ => ::std::option::Option::None,
        }
    }
}
impl crate::EncodeRequest for crate::records::GetRecordSettingsRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        query.pair("operator_id", &self.operator_id);
        query.pair("operator_id_type", &self.operator_id_type);
        ::std::result::Result::Ok(query.finish())
    }
}
/// `PUT /v1/records/settings/{meeting_record_id}`: Change the sharing settings of a meeting recording (修改会议录制共享设置).
///
/// - path parameters: [`UpdateRecordSettingsPath`](crate::records::UpdateRecordSettingsPath)
/// - request: [`UpdateRecordSettingsRequest`](crate::records::UpdateRecordSettingsRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: an empty body (`()`; any JSON body is accepted too)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: accepts OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/52663); the official SDKs call it `V1RecordsSettingsMeetingRecordIdPut`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct UpdateRecordSettings;
impl crate::Endpoint for UpdateRecordSettings {
    const NAME: &'static str = "update_record_settings";
    const METHOD: crate::Method = crate::Method::Put;
    const PATH_TEMPLATE: &'static str = "/v1/records/settings/{meeting_record_id}";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = true;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = crate::records::UpdateRecordSettingsPath;
    type Request = crate::records::UpdateRecordSettingsRequest;
    type Response = ();
}
impl crate::PathParams for crate::records::UpdateRecordSettingsPath {
    #[inline]
    fn render_path(
        &self,
        template: &'static str,
    ) -> ::std::result::Result<::std::string::String, crate::ValidationError> {
        crate::endpoint::render_template(
            template,
            &[("meeting_record_id", self.meeting_record_id.as_str())],
        )
    }
    #[inline]
    fn param(&self, name: &str) -> ::std::option::Option<&str> {
        match name {
            "meeting_record_id" => {
                ::std::option::Option::Some(self.meeting_record_id.as_str())
            }
            _ => ::std::option::Option::None,
        }
    }
}
impl crate::EncodeRequest for crate::records::UpdateRecordSettingsRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `GET /v1/records/transcripts/details`: Get the transcript of a recording file, paragraph by paragraph (查询录制转写详情).
///
/// - path parameters: none
/// - request: [`GetRecordTranscriptRequest`](crate::records::GetRecordTranscriptRequest), in the query string (no body)
/// - response: [`GetRecordTranscriptResponse`](crate::records::GetRecordTranscriptResponse)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: accepts OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/65111); the official SDKs call it `V1RecordsTranscriptsDetailsGet`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct GetRecordTranscript;
impl crate::Endpoint for GetRecordTranscript {
    const NAME: &'static str = "get_record_transcript";
    const METHOD: crate::Method = crate::Method::Get;
    const PATH_TEMPLATE: &'static str = "/v1/records/transcripts/details";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = true;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = ();
    type Request = crate::records::GetRecordTranscriptRequest;
    type Response = crate::records::GetRecordTranscriptResponse;
}
impl crate::EncodeRequest for crate::records::GetRecordTranscriptRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        if let ::std::option::Option::Some(value) = &self.meeting_id {
            query.pair("meeting_id", value);
        }
        query.pair("record_file_id", &self.record_file_id);
        if let ::std::option::Option::Some(value) = &self.pid {
            query.pair("pid", value);
        }
        if let ::std::option::Option::Some(value) = &self.limit {
            query.pair("limit", value);
        }
        query.pair("operator_id", &self.operator_id);
        query.pair("operator_id_type", &self.operator_id_type);
        if let ::std::option::Option::Some(value) = &self.transcripts_type {
            query.pair("transcripts_type", value);
        }
        ::std::result::Result::Ok(query.finish())
    }
}
/// `GET /v1/records/transcripts/paragraphs`: List the paragraphs of a recording's transcript (查询录制转写段落信息).
///
/// - path parameters: none
/// - request: [`ListTranscriptParagraphsRequest`](crate::records::ListTranscriptParagraphsRequest), in the query string (no body)
/// - response: [`ListTranscriptParagraphsResponse`](crate::records::ListTranscriptParagraphsResponse)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: accepts OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/65115); the official SDKs call it `V1RecordsTranscriptsParagraphsGet`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ListTranscriptParagraphs;
impl crate::Endpoint for ListTranscriptParagraphs {
    const NAME: &'static str = "list_transcript_paragraphs";
    const METHOD: crate::Method = crate::Method::Get;
    const PATH_TEMPLATE: &'static str = "/v1/records/transcripts/paragraphs";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = true;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = ();
    type Request = crate::records::ListTranscriptParagraphsRequest;
    type Response = crate::records::ListTranscriptParagraphsResponse;
}
impl crate::EncodeRequest for crate::records::ListTranscriptParagraphsRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        if let ::std::option::Option::Some(value) = &self.meeting_id {
            query.pair("meeting_id", value);
        }
        query.pair("record_file_id", &self.record_file_id);
        query.pair("operator_id_type", &self.operator_id_type);
        query.pair("operator_id", &self.operator_id);
        ::std::result::Result::Ok(query.finish())
    }
}
/// `GET /v1/records/transcripts/search`: Search a recording's transcript for a text (查询录制转写搜索结果).
///
/// - path parameters: none
/// - request: [`SearchTranscriptRequest`](crate::records::SearchTranscriptRequest), in the query string (no body)
/// - response: [`SearchTranscriptResponse`](crate::records::SearchTranscriptResponse)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: accepts OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/65116); the official SDKs call it `V1RecordsTranscriptsSearchGet`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct SearchTranscript;
impl crate::Endpoint for SearchTranscript {
    const NAME: &'static str = "search_transcript";
    const METHOD: crate::Method = crate::Method::Get;
    const PATH_TEMPLATE: &'static str = "/v1/records/transcripts/search";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = true;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = ();
    type Request = crate::records::SearchTranscriptRequest;
    type Response = crate::records::SearchTranscriptResponse;
}
impl crate::EncodeRequest for crate::records::SearchTranscriptRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        if let ::std::option::Option::Some(value) = &self.meeting_id {
            query.pair("meeting_id", value);
        }
        query.pair("record_file_id", &self.record_file_id);
        query.pair("operator_id", &self.operator_id);
        query.pair("operator_id_type", &self.operator_id_type);
        query.pair("text", &self.text);
        if let ::std::option::Option::Some(value) = &self.transcripts_type {
            query.pair("transcripts_type", value);
        }
        ::std::result::Result::Ok(query.finish())
    }
}
/// `PUT /v1/records/transfer-recording`: Have a private-network meeting's recording transferred, with a deletion policy (设置专网会议转存).
///
/// - path parameters: none
/// - request: [`SetRecordTransferRequest`](crate::records::SetRecordTransferRequest), in the JSON body (a property marked `x-in: query` in the query string)
/// - response: an empty body (`()`; any JSON body is accepted too)
/// - retries: re-sent only when it certainly never reached the server
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes:
/// - paging: none
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/97285); the official SDKs call it `V1RecordsTransferRecordingPut`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct SetRecordTransfer;
impl crate::Endpoint for SetRecordTransfer {
    const NAME: &'static str = "set_record_transfer";
    const METHOD: crate::Method = crate::Method::Put;
    const PATH_TEMPLATE: &'static str = "/v1/records/transfer-recording";
    const RETRY: crate::RetryClass = crate::RetryClass::IfNotSent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[];
    type Path = ();
    type Request = crate::records::SetRecordTransferRequest;
    type Response = ();
}
impl crate::EncodeRequest for crate::records::SetRecordTransferRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        query.pair("meeting_id", &self.meeting_id);
        query.pair("meeting_record_id", &self.meeting_record_id);
        crate::request::Encoded::json_with_query(
            self,
            &["meeting_id", "meeting_record_id"],
            query,
        )
    }
}
/// `GET /v1/records/view-details`: List every playback of a recording file in a time range (查询录制文件观看流水记录).
///
/// - path parameters: none
/// - request: [`ListRecordViewsRequest`](crate::records::ListRecordViewsRequest), in the query string (no body)
/// - response: [`ListRecordViewsResponse`](crate::records::ListRecordViewsResponse)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: accepts OAuth 2.0 access tokens
/// - documented error codes: 9042
/// - paging: by page number (`page`, `page_size`), the items in `view_details` ([`Paged`](crate::Paged))
/// - source: [the doc page](https://cloud.tencent.com/document/product/1095/84717); the official SDKs call it `V1RecordsViewDetailsGet`
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct ListRecordViews;
impl crate::Endpoint for ListRecordViews {
    const NAME: &'static str = "list_record_views";
    const METHOD: crate::Method = crate::Method::Get;
    const PATH_TEMPLATE: &'static str = "/v1/records/view-details";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = true;
    const ERRORS: &'static [crate::ErrorCode] = &[crate::ErrorCode::NO_PERMISSION];
    type Path = ();
    type Request = crate::records::ListRecordViewsRequest;
    type Response = crate::records::ListRecordViewsResponse;
}
impl crate::EncodeRequest for crate::records::ListRecordViewsRequest {
    #[inline]
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        query.pair("record_file_id", &self.record_file_id);
        query.pair("operator_id_type", &self.operator_id_type);
        query.pair("operator_id", &self.operator_id);
        if let ::std::option::Option::Some(value) = &self.page_size {
            query.pair("page_size", value);
        }
        if let ::std::option::Option::Some(value) = &self.page {
            query.pair("page", value);
        }
        if let ::std::option::Option::Some(value) = &self.start_time {
            query.pair("start_time", value);
        }
        if let ::std::option::Option::Some(value) = &self.end_time {
            query.pair("end_time", value);
        }
        ::std::result::Result::Ok(query.finish())
    }
}
impl crate::Paged for ListRecordViews {
    type Item = crate::records::RecordViewDetail;
    fn items(response: Self::Response) -> ::std::vec::Vec<Self::Item> {
        crate::paging::Items::into_items(response.view_details)
    }
    fn next_request(
        request: &Self::Request,
        response: &Self::Response,
    ) -> ::std::option::Option<Self::Request> {
        let page = crate::paging::page_after(
            crate::paging::Number::number(&request.page),
            crate::paging::Number::number(&request.page_size),
            crate::paging::Items::count(&response.view_details),
            crate::paging::Number::number(&response.total_page),
            crate::paging::Number::number(&response.total_count),
        )?;
        let mut next = ::std::clone::Clone::clone(request);
        next.page = crate::paging::Number::from_number(page)?;
        ::std::option::Option::Some(next)
    }
}
impl crate::ResponseBody for crate::records::ListRecordsResponse {
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
impl crate::ResponseBody for crate::records::ListRecordAddressesResponse {
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
impl crate::ResponseBody for crate::records::GetRecordFileResponse {
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
impl crate::ResponseBody for crate::records::RecordUploadJobResponse {
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
impl crate::ResponseBody for crate::records::PrepareRecordUploadResponse {
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
impl crate::ResponseBody for crate::records::GetRecordMetricsResponse {
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
impl crate::ResponseBody for crate::records::AddRecordAccessMembersResponse {
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
impl crate::ResponseBody for crate::records::ListRecordOperationsResponse {
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
impl crate::ResponseBody for crate::records::GetRecordSettingsResponse {
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
impl crate::ResponseBody for crate::records::GetRecordTranscriptResponse {
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
impl crate::ResponseBody for crate::records::ListTranscriptParagraphsResponse {
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
impl crate::ResponseBody for crate::records::SearchTranscriptResponse {
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
impl crate::ResponseBody for crate::records::ListRecordViewsResponse {
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
    /// JSON Schema (Draft-07, self-contained) of [`AddRecordAccessMembersPath`](crate::records::AddRecordAccessMembersPath), bundled from `schemas/records/add-record-access-members.path.json`.
    pub const ADD_RECORD_ACCESS_MEMBERS_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/AddRecordAccessMembersPath",
  "definitions": {
    "AddRecordAccessMembersPath": {
      "title": "AddRecordAccessMembersPath",
      "description": "Path parameters of `POST /v1/records/access/{meeting_record_id}`; the page spells the placeholder `{meeting_record_id}` too.",
      "type": "object",
      "required": [
        "meeting_record_id"
      ],
      "examples": [
        {
          "meeting_record_id": "12345678"
        }
      ],
      "properties": {
        "meeting_record_id": {
          "description": "Meeting recording ID (会议录制 ID), as the recording list answers it.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`AddRecordAccessMembersRequest`](crate::records::AddRecordAccessMembersRequest), bundled from `schemas/records/add-record-access-members.request.json`.
    pub const ADD_RECORD_ACCESS_MEMBERS_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/AddRecordAccessMembersRequest",
  "definitions": {
    "AddRecordAccessMembersRequest": {
      "title": "AddRecordAccessMembersRequest",
      "description": "Body of `POST /v1/records/access/{meeting_record_id}`: add participants or enterprise members as access members of a recording, each able to view or to manage it (添加录制访问成员). Only the meeting creator, an enterprise super administrator or a role with the recording-management permission may call it (权限点：管理会议录制). At most 200 members a call (一次最多传入200个); calls add up (累加型接口). Members that could not be added come back in `fail_access_members`.",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type",
        "access_members"
      ],
      "examples": [
        {
          "operator_id": "test",
          "operator_id_type": 1,
          "access_members": [
            {
              "to_operator_id_type": 1,
              "to_operator_id": "user1"
            },
            {
              "to_operator_id_type": 1,
              "to_operator_id": "user2"
            }
          ]
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
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid, the types this page lists.",
          "$ref": "#/definitions/OperatorIdType",
          "enum": [
            1,
            2
          ]
        },
        "access_members": {
          "description": "The members to add (成员列表), at most 200 a call.",
          "type": "array",
          "maxItems": 200,
          "items": {
            "$ref": "#/definitions/RecordAccessMember"
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
    "RecordAccessMember": {
      "title": "RecordAccessMember",
      "description": "A member to give access to a recording (AccessMember 对象): a participant of the meeting or a member of the enterprise (只支持设置参会成员或企业内成员).",
      "type": "object",
      "required": [
        "to_operator_id_type",
        "to_operator_id"
      ],
      "properties": {
        "to_operator_id_type": {
          "description": "What kind of ID `to_operator_id` is (被操作者 ID 类型): 1 userid, 2 open_id, 4 ms_open_id.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "to_operator_id": {
          "description": "ID of the member (被操作者 ID), of the kind `to_operator_id_type` names.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "permission": {
          "description": "What the member may do (成员访问权限): 0 view only (the default), 1 manage.",
          "$ref": "#/definitions/RecordAccessPermission"
        }
      }
    },
    "RecordAccessPermission": {
      "title": "RecordAccessPermission",
      "description": "What an access member may do with a recording (成员访问权限). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "View",
          "description": "View only (仅查看)"
        },
        {
          "const": 1,
          "title": "Manage",
          "description": "May manage (可管理)"
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
    /// JSON Schema (Draft-07, self-contained) of [`AddRecordAccessMembersResponse`](crate::records::AddRecordAccessMembersResponse), bundled from `schemas/records/add-record-access-members.response.json`.
    pub const ADD_RECORD_ACCESS_MEMBERS_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/AddRecordAccessMembersResponse",
  "definitions": {
    "AddRecordAccessMembersResponse": {
      "title": "AddRecordAccessMembersResponse",
      "description": "Body of a successful `POST /v1/records/access/{meeting_record_id}`: the members that could not be added (未添加成功的对象列表). Lenient: unknown fields are kept. The page as stored is cut before its output example: this one is written from its table.",
      "type": "object",
      "examples": [
        {
          "fail_access_members": [
            {
              "to_operator_id_type": 1,
              "to_operator_id": "user2",
              "permission": 0
            }
          ]
        }
      ],
      "properties": {
        "fail_access_members": {
          "description": "Members not added (未添加成功的对象列表); they must be of the same enterprise or participants (需要同企业或参会成员).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/FailedRecordAccessMember"
          }
        }
      },
      "x-keep-unknown": true
    },
    "FailedRecordAccessMember": {
      "title": "FailedRecordAccessMember",
      "description": "A member that could not be given access (AccessMember 对象).",
      "type": "object",
      "properties": {
        "to_operator_id_type": {
          "description": "What kind of ID `to_operator_id` is (被操作者 ID 类型).",
          "$ref": "#/definitions/OperatorIdType"
        },
        "to_operator_id": {
          "description": "ID of the member (被操作者 ID).",
          "type": "string"
        },
        "permission": {
          "description": "The access asked for (成员访问权限).",
          "$ref": "#/definitions/RecordAccessPermission"
        }
      },
      "x-keep-unknown": true
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
    "RecordAccessPermission": {
      "title": "RecordAccessPermission",
      "description": "What an access member may do with a recording (成员访问权限). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "View",
          "description": "View only (仅查看)"
        },
        {
          "const": 1,
          "title": "Manage",
          "description": "May manage (可管理)"
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
    /// JSON Schema (Draft-07, self-contained) of [`ApproveRecordApplicationsPath`](crate::records::ApproveRecordApplicationsPath), bundled from `schemas/records/approve-record-applications.path.json`.
    pub const APPROVE_RECORD_APPLICATIONS_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/ApproveRecordApplicationsPath",
  "definitions": {
    "ApproveRecordApplicationsPath": {
      "title": "ApproveRecordApplicationsPath",
      "description": "Path parameters of `PUT /v1/records/approvals/{meeting_record_id}`; the page spells the placeholder `{meeting_record_id}` too.",
      "type": "object",
      "required": [
        "meeting_record_id"
      ],
      "examples": [
        {
          "meeting_record_id": "123456667"
        }
      ],
      "properties": {
        "meeting_record_id": {
          "description": "Meeting recording ID (会议录制 ID), as the recording list answers it.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`ApproveRecordApplicationsRequest`](crate::records::ApproveRecordApplicationsRequest), bundled from `schemas/records/approve-record-applications.request.json`.
    pub const APPROVE_RECORD_APPLICATIONS_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/ApproveRecordApplicationsRequest",
  "definitions": {
    "ApproveRecordApplicationsRequest": {
      "title": "ApproveRecordApplicationsRequest",
      "description": "Body of `PUT /v1/records/approvals/{meeting_record_id}`: approve or ignore applications to view a cloud recording (审批云录制权限). The meeting creator, an enterprise super administrator or a user with the recording-management permission may call it. Application IDs come from the event `recording.apply` (云录制查看申请). With `operator_id_type` 2, `operator_id` must equal the `openid` of the request headers. The page's prose also allows a `userid` instead of `operator_id` (not with OAuth); the table lists no such field and the SDK sends none, so it is left out. Page 90395 as stored lost its required marks: the required set is the SDK's.",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type",
        "apply_id_list",
        "action"
      ],
      "examples": [
        {
          "operator_id_type": 1,
          "operator_id": "user1",
          "apply_id_list": [
            "12345678",
            "23456789"
          ],
          "action": 1
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID); what it is depends on `operator_id_type`. With type 2 it must equal the request's `openid` header (必须和公共参数的 openid 一致).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid, the types this page lists.",
          "$ref": "#/definitions/OperatorIdType",
          "enum": [
            1,
            2
          ]
        },
        "apply_id_list": {
          "description": "IDs of the applications to decide (申请 ID 列表), as the event `recording.apply` gives them.",
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1
          }
        },
        "action": {
          "description": "The decision (审批动作): 1 approve, 2 ignore.",
          "$ref": "#/definitions/RecordApprovalAction"
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
    "RecordApprovalAction": {
      "title": "RecordApprovalAction",
      "description": "What to do with applications to view a recording (审批动作). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "Approve",
          "description": "Approve (同意)"
        },
        {
          "const": 2,
          "title": "Ignore",
          "description": "Ignore (忽略)"
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
    /// JSON Schema (Draft-07, self-contained) of [`DeleteMeetingRecordRequest`](crate::records::DeleteMeetingRecordRequest), bundled from `schemas/records/delete-meeting-record.request.json`.
    pub const DELETE_MEETING_RECORD_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/DeleteMeetingRecordRequest",
  "definitions": {
    "DeleteMeetingRecordRequest": {
      "title": "DeleteMeetingRecordRequest",
      "description": "Query string of `DELETE /v1/records`: delete every cloud-recording file of a meeting recording (删除会议录制). Enterprise self-built apps only (不支持OAuth). The event `recording.deleted` (删除云录制) reports the deletion. Page 51186 as stored lost its required marks: `meeting_record_id` is required as the SDK has it; the caller is identified by `operator_id` + `operator_id_type` (current page) or `userid` (older page, still sent by the SDK), so none of the three is required here.",
      "type": "object",
      "required": [
        "meeting_record_id"
      ],
      "examples": [
        {
          "operator_id": "KM4Ss4Th09ogUw1JiK",
          "operator_id_type": 1,
          "meeting_id": "765872811111111111",
          "meeting_record_id": "133584391111111111"
        }
      ],
      "properties": {
        "meeting_id": {
          "description": "Meeting ID (会议 ID); may be left out for an uploaded recording file (当针对上传类型的录制文件操作时，可不传).",
          "type": "string",
          "minLength": 1
        },
        "meeting_record_id": {
          "description": "Meeting recording ID (会议录制 ID), as the recording list answers it.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id": {
          "description": "ID of the operator (操作者 ID); what it is depends on `operator_id_type`. Only the meeting creator, an enterprise super administrator or a user with the recording-management permission may call.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid, 3 rooms_id, all valid here.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "userid": {
          "description": "User ID (用户 ID): the older pages' caller identification, still sent by the SDK; the current page identifies the caller by `operator_id` and `operator_id_type`. Optional addition.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
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
    /// JSON Schema (Draft-07, self-contained) of [`DeleteRecordFilePath`](crate::records::DeleteRecordFilePath), bundled from `schemas/records/delete-record-file.path.json`.
    pub const DELETE_RECORD_FILE_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/DeleteRecordFilePath",
  "definitions": {
    "DeleteRecordFilePath": {
      "title": "DeleteRecordFilePath",
      "description": "Path parameters of `DELETE /v1/records/{record_file_id}`; the page spells the placeholder `{record_file_id}` too.",
      "type": "object",
      "required": [
        "record_file_id"
      ],
      "examples": [
        {
          "record_file_id": "1335844011111111111"
        }
      ],
      "properties": {
        "record_file_id": {
          "description": "Recording file ID (录制文件 ID), as the recording list answers it.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`DeleteRecordFileRequest`](crate::records::DeleteRecordFileRequest), bundled from `schemas/records/delete-record-file.request.json`.
    pub const DELETE_RECORD_FILE_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/DeleteRecordFileRequest",
  "definitions": {
    "DeleteRecordFileRequest": {
      "title": "DeleteRecordFileRequest",
      "description": "Query string of `DELETE /v1/records/{record_file_id}`: delete one file of a meeting recording (删除单个录制文件). Enterprise self-built apps only (不支持 OAuth). The event `recording.deleted` (删除云录制) reports the deletion. Page 51187 as stored lost its required marks; the caller is identified by `operator_id` + `operator_id_type` (current page) or `userid` (older page, still sent by the SDK), so none is required here. The page's request line also names a `meeting_record_id` its table does not list; it is left out.",
      "type": "object",
      "examples": [
        {
          "operator_id": "KM4Ss4Th09ogUw1JiK",
          "operator_id_type": 1,
          "meeting_id": "7658728101111111111"
        }
      ],
      "properties": {
        "meeting_id": {
          "description": "Meeting ID (会议 ID); may be left out for an uploaded recording file (当针对上传类型的录制文件操作时，可不传).",
          "type": "string",
          "minLength": 1
        },
        "operator_id": {
          "description": "ID of the operator (操作者 ID); what it is depends on `operator_id_type`. Only the meeting creator, an enterprise super administrator or a user with the recording-management permission may call.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid, 3 rooms_id, all valid here.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "userid": {
          "description": "User ID (用户 ID): the older pages' caller identification, still sent by the SDK; the current page identifies the caller by `operator_id` and `operator_id_type`. Optional addition.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
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
    /// JSON Schema (Draft-07, self-contained) of [`FinishRecordUploadRequest`](crate::records::FinishRecordUploadRequest), bundled from `schemas/records/finish-record-upload.request.json`.
    pub const FINISH_RECORD_UPLOAD_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/FinishRecordUploadRequest",
  "definitions": {
    "FinishRecordUploadRequest": {
      "title": "FinishRecordUploadRequest",
      "description": "Body of `POST /v1/files/records/upload-finish`: finish a part-by-part upload (分块上传录制文件-完成上传), once every part was uploaded successfully (需要等所有分块上传成功后再调用). The answer's `job_id` names the job; its result arrives later as the event `common.job-results` (异步任务结果) with `business_code` `record.file-upload`. Enterprise self-built apps only, no OAuth 2.0; at most 200 calls a minute; free for a limited time (限时免费).",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type",
        "upload_id",
        "speak_number"
      ],
      "examples": [
        {
          "operator_id": "test",
          "operator_id_type": 1,
          "upload_id": "11111111",
          "speak_number": 2,
          "ai_record": true
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
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid only.",
          "$ref": "#/definitions/OperatorIdType",
          "enum": [
            1
          ]
        },
        "upload_id": {
          "description": "Upload transaction ID (上传事务 ID), as the prepare call answered it.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "speak_number": {
          "description": "Number of speakers in the file (上传文件中的发言人数), at most 12; 0 means many speakers (0代表多人发言).",
          "type": "integer",
          "minimum": 0,
          "maximum": 12
        },
        "ai_record": {
          "description": "Whether smart transcripts and smart minutes are generated (自动生成智能转写和智能纪要): true (the default) generates them, false does not.",
          "type": "boolean",
          "default": true
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
    /// JSON Schema (Draft-07, self-contained) of [`GetRecordFilePath`](crate::records::GetRecordFilePath), bundled from `schemas/records/get-record-file.path.json`.
    pub const GET_RECORD_FILE_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetRecordFilePath",
  "definitions": {
    "GetRecordFilePath": {
      "title": "GetRecordFilePath",
      "description": "Path parameters of `GET /v1/addresses/{record_file_id}`; the page spells the placeholder `{record_file_id}` too.",
      "type": "object",
      "required": [
        "record_file_id"
      ],
      "examples": [
        {
          "record_file_id": "1318080811111111111"
        }
      ],
      "properties": {
        "record_file_id": {
          "description": "Recording file ID (录制文件 ID), as the recording list answers it.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`GetRecordFileRequest`](crate::records::GetRecordFileRequest), bundled from `schemas/records/get-record-file.request.json`.
    pub const GET_RECORD_FILE_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetRecordFileRequest",
  "definitions": {
    "GetRecordFileRequest": {
      "title": "GetRecordFileRequest",
      "description": "Query string of `GET /v1/addresses/{record_file_id}`: one cloud-recording file with its addresses, transcripts and minutes (查询单个录制详情（文件、转写、纪要）). OAuth 2.0 callers only reach recordings of their enterprise's OAuth apps. Since 2026-01-16 apps created after that date must send an STS-Token header (企业自建应用票据) with this request. The SDK also sends `userid` and `address_type`, which the current page does not list: optional additions. The example is written from the page's request line.",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type"
      ],
      "examples": [
        {
          "operator_id": "user_test",
          "operator_id_type": 1
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID); what it is depends on `operator_id_type`. Only the meeting creator, an enterprise super administrator or a user with the recording-management permission may call.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid, 3 rooms_id, all valid here.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "userid": {
          "description": "User ID (用户 ID): the older pages' caller identification, still sent by the SDK. Optional addition.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "address_type": {
          "description": "Address type (地址类型): a parameter only the SDK knows, undocumented on the page; passed through as given.",
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
    /// JSON Schema (Draft-07, self-contained) of [`GetRecordFileResponse`](crate::records::GetRecordFileResponse), bundled from `schemas/records/get-record-file.response.json`.
    pub const GET_RECORD_FILE_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetRecordFileResponse",
  "definitions": {
    "GetRecordFileResponse": {
      "title": "GetRecordFileResponse",
      "description": "Body of a successful `GET /v1/addresses/{record_file_id}`: the file's playback and download addresses, transcripts and minutes (单个录制详情). Download links of this page are valid 5 minutes (链接有效期为5分钟). Under OAuth 2.0, for personal free accounts and enterprises created from WeCom, the download fields come back empty: that is a success. `ai_minutes` is listed by the SDK only. Lenient: unknown fields are kept. The example is the older page's, completed with one transcript file.",
      "type": "object",
      "examples": [
        {
          "record_file_id": "1318080811111111111",
          "meeting_id": "1360800131111111111",
          "meeting_code": "423111111",
          "view_address": "https://yunluzhi-brucetest...",
          "download_address": "https://yunluzhi-br...",
          "download_address_file_type": "mp4",
          "audio_address": "https://yunluzhi-brucetest...",
          "audio_address_file_type": "m4a",
          "meeting_summary": [
            {
              "download_address": "https://yunluzhi-brucetest...",
              "file_type": "txt"
            }
          ],
          "ai_meeting_transcripts": [
            {
              "download_address": "https://yunluzhi-brucetest...",
              "file_type": "txt"
            }
          ]
        }
      ],
      "properties": {
        "record_file_id": {
          "description": "Recording file ID (录制文件 ID).",
          "type": "string"
        },
        "meeting_id": {
          "description": "Meeting ID (会议 ID).",
          "type": "string"
        },
        "meeting_code": {
          "description": "Meeting code (会议 code).",
          "type": "string"
        },
        "view_address": {
          "description": "Playback address (播放地址).",
          "type": "string"
        },
        "download_address": {
          "description": "Download address of the video (录制文件下载地址), valid 5 minutes.",
          "type": "string",
          "x-sensitive": true
        },
        "download_address_file_type": {
          "description": "Format of the video download (下载视频文件格式), for example mp4.",
          "type": "string"
        },
        "audio_address": {
          "description": "Download address of the audio (音频下载地址), valid 5 minutes.",
          "type": "string",
          "x-sensitive": true
        },
        "audio_address_file_type": {
          "description": "Format of the audio download (下载音频文件格式), for example m4a.",
          "type": "string"
        },
        "meeting_summary": {
          "description": "Transcript files of the meeting (会议转写文件列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/RecordDownloadFile"
          }
        },
        "ai_meeting_transcripts": {
          "description": "Smart-optimized transcript files (录制转写文件（智能优化版）列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/RecordDownloadFile"
          }
        },
        "ai_minutes": {
          "description": "Smart minutes (智能纪要列表); the SDK lists the field, the page as stored does not show it.",
          "type": "array",
          "items": {
            "$ref": "#/definitions/RecordDownloadFile"
          }
        }
      },
      "x-keep-unknown": true
    },
    "RecordDownloadFile": {
      "title": "RecordDownloadFile",
      "description": "A downloadable file made from a recording (下载文件): a summary, a transcript or smart minutes. Under OAuth 2.0, for personal free accounts and enterprises created from WeCom, the values come back empty (该值返回为空).",
      "type": "object",
      "properties": {
        "download_address": {
          "description": "Download URL of the file (下载文件地址).",
          "type": "string"
        },
        "file_type": {
          "description": "Format of the file (下载文件类型), for example txt, pdf, docx.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`GetRecordMetricsRequest`](crate::records::GetRecordMetricsRequest), bundled from `schemas/records/get-record-metrics.request.json`.
    pub const GET_RECORD_METRICS_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetRecordMetricsRequest",
  "definitions": {
    "GetRecordMetricsRequest": {
      "title": "GetRecordMetricsRequest",
      "description": "Query string of `GET /v1/metrics/records`: daily view and download counts of a meeting recording (查询录制文件访问数据). Needs the permission to view or manage recordings (查看会议录制 VIEW_VIDEO / 管理会议录制 MANAGE_VIDEO); OAuth 2.0 is supported. Without a range the last 31 days are returned; a range may not exceed 31 days (时间区间不允许超过31天). Page 53222 as stored lost its required marks: the required set is the SDK's and the older page's.",
      "type": "object",
      "required": [
        "meeting_record_id"
      ],
      "examples": [
        {
          "meeting_record_id": "135433123209931232425",
          "start_time": 1610985600,
          "end_time": 1613664000
        }
      ],
      "properties": {
        "meeting_record_id": {
          "description": "Meeting recording ID (会议录制 ID), as the recording list answers it.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "start_time": {
          "description": "Start of the range (查询起始时间戳), Unix seconds; by default the last 31 days.",
          "type": "integer",
          "minimum": 0
        },
        "end_time": {
          "description": "End of the range (查询结束时间戳), Unix seconds; the range may not exceed 31 days.",
          "type": "integer",
          "minimum": 0
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`GetRecordMetricsResponse`](crate::records::GetRecordMetricsResponse), bundled from `schemas/records/get-record-metrics.response.json`.
    pub const GET_RECORD_METRICS_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetRecordMetricsResponse",
  "definitions": {
    "GetRecordMetricsResponse": {
      "title": "GetRecordMetricsResponse",
      "description": "Body of a successful `GET /v1/metrics/records`: one summary per day (概览数据集合). Lenient: unknown fields are kept. The example is the page's, shortened to its first three days (the page lists a month of days and is cut off as stored).",
      "type": "object",
      "examples": [
        {
          "summaries": [
            {
              "date": "2021-01-19",
              "view_counts": 7,
              "download_counts": 3
            },
            {
              "date": "2021-01-20",
              "view_counts": 23,
              "download_counts": 5
            },
            {
              "date": "2021-01-21",
              "view_counts": 0,
              "download_counts": 0
            }
          ]
        }
      ],
      "properties": {
        "summaries": {
          "description": "The daily summaries (概览数据集合).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/RecordDailyMetrics"
          }
        }
      },
      "x-keep-unknown": true
    },
    "RecordDailyMetrics": {
      "title": "RecordDailyMetrics",
      "description": "The access counts of one day (Summary 对象).",
      "type": "object",
      "properties": {
        "date": {
          "description": "The day counted (统计时间), `yyyy-MM-dd`.",
          "type": "string"
        },
        "view_counts": {
          "description": "Views that day (观看次数（当天数据）), default 0.",
          "type": "integer"
        },
        "download_counts": {
          "description": "Downloads that day (下载次数（当天数据）), default 0.",
          "type": "integer"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`GetRecordSettingsPath`](crate::records::GetRecordSettingsPath), bundled from `schemas/records/get-record-settings.path.json`.
    pub const GET_RECORD_SETTINGS_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetRecordSettingsPath",
  "definitions": {
    "GetRecordSettingsPath": {
      "title": "GetRecordSettingsPath",
      "description": "Path parameters of `GET /v1/records/settings/{meeting_record_id}`; the page spells the placeholder `{meeting_record_id}` too.",
      "type": "object",
      "required": [
        "meeting_record_id"
      ],
      "examples": [
        {
          "meeting_record_id": "123456789"
        }
      ],
      "properties": {
        "meeting_record_id": {
          "description": "Meeting recording ID (会议录制 ID), as the recording list answers it.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`GetRecordSettingsRequest`](crate::records::GetRecordSettingsRequest), bundled from `schemas/records/get-record-settings.request.json`.
    pub const GET_RECORD_SETTINGS_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetRecordSettingsRequest",
  "definitions": {
    "GetRecordSettingsRequest": {
      "title": "GetRecordSettingsRequest",
      "description": "Query string of `GET /v1/records/settings/{meeting_record_id}`: the sharing settings of a meeting recording (查询会议录制共享设置): whether sharing is on, who may open the link, password, expiry, download and transcript permissions. Only the recording's manager, an enterprise super administrator or a user with the recording-management permission may query them; OAuth 2.0 is supported. Page 105655 as stored lost its required marks: the required set is the SDK's.",
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
          "description": "ID of the operator (操作者 ID); what it is depends on `operator_id_type`. Only the recording's manager, an enterprise super administrator or a user with the recording-management permission may query.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid, the types this page lists. The SDK also lists 3 rooms_id.",
          "$ref": "#/definitions/OperatorIdType",
          "enum": [
            1,
            2
          ]
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
    /// JSON Schema (Draft-07, self-contained) of [`GetRecordSettingsResponse`](crate::records::GetRecordSettingsResponse), bundled from `schemas/records/get-record-settings.response.json`.
    pub const GET_RECORD_SETTINGS_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetRecordSettingsResponse",
  "definitions": {
    "GetRecordSettingsResponse": {
      "title": "GetRecordSettingsResponse",
      "description": "Body of a successful `GET /v1/records/settings/{meeting_record_id}`: the recording's name and sharing settings (共享配置). Lenient: unknown fields are kept. The page's example is cut after `enable_password`'s siblings: completed here with the remaining fields of its table.",
      "type": "object",
      "examples": [
        {
          "meeting_id": "1111122223333",
          "meeting_record_name": "测试录制",
          "sharing_config": {
            "enable_sharing": true,
            "share_scope": 0,
            "enable_approve": false,
            "enable_password": true,
            "password": "ABCD",
            "enable_sharing_expire": false,
            "allow_download": true,
            "allow_view_transcripts": true
          }
        }
      ],
      "properties": {
        "meeting_id": {
          "description": "Meeting ID (会议 ID).",
          "type": "string"
        },
        "meeting_record_name": {
          "description": "Name of the recording (录制名称).",
          "type": "string"
        },
        "sharing_config": {
          "description": "The sharing settings (共享配置对象).",
          "$ref": "#/definitions/RecordSharingSettings"
        }
      },
      "x-keep-unknown": true
    },
    "RecordShareScope": {
      "title": "RecordShareScope",
      "description": "Who may open a recording's sharing link (访问范围). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Everyone",
          "description": "Everyone (所有人)"
        },
        {
          "const": 1,
          "title": "SameEnterprise",
          "description": "Members of the same enterprise (同企业)"
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
    "RecordSharingSettings": {
      "title": "RecordSharingSettings",
      "description": "The sharing settings of a recording as the service reports them (SharingConfig 对象).",
      "type": "object",
      "properties": {
        "enable_sharing": {
          "description": "Whether the sharing link is on (共享链接开关).",
          "type": "boolean"
        },
        "share_scope": {
          "description": "Who may open the link (访问范围): 0 everyone, 1 the same enterprise.",
          "$ref": "#/definitions/RecordShareScope"
        },
        "enable_approve": {
          "description": "Whether viewers need approval (是否需要审批).",
          "type": "boolean"
        },
        "enable_password": {
          "description": "Whether a password is required (是否开启密码).",
          "type": "boolean"
        },
        "password": {
          "description": "The sharing password (密码), present when a password is on.",
          "type": "string",
          "x-sensitive": true
        },
        "enable_sharing_expire": {
          "description": "Whether the link expires (是否开启共享链接有效期).",
          "type": "boolean"
        },
        "sharing_expire": {
          "description": "When the link expires (共享链接有效期), Unix milliseconds; present when expiry is on.",
          "type": "integer"
        },
        "allow_download": {
          "description": "Whether downloading is allowed (是否允许下载).",
          "type": "boolean"
        },
        "allow_view_transcripts": {
          "description": "Whether viewers may read the transcript (是否允许查看录制转写).",
          "type": "boolean"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`GetRecordTranscriptRequest`](crate::records::GetRecordTranscriptRequest), bundled from `schemas/records/get-record-transcript.request.json`.
    pub const GET_RECORD_TRANSCRIPT_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetRecordTranscriptRequest",
  "definitions": {
    "GetRecordTranscriptRequest": {
      "title": "GetRecordTranscriptRequest",
      "description": "Query string of `GET /v1/records/transcripts/details`: the transcript of a recording file with its timestamps and text (查询录制转写详情), paragraph by paragraph. Supported for OAuth 2.0 callers of business, enterprise and education editions (商业版、企业版、教育版); needs the permission to view or manage recordings. Since 2026-01-16 apps created after that date must send an STS-Token header (企业自建应用票据) with this request. Paging: `pid` names the first paragraph wanted (its own included; default the first, \"0\") and `limit` how many; the answer's `more` is true when a `pid` or `limit` was given and not everything came back. The answer carries no next-paragraph field: paragraph IDs are consecutive decimal strings in the docs' examples (\"0\", \"1\", ...), so the next call's `pid` is the last paragraph's ID plus one; the paragraphs endpoint lists every ID. Page 65111 as stored lost its required marks: the required set is the SDK's. The page has no request example: this one is written from its table.",
      "type": "object",
      "required": [
        "record_file_id",
        "operator_id",
        "operator_id_type"
      ],
      "examples": [
        {
          "record_file_id": "1465500000000069281",
          "meeting_id": "1647607000000001721",
          "pid": "0",
          "limit": 2,
          "operator_id": "meeting1122233",
          "operator_id_type": 1
        }
      ],
      "properties": {
        "meeting_id": {
          "description": "Meeting ID (会议 ID); may be left out for an uploaded recording file (当针对上传类型的录制文件操作时，可不传).",
          "type": "string",
          "minLength": 1
        },
        "record_file_id": {
          "description": "Recording file ID (录制文件 ID).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "pid": {
          "description": "ID of the first paragraph to return (查询的起始段落 ID), itself included (获取 pid 后（含）的段落); default from \"0\".",
          "type": "string",
          "minLength": 1
        },
        "limit": {
          "description": "Number of paragraphs to return (查询的段落数); default all.",
          "type": "integer",
          "minimum": 0
        },
        "operator_id": {
          "description": "ID of the operator (操作者 ID); what it is depends on `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid, 3 rooms_id, all valid here. Only the meeting creator, an enterprise super administrator or a user with the recording-management permission may call.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "transcripts_type": {
          "description": "Which version of the transcript (转写类型): 0 original (default), 1 smart-optimized.",
          "$ref": "#/definitions/RecordTranscriptType"
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
    "RecordTranscriptType": {
      "title": "RecordTranscriptType",
      "description": "Version of a recording transcript (转写类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Original",
          "description": "Original text (原文版)"
        },
        {
          "const": 1,
          "title": "Optimized",
          "description": "Smart-optimized text (智能优化版)"
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
    /// JSON Schema (Draft-07, self-contained) of [`GetRecordTranscriptResponse`](crate::records::GetRecordTranscriptResponse), bundled from `schemas/records/get-record-transcript.response.json`.
    pub const GET_RECORD_TRANSCRIPT_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/GetRecordTranscriptResponse",
  "definitions": {
    "GetRecordTranscriptResponse": {
      "title": "GetRecordTranscriptResponse",
      "description": "Body of a successful `GET /v1/records/transcripts/details`: the transcript (录制转写对象) and whether more paragraphs remain. Lenient: unknown fields are kept. The page as stored is cut before its example: this one is written from its tables.",
      "type": "object",
      "examples": [
        {
          "minutes": {
            "audio_detect": 1,
            "keywords": [
              "会议"
            ],
            "paragraphs": [
              {
                "pid": "0",
                "start_time": 4400,
                "end_time": 42950,
                "speaker_info": {
                  "userid": "meeting1122233",
                  "username": "张三"
                },
                "sentences": [
                  {
                    "sid": "0",
                    "start_time": 4400,
                    "end_time": 6200,
                    "words": [
                      {
                        "wid": "0",
                        "start_time": 4400,
                        "end_time": 5000,
                        "text": "大家"
                      },
                      {
                        "wid": "1",
                        "start_time": 5000,
                        "end_time": 6200,
                        "text": "好"
                      }
                    ]
                  }
                ]
              },
              {
                "pid": "1",
                "start_time": 43920,
                "end_time": 56900,
                "speaker_info": {
                  "userid": "meeting1122234",
                  "username": "李四"
                },
                "sentences": [
                  {
                    "sid": "1",
                    "start_time": 43920,
                    "end_time": 45000,
                    "words": [
                      {
                        "wid": "2",
                        "start_time": 43920,
                        "end_time": 45000,
                        "text": "开始"
                      }
                    ]
                  }
                ]
              }
            ]
          },
          "more": true
        }
      ],
      "properties": {
        "minutes": {
          "description": "The transcript (录制转写对象).",
          "$ref": "#/definitions/RecordTranscript"
        },
        "more": {
          "description": "Whether paragraphs remain (是否还有更多): true when a `pid` or `limit` was given and the answer is not complete (没有一次完全返回).",
          "type": "boolean"
        }
      },
      "x-keep-unknown": true
    },
    "RecordTranscript": {
      "title": "RecordTranscript",
      "description": "The transcript of a recording (录制转写对象 / Minutes 对象).",
      "type": "object",
      "properties": {
        "paragraphs": {
          "description": "The paragraphs (段落对象列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/RecordTranscriptParagraph"
          }
        },
        "keywords": {
          "description": "Keywords of the transcript (关键词列表); the page lists them, the SDK does not.",
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "audio_detect": {
          "description": "Voiceprint recognition state (声纹识别状态): 0 not finished, 1 finished; it splits one device's audio into several speakers (e.g. Rooms) and is 1 when not needed.",
          "type": "integer"
        }
      },
      "x-keep-unknown": true
    },
    "RecordTranscriptParagraph": {
      "title": "RecordTranscriptParagraph",
      "description": "A paragraph of a transcript (Paragraph 对象).",
      "type": "object",
      "properties": {
        "pid": {
          "description": "Paragraph ID (段落 ID).",
          "type": "string"
        },
        "start_time": {
          "description": "Start of the paragraph in the recording (段落开始时间), milliseconds.",
          "type": "integer"
        },
        "end_time": {
          "description": "End of the paragraph in the recording (段落结束时间), milliseconds.",
          "type": "integer"
        },
        "speaker_info": {
          "description": "Who speaks (发言人信息对象).",
          "$ref": "#/definitions/RecordTranscriptSpeaker"
        },
        "sentences": {
          "description": "The sentences (句子对象列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/RecordTranscriptSentence"
          }
        }
      },
      "x-keep-unknown": true
    },
    "RecordTranscriptSentence": {
      "title": "RecordTranscriptSentence",
      "description": "A sentence of a paragraph (Sentence 对象).",
      "type": "object",
      "properties": {
        "sid": {
          "description": "Sentence ID (句子 ID).",
          "type": "string"
        },
        "start_time": {
          "description": "Start of the sentence in the recording (句子开始时间), milliseconds.",
          "type": "integer"
        },
        "end_time": {
          "description": "End of the sentence in the recording (句子结束时间), milliseconds.",
          "type": "integer"
        },
        "words": {
          "description": "The words (词对象列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/RecordTranscriptWord"
          }
        }
      },
      "x-keep-unknown": true
    },
    "RecordTranscriptSpeaker": {
      "title": "RecordTranscriptSpeaker",
      "description": "The speaker of a paragraph (SpeakerInfo 对象).",
      "type": "object",
      "properties": {
        "userid": {
          "description": "Enterprise user ID, for members of the same enterprise (同企业返回企业用户 userid).",
          "type": "string"
        },
        "username": {
          "description": "Display name (昵称).",
          "type": "string"
        },
        "ms_open_id": {
          "description": "Temporary in-meeting ID of the speaker (会中临时 ID); the page lists it, the SDK does not.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    },
    "RecordTranscriptWord": {
      "title": "RecordTranscriptWord",
      "description": "A word of a sentence (Word 对象).",
      "type": "object",
      "properties": {
        "wid": {
          "description": "Word ID (词 ID).",
          "type": "string"
        },
        "start_time": {
          "description": "Start of the word in the recording (词开始时间), milliseconds.",
          "type": "integer"
        },
        "end_time": {
          "description": "End of the word in the recording (词结束时间), milliseconds.",
          "type": "integer"
        },
        "text": {
          "description": "The text (文本内容).",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`ListRecordAddressesRequest`](crate::records::ListRecordAddressesRequest), bundled from `schemas/records/list-record-addresses.request.json`.
    pub const LIST_RECORD_ADDRESSES_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/ListRecordAddressesRequest",
  "definitions": {
    "ListRecordAddressesRequest": {
      "title": "ListRecordAddressesRequest",
      "description": "Query string of `GET /v1/addresses`: the playback and download addresses of the files of one meeting recording (查询会议录制地址). Only the meeting creator, an enterprise super administrator or a user with the recording-management permission may call it; OAuth 2.0 callers only reach recordings of their enterprise's OAuth apps. The files of one meeting share one sharing link. The SDK also sends `userid` (the older pages' caller identification) and `address_type`, which the current page does not list: both optional additions. The example is written from the page's request line (page 51174 as stored is cut before its example).",
      "type": "object",
      "required": [
        "meeting_record_id",
        "operator_id",
        "operator_id_type"
      ],
      "examples": [
        {
          "meeting_record_id": "1306538850111111111",
          "operator_id": "user_test",
          "operator_id_type": 1,
          "page": 1,
          "page_size": 50
        }
      ],
      "properties": {
        "meeting_record_id": {
          "description": "Meeting recording ID (会议录制 ID), as the recording list answers it.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id": {
          "description": "ID of the operator (操作者 ID); what it is depends on `operator_id_type`. Only the meeting creator, an enterprise super administrator or a user with the recording-management permission may call (企业内部请使用企业唯一用户标识; OAuth 2.0 callers use the openid).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid, 3 rooms_id, all valid here.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "userid": {
          "description": "User ID (用户 ID): the older pages' caller identification, still sent by the SDK; the current page uses `operator_id` and `operator_id_type`. Optional addition.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "page_size": {
          "description": "Page size (分页大小): default 50, at most 50.",
          "type": "integer",
          "minimum": 1,
          "maximum": 50
        },
        "page": {
          "description": "Page number, from 1 (页码，从1开始); default 1.",
          "type": "integer",
          "minimum": 1
        },
        "address_type": {
          "description": "Address type (地址类型): a parameter only the SDK knows, undocumented on the page; passed through as given.",
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
    /// JSON Schema (Draft-07, self-contained) of [`ListRecordAddressesResponse`](crate::records::ListRecordAddressesResponse), bundled from `schemas/records/list-record-addresses.response.json`.
    pub const LIST_RECORD_ADDRESSES_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/ListRecordAddressesResponse",
  "definitions": {
    "ListRecordAddressesResponse": {
      "title": "ListRecordAddressesResponse",
      "description": "Body of a successful `GET /v1/addresses`: one page of the recording's files with their playback and download addresses (查询会议录制地址). Download addresses expire after 6 hours (默认6小时过期). Under OAuth 2.0, for personal free accounts and enterprises created from WeCom, the download fields come back empty: that is a success. Lenient: unknown fields are kept. The example is the older page's with the paging fields added.",
      "type": "object",
      "examples": [
        {
          "total_count": 1,
          "current_size": 1,
          "current_page": 1,
          "total_page": 1,
          "meeting_record_id": "1306538850111111111",
          "meeting_id": "1360800131111111111",
          "meeting_code": "423111111",
          "subject": "user_test的快速会议",
          "record_files": [
            {
              "record_file_id": "1318080811111111111",
              "view_address": "https://yunluzhi-brucetest...",
              "download_address": "https://yunluzhi-br...",
              "download_address_file_type": "mp4",
              "audio_address": "https://yunluzhi-brucetest...",
              "audio_address_file_type": "m4a",
              "meeting_summary": [
                {
                  "download_address": "https://yunluzhi-brucetest...",
                  "file_type": "txt"
                }
              ]
            }
          ]
        }
      ],
      "properties": {
        "total_count": {
          "description": "Number of items over all pages (分页查询返回数据总数).",
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
        "meeting_record_id": {
          "description": "Meeting recording ID (会议录制 ID).",
          "type": "string"
        },
        "meeting_id": {
          "description": "Meeting ID (会议 ID).",
          "type": "string"
        },
        "meeting_code": {
          "description": "Meeting code (会议 code).",
          "type": "string"
        },
        "subject": {
          "description": "Meeting subject (会议主题).",
          "type": "string"
        },
        "record_files": {
          "description": "The recording's files (录制文件列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/RecordFileAddress"
          }
        }
      },
      "x-keep-unknown": true
    },
    "RecordDownloadFile": {
      "title": "RecordDownloadFile",
      "description": "A downloadable file made from a recording (下载文件): a summary, a transcript or smart minutes. Under OAuth 2.0, for personal free accounts and enterprises created from WeCom, the values come back empty (该值返回为空).",
      "type": "object",
      "properties": {
        "download_address": {
          "description": "Download URL of the file (下载文件地址).",
          "type": "string"
        },
        "file_type": {
          "description": "Format of the file (下载文件类型), for example txt, pdf, docx.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    },
    "RecordFileAddress": {
      "title": "RecordFileAddress",
      "description": "The addresses of one recording file (录制文件对象).",
      "type": "object",
      "properties": {
        "record_file_id": {
          "description": "Recording file ID (录制文件 ID).",
          "type": "string"
        },
        "view_address": {
          "description": "Playback address (播放地址).",
          "type": "string"
        },
        "download_address": {
          "description": "Download address of the video (下载地址), valid 6 hours; empty for some OAuth callers.",
          "type": "string",
          "x-sensitive": true
        },
        "download_address_file_type": {
          "description": "Format of the video download (下载视频文件格式), for example mp4.",
          "type": "string"
        },
        "audio_address": {
          "description": "Download address of the audio (音频下载地址); empty for some OAuth callers.",
          "type": "string",
          "x-sensitive": true
        },
        "audio_address_file_type": {
          "description": "Format of the audio download (下载音频文件格式), for example m4a.",
          "type": "string"
        },
        "meeting_summary": {
          "description": "Meeting summary files (会议纪要文件列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/RecordDownloadFile"
          }
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`ListRecordOperationsRequest`](crate::records::ListRecordOperationsRequest), bundled from `schemas/records/list-record-operations.request.json`.
    pub const LIST_RECORD_OPERATIONS_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/ListRecordOperationsRequest",
  "definitions": {
    "ListRecordOperationsRequest": {
      "title": "ListRecordOperationsRequest",
      "description": "Query string of `GET /v1/records/events`: who viewed or downloaded a meeting recording, and when (获取会议录制操作（查看、下载）记录). Needs the permission to view or manage recordings (VIEW_VIDEO / MANAGE_VIDEO); OAuth 2.0 is supported. Without a range the last 31 days are returned; a range may not exceed 31 days.",
      "type": "object",
      "required": [
        "meeting_record_id",
        "event_type"
      ],
      "examples": [
        {
          "meeting_record_id": "13543312320993232421",
          "event_type": 2,
          "page_size": 20,
          "page": 1,
          "start_time": 1610985600,
          "end_time": 1613664000
        }
      ],
      "properties": {
        "meeting_record_id": {
          "description": "Meeting recording ID (会议录制 ID), as the recording list answers it.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "event_type": {
          "description": "Which operations to list (查询事件类型): 1 downloads, 2 views.",
          "$ref": "#/definitions/RecordOperationType"
        },
        "page_size": {
          "description": "Page size (分页大小): default 20, at most 50.",
          "type": "integer",
          "minimum": 1,
          "maximum": 50
        },
        "page": {
          "description": "Page number, from 1 (页码，从1开始); default 1.",
          "type": "integer",
          "minimum": 1
        },
        "start_time": {
          "description": "Start of the range (查询起始时间戳), Unix seconds; by default the last 31 days.",
          "type": "integer",
          "minimum": 0
        },
        "end_time": {
          "description": "End of the range (查询结束时间戳), Unix seconds; the range may not exceed 31 days.",
          "type": "integer",
          "minimum": 0
        }
      }
    },
    "RecordOperationType": {
      "title": "RecordOperationType",
      "description": "An operation on a recording (查询事件类型): what the operations list filters on and reports. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "Download",
          "description": "Download (下载)"
        },
        {
          "const": 2,
          "title": "View",
          "description": "View (查看)"
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
    /// JSON Schema (Draft-07, self-contained) of [`ListRecordOperationsResponse`](crate::records::ListRecordOperationsResponse), bundled from `schemas/records/list-record-operations.response.json`.
    pub const LIST_RECORD_OPERATIONS_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/ListRecordOperationsResponse",
  "definitions": {
    "ListRecordOperationsResponse": {
      "title": "ListRecordOperationsResponse",
      "description": "Body of a successful `GET /v1/records/events`: one page of view and download operations (事件明细集合). Lenient: unknown fields are kept. The example is the older page's (page 53223 as stored is cut at its example).",
      "type": "object",
      "examples": [
        {
          "total_count": 2,
          "current_size": 20,
          "current_page": 1,
          "total_page": 1,
          "events": [
            {
              "operate_time": 1613717122000,
              "event_type": 2,
              "userid": "test_user1",
              "user_name": "张三",
              "record_name": "录制1"
            },
            {
              "operate_time": 1613804949000,
              "event_type": 1,
              "userid": "test_user2",
              "user_name": "李四",
              "record_name": "录制2"
            }
          ]
        }
      ],
      "properties": {
        "total_count": {
          "description": "Number of items over all pages (分页查询返回数据总数).",
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
        "events": {
          "description": "The operations of this page (事件明细集合).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/RecordOperation"
          }
        }
      },
      "x-keep-unknown": true
    },
    "RecordOperation": {
      "title": "RecordOperation",
      "description": "One view or download of a recording (Event 对象).",
      "type": "object",
      "properties": {
        "operate_time": {
          "description": "When it happened (操作时间), Unix milliseconds.",
          "type": "integer"
        },
        "event_type": {
          "description": "What happened (查询事件类型): 1 download, 2 view.",
          "$ref": "#/definitions/RecordOperationType"
        },
        "userid": {
          "description": "User ID (用户 ID).",
          "type": "string"
        },
        "user_name": {
          "description": "User name (用户名称).",
          "type": "string"
        },
        "record_name": {
          "description": "Name of the recording file (录制文件名称).",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    },
    "RecordOperationType": {
      "title": "RecordOperationType",
      "description": "An operation on a recording (查询事件类型): what the operations list filters on and reports. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "Download",
          "description": "Download (下载)"
        },
        {
          "const": 2,
          "title": "View",
          "description": "View (查看)"
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
    /// JSON Schema (Draft-07, self-contained) of [`ListRecordViewsRequest`](crate::records::ListRecordViewsRequest), bundled from `schemas/records/list-record-views.request.json`.
    pub const LIST_RECORD_VIEWS_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/ListRecordViewsRequest",
  "definitions": {
    "ListRecordViewsRequest": {
      "title": "ListRecordViewsRequest",
      "description": "Query string of `GET /v1/records/view-details`: every playback of a recording file in a time range, one row per playback (查询录制文件观看流水记录). OAuth 2.0 callers only see meetings created by their enterprise's OAuth apps; needs the permission to view or manage recordings. Playback is sampled every 5 seconds, so only viewings over 5 seconds are counted (仅支持5s以上的事件记录汇总查询). Only the last 31 days are stored (仅存储最近31天的数据). The page has no request example as stored: this one is written from its table.",
      "type": "object",
      "required": [
        "record_file_id",
        "operator_id_type",
        "operator_id"
      ],
      "examples": [
        {
          "record_file_id": "1318080811111111111",
          "operator_id_type": 1,
          "operator_id": "user1",
          "page_size": 20,
          "page": 1
        }
      ],
      "properties": {
        "record_file_id": {
          "description": "Recording file ID (录制文件 ID).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid, the types this page lists.",
          "$ref": "#/definitions/OperatorIdType",
          "enum": [
            1,
            2
          ]
        },
        "operator_id": {
          "description": "ID of the operator (操作者 ID); what it is depends on `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "page_size": {
          "description": "Page size (分页大小): default 20, at most 50.",
          "type": "integer",
          "minimum": 1,
          "maximum": 50
        },
        "page": {
          "description": "Page number, from 1 (页码，从1开始); default 1.",
          "type": "integer",
          "minimum": 1
        },
        "start_time": {
          "description": "Start of the range (查询起始时间戳), Unix milliseconds (单位毫秒); by default the last 31 days.",
          "type": "integer",
          "minimum": 0
        },
        "end_time": {
          "description": "End of the range (查询结束时间戳), Unix milliseconds (单位毫秒); by default the last 31 days.",
          "type": "integer",
          "minimum": 0
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
    /// JSON Schema (Draft-07, self-contained) of [`ListRecordViewsResponse`](crate::records::ListRecordViewsResponse), bundled from `schemas/records/list-record-views.response.json`.
    pub const LIST_RECORD_VIEWS_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/ListRecordViewsResponse",
  "definitions": {
    "ListRecordViewsResponse": {
      "title": "ListRecordViewsResponse",
      "description": "Body of a successful `GET /v1/records/view-details`: one page of playbacks (事件明细集合). Lenient: unknown fields are kept. The page as stored is cut before its example: this one is written from its tables.",
      "type": "object",
      "examples": [
        {
          "total_count": 1,
          "current_size": 1,
          "current_page": 1,
          "total_page": 1,
          "view_details": [
            {
              "view_start_time": 1613717122000,
              "view_end_time": 1613717422000,
              "view_time": 300000,
              "userid": "user2",
              "user_name": "张三",
              "record_file_name": "录制1",
              "total_view_progress": "50%"
            }
          ]
        }
      ],
      "properties": {
        "total_count": {
          "description": "Number of items over all pages (分页查询返回数据总数).",
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
        "view_details": {
          "description": "The playbacks of this page (事件明细集合).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/RecordViewDetail"
          }
        }
      },
      "x-keep-unknown": true
    },
    "RecordViewDetail": {
      "title": "RecordViewDetail",
      "description": "One playback of a recording file (ViewDetail 对象).",
      "type": "object",
      "properties": {
        "view_start_time": {
          "description": "When the playback started (观看开始时间), Unix milliseconds.",
          "type": "integer"
        },
        "view_end_time": {
          "description": "When the playback ended (观看结束时间), Unix milliseconds.",
          "type": "integer"
        },
        "view_time": {
          "description": "How long was watched (实际观看时长), milliseconds.",
          "type": "integer"
        },
        "userid": {
          "description": "User ID within the same enterprise (所在同一企业下的用户 ID).",
          "type": "string"
        },
        "user_name": {
          "description": "User name (用户名称); an anonymous marker for anonymous viewers (匿名用户给出匿名用户标识).",
          "type": "string"
        },
        "record_file_name": {
          "description": "Name of the recording file (录制文件名称).",
          "type": "string"
        },
        "total_view_progress": {
          "description": "How much of the video this user has watched in all (观看完成度), a percentage.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`ListRecordsRequest`](crate::records::ListRecordsRequest), bundled from `schemas/records/list-records.request.json`.
    pub const LIST_RECORDS_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/ListRecordsRequest",
  "definitions": {
    "ListRecordsRequest": {
      "title": "ListRecordsRequest",
      "description": "Query string of `GET /v1/records`: list the cloud recordings of a time range (查询会议录制列表), for the meeting a `meeting_id` or `meeting_code` names or, with neither, for all meetings of the operator. Only the creator of a meeting, an enterprise super administrator or a user with the recording-management permission (录制管理权限) may call it; OAuth 2.0 callers only see recordings of their enterprise's OAuth apps. The range from `start_time` to `end_time` may not exceed 31 days (时间区间不允许超过31天). Page 51189 as stored lost its required marks: the required set is the SDK's (`operator_id`, `operator_id_type`, `start_time`, `end_time`), which the older page (userid, start_time, end_time) agrees with.",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type",
        "start_time",
        "end_time"
      ],
      "examples": [
        {
          "operator_id": "testUser",
          "operator_id_type": 1,
          "meeting_code": "423111111",
          "start_time": 1602950400,
          "end_time": 1603123200
        }
      ],
      "properties": {
        "operator_id": {
          "description": "ID of the operator (操作者 ID); what it is depends on `operator_id_type`. Only the meeting creator, an enterprise super administrator or a user with the recording-management permission may call; without `meeting_id` and `meeting_code` every meeting of this user is listed.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid, 3 rooms_id, all valid here.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "meeting_id": {
          "description": "Meeting ID (会议 ID), the meeting's unique key; queried first when given.",
          "type": "string",
          "minLength": 1
        },
        "meeting_code": {
          "description": "Meeting code (会议 code), a secondary, non-unique condition (非唯一标识) used when `meeting_id` is absent.",
          "type": "string",
          "minLength": 1
        },
        "start_time": {
          "description": "Start of the range (查询起始时间戳), Unix seconds; the range may not exceed 31 days.",
          "type": "integer",
          "minimum": 0
        },
        "end_time": {
          "description": "End of the range (查询结束时间戳), Unix seconds; the range may not exceed 31 days.",
          "type": "integer",
          "minimum": 0
        },
        "page_size": {
          "description": "Page size (分页大小): default 10, at most 20.",
          "type": "integer",
          "minimum": 1,
          "maximum": 20
        },
        "page": {
          "description": "Page number, from 1 (页码，从1开始); default 1.",
          "type": "integer",
          "minimum": 1
        },
        "media_set_type": {
          "description": "Which meetings to list by network (会议类型): 0 all, 1 public-network (公网会议), 2 private-network (专网会议).",
          "$ref": "#/definitions/RecordMediaSetType"
        },
        "query_record_type": {
          "description": "Which kind of recording to list (录制类型), default 1 (cloud recording).",
          "$ref": "#/definitions/RecordQueryType"
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
    "RecordMediaSetType": {
      "title": "RecordMediaSetType",
      "description": "Network a meeting ran on (会议类型), as the recording APIs name it: the list page labels 1 and 2 public-network and private-network meetings (公网会议, 专网会议), the SDK external and internal meetings (外部会议, 内部会议). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "All",
          "description": "All meetings (全部)"
        },
        {
          "const": 1,
          "title": "PublicNetwork",
          "description": "Public-network meeting (公网会议)"
        },
        {
          "const": 2,
          "title": "PrivateNetwork",
          "description": "Private-network meeting (专网会议)"
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
    "RecordQueryType": {
      "title": "RecordQueryType",
      "description": "Kind of recording to list (录制类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "All",
          "description": "All kinds (全部)"
        },
        {
          "const": 1,
          "title": "Cloud",
          "description": "Cloud recording (云录制)"
        },
        {
          "const": 2,
          "title": "Uploaded",
          "description": "Uploaded recording (上传录制)"
        },
        {
          "const": 3,
          "title": "TextTranscription",
          "description": "Text transcription (文字转写)"
        },
        {
          "const": 4,
          "title": "Video",
          "description": "Video recording from the client's recording panel (录制)"
        },
        {
          "const": 5,
          "title": "Audio",
          "description": "Audio recording from the client's recording panel (录音)"
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
    /// JSON Schema (Draft-07, self-contained) of [`ListRecordsResponse`](crate::records::ListRecordsResponse), bundled from `schemas/records/list-records.response.json`.
    pub const LIST_RECORDS_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/ListRecordsResponse",
  "definitions": {
    "ListRecordsResponse": {
      "title": "ListRecordsResponse",
      "description": "Body of a successful `GET /v1/records`: one page of meeting recordings (会议录制列表). Lenient: unknown fields are kept. The example is the older page's (page 51189 as stored is cut before its example), with `record_file_id` quoted: that page printed it as a bare number although the table types it String.",
      "type": "object",
      "examples": [
        {
          "total_count": 1,
          "current_size": 10,
          "current_page": 1,
          "total_page": 1,
          "record_meetings": [
            {
              "meeting_record_id": "1318080818611111111",
              "meeting_id": "1360800130111111111",
              "meeting_code": "423111111",
              "host_user_id": "testUser",
              "media_start_time": 1603089930093,
              "subject": "testUser的快速会议",
              "state": 3,
              "record_files": [
                {
                  "record_file_id": "1318080818611111111",
                  "record_start_time": 1603089930577,
                  "record_end_time": 1603089967213,
                  "record_size": 604081,
                  "sharing_state": 1,
                  "required_same_corp": false,
                  "required_participant": false,
                  "password": "cK3wAsfw",
                  "sharing_expire": 0,
                  "allow_download": false
                }
              ]
            }
          ]
        }
      ],
      "properties": {
        "total_count": {
          "description": "Number of items over all pages (分页查询返回数据总数).",
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
        "record_meetings": {
          "description": "The meeting recordings of this page (会议录制列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/RecordMeeting"
          }
        }
      },
      "x-keep-unknown": true
    },
    "RecordFile": {
      "title": "RecordFile",
      "description": "One file of a meeting recording (录制文件对象) and its sharing state.",
      "type": "object",
      "properties": {
        "record_file_id": {
          "description": "Recording file ID (录制文件 ID).",
          "type": "string"
        },
        "record_start_time": {
          "description": "When recording started (开始录制时间), Unix milliseconds.",
          "type": "integer"
        },
        "record_end_time": {
          "description": "When recording ended (结束录制时间), Unix milliseconds.",
          "type": "integer"
        },
        "record_size": {
          "description": "File size in bytes (文件大小).",
          "type": "integer"
        },
        "sharing_state": {
          "description": "Whether sharing is on (共享状态): 0 off, 1 on; the sharing fields below come back only when it is on.",
          "type": "integer"
        },
        "sharing_url": {
          "description": "Sharing link (共享链接), when sharing is on.",
          "type": "string"
        },
        "required_same_corp": {
          "description": "Only members of the same enterprise may view (仅企业用户可查看), when sharing is on.",
          "type": "boolean"
        },
        "required_participant": {
          "description": "Only participants of the meeting may view (仅参会成员可查看), when sharing is on.",
          "type": "boolean"
        },
        "password": {
          "description": "Access password of the sharing link (访问密码), when sharing is on.",
          "type": "string",
          "x-sensitive": true
        },
        "sharing_expire": {
          "description": "Validity of the sharing link (共享链接有效期), milliseconds; 0 when sharing is off means no expiry (永久有效).",
          "type": "integer"
        },
        "allow_download": {
          "description": "Whether downloading is allowed (是否允许下载), when sharing is on.",
          "type": "boolean"
        }
      },
      "x-keep-unknown": true
    },
    "RecordMediaSetType": {
      "title": "RecordMediaSetType",
      "description": "Network a meeting ran on (会议类型), as the recording APIs name it: the list page labels 1 and 2 public-network and private-network meetings (公网会议, 专网会议), the SDK external and internal meetings (外部会议, 内部会议). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "All",
          "description": "All meetings (全部)"
        },
        {
          "const": 1,
          "title": "PublicNetwork",
          "description": "Public-network meeting (公网会议)"
        },
        {
          "const": 2,
          "title": "PrivateNetwork",
          "description": "Private-network meeting (专网会议)"
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
    "RecordMeeting": {
      "title": "RecordMeeting",
      "description": "The recording of one meeting (会议录制对象).",
      "type": "object",
      "properties": {
        "meeting_record_id": {
          "description": "Meeting recording ID (会议录制 ID).",
          "type": "string"
        },
        "meeting_id": {
          "description": "Meeting ID (会议 ID).",
          "type": "string"
        },
        "meeting_code": {
          "description": "Meeting code (会议 code).",
          "type": "string"
        },
        "host_user_id": {
          "description": "User ID of the host (主持人用户 ID).",
          "type": "string"
        },
        "media_start_time": {
          "description": "When the meeting started (会议开始时间), Unix milliseconds.",
          "type": "integer"
        },
        "subject": {
          "description": "Meeting subject (会议主题).",
          "type": "string"
        },
        "state": {
          "description": "Recording state (录制状态); files are listed only when transcoding is done.",
          "$ref": "#/definitions/RecordState"
        },
        "record_type": {
          "description": "Kind of the recording (录制文件类型): the SDK documents 0 cloud recording and 2 uploaded recording; the page does not list the field. An open integer.",
          "type": "integer"
        },
        "media_set_type": {
          "description": "Network of the meeting (会议类型); the SDK lists it, the older page does not.",
          "$ref": "#/definitions/RecordMediaSetType"
        },
        "record_files": {
          "description": "The files of the recording (录制文件列表), present once transcoded.",
          "type": "array",
          "items": {
            "$ref": "#/definitions/RecordFile"
          }
        }
      },
      "x-keep-unknown": true
    },
    "RecordState": {
      "title": "RecordState",
      "description": "State of a meeting recording (录制状态); files are listed only once transcoding is done. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 1,
          "title": "Recording",
          "description": "Recording (录制中)"
        },
        {
          "const": 2,
          "title": "Transcoding",
          "description": "Transcoding (转码中)"
        },
        {
          "const": 3,
          "title": "Transcoded",
          "description": "Transcoding done (转码完成)"
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
    /// JSON Schema (Draft-07, self-contained) of [`ListTranscriptParagraphsRequest`](crate::records::ListTranscriptParagraphsRequest), bundled from `schemas/records/list-transcript-paragraphs.request.json`.
    pub const LIST_TRANSCRIPT_PARAGRAPHS_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/ListTranscriptParagraphsRequest",
  "definitions": {
    "ListTranscriptParagraphsRequest": {
      "title": "ListTranscriptParagraphsRequest",
      "description": "Query string of `GET /v1/records/transcripts/paragraphs`: the paragraphs of a recording's transcript, their number and IDs (查询录制转写段落信息). Supported for OAuth 2.0 callers of business, enterprise and education editions (商业版、企业版、教育版); needs the permission to view or manage recordings.",
      "type": "object",
      "required": [
        "record_file_id",
        "operator_id_type",
        "operator_id"
      ],
      "examples": [
        {
          "record_file_id": "1465500000000069281",
          "meeting_id": "1647607000000001721",
          "operator_id_type": 1,
          "operator_id": "meeting1122233"
        }
      ],
      "properties": {
        "meeting_id": {
          "description": "Meeting ID (会议 ID); may be left out for an uploaded recording file (当针对上传类型的录制文件操作时，可不传).",
          "type": "string",
          "minLength": 1
        },
        "record_file_id": {
          "description": "Recording file ID (录制文件 ID).",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid, 3 rooms_id, all valid here. Only the meeting creator, an enterprise super administrator or a user with the recording-management permission may call.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "operator_id": {
          "description": "ID of the operator (操作者 ID); what it is depends on `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
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
    /// JSON Schema (Draft-07, self-contained) of [`ListTranscriptParagraphsResponse`](crate::records::ListTranscriptParagraphsResponse), bundled from `schemas/records/list-transcript-paragraphs.response.json`.
    pub const LIST_TRANSCRIPT_PARAGRAPHS_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/ListTranscriptParagraphsResponse",
  "definitions": {
    "ListTranscriptParagraphsResponse": {
      "title": "ListTranscriptParagraphsResponse",
      "description": "Body of a successful `GET /v1/records/transcripts/paragraphs`: the paragraphs of the transcript (段落对象列表). Lenient: unknown fields are kept.",
      "type": "object",
      "examples": [
        {
          "pids": [
            {
              "pid": "0",
              "start_time": 4400,
              "end_time": 42950
            },
            {
              "pid": "1",
              "start_time": 43920,
              "end_time": 56900
            },
            {
              "pid": "2",
              "start_time": 88225,
              "end_time": 93325
            },
            {
              "pid": "3",
              "start_time": 97889,
              "end_time": 103939
            }
          ],
          "total": 4,
          "audio_detect": 1
        }
      ],
      "properties": {
        "total": {
          "description": "Number of paragraphs (段落总数).",
          "type": "integer"
        },
        "audio_detect": {
          "description": "Voiceprint recognition state (声纹识别状态): 0 not finished, 1 finished (or not needed).",
          "type": "integer"
        },
        "pids": {
          "description": "The paragraphs (段落对象列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/RecordTranscriptParagraphSpan"
          }
        }
      },
      "x-keep-unknown": true
    },
    "RecordTranscriptParagraphSpan": {
      "title": "RecordTranscriptParagraphSpan",
      "description": "Where a paragraph of a transcript lies (Pid 对象).",
      "type": "object",
      "properties": {
        "pid": {
          "description": "Paragraph ID (段落 ID).",
          "type": "string"
        },
        "start_time": {
          "description": "Start of the paragraph in the recording (段落开始时间), milliseconds.",
          "type": "integer"
        },
        "end_time": {
          "description": "End of the paragraph in the recording (段落结束时间), milliseconds.",
          "type": "integer"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`PrepareRecordUploadRequest`](crate::records::PrepareRecordUploadRequest), bundled from `schemas/records/prepare-record-upload.request.json`.
    pub const PREPARE_RECORD_UPLOAD_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/PrepareRecordUploadRequest",
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
    "PrepareRecordUploadRequest": {
      "title": "PrepareRecordUploadRequest",
      "description": "Body of `POST /v1/files/records/upload-prepare`: start a part-by-part upload of a recording file (分块上传录制文件-预上传), meant for files over 20 MB. The answer gives the upload ID (上传事务 ID) and the part plan: `block_size` bytes per part and `block_num` parts. Audio files may be at most 500 MB (最大500M), video files at most 4 GB (最大4GB); read as 500 MiB and 4 GiB, the more generous readings, and only the larger limit is a keyword (the smaller depends on `file_type`). Enterprise self-built apps only, no OAuth 2.0; at most 200 calls a minute. No checksum of the whole file is sent in this flow: each part carries its own MD5. The page's example sends `file_name` as `xxxxxx.mp4`, not base64-encoded: the example here encodes that name.",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type",
        "file_name",
        "file_type",
        "file_size"
      ],
      "examples": [
        {
          "operator_id": "test",
          "operator_id_type": 1,
          "file_name": "eHh4eHh4Lm1wNA==",
          "file_type": "video",
          "file_size": 11111
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
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid only.",
          "$ref": "#/definitions/OperatorIdType",
          "enum": [
            1
          ]
        },
        "file_name": {
          "description": "File name with its extension (文件名+后缀), base64-encoded (base64编码); the page allows at most 30 characters (最多支持30个字符), read here as the decoded name, the more generous reading.",
          "type": "string",
          "minLength": 1,
          "contentEncoding": "base64",
          "x-content-schema": {
            "minLength": 1,
            "maxLength": 30,
            "x-non-blank": true
          }
        },
        "file_type": {
          "description": "Kind of file (文件类型): `voice` (音频: m4a, aiff, wma, ogg, aac, amr, wav, mp3) or `video` (视频: mp4, flv, mov, ogg, avi, wmv, m4v, 3gp, mpeg). Audio at most 500 MB, video at most 4 GB.",
          "$ref": "#/definitions/RecordUploadFileType"
        },
        "file_size": {
          "description": "Size of the whole file in bytes (文件大小), which must equal the real size (需确保和实际文件大小相等): audio at most 500 MB, video at most 4 GB (4,294,967,296 bytes, the keyword).",
          "type": "integer",
          "minimum": 0,
          "maximum": 4294967296
        }
      }
    },
    "RecordUploadFileType": {
      "title": "RecordUploadFileType",
      "description": "Kind of an uploaded recording file (文件类型). Any other string is accepted.",
      "type": "string",
      "anyOf": [
        {
          "const": "voice",
          "title": "Voice",
          "description": "Audio (音频): m4a, aiff, wma, ogg, aac, amr, wav, mp3; at most 500 MB in a part-by-part upload"
        },
        {
          "const": "video",
          "title": "Video",
          "description": "Video (视频): mp4, flv, mov, ogg, avi, wmv, m4v, 3gp, mpeg; at most 4 GB in a part-by-part upload"
        },
        {
          "type": "string",
          "title": "Other",
          "description": "A kind the docs do not list."
        }
      ]
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`PrepareRecordUploadResponse`](crate::records::PrepareRecordUploadResponse), bundled from `schemas/records/prepare-record-upload.response.json`.
    pub const PREPARE_RECORD_UPLOAD_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/PrepareRecordUploadResponse",
  "definitions": {
    "PrepareRecordUploadResponse": {
      "title": "PrepareRecordUploadResponse",
      "description": "Body of a successful `POST /v1/files/records/upload-prepare`: the upload transaction and its part plan (分块策略). Send `block_num` parts numbered from 1 (`file_seq`), each of `block_size` bytes except the last, which holds the rest; then finish the upload. An upload can be resumed within 6 hours (支持6小时内的断点续传). Lenient: unknown fields are kept. The example is the page's.",
      "type": "object",
      "examples": [
        {
          "upload_id": "11111111111",
          "block_size": 123,
          "block_num": 11
        }
      ],
      "x-accessors": {
        "upload_id": "upload_id"
      },
      "properties": {
        "upload_id": {
          "description": "Upload transaction ID (上传事务 ID), sent with every part and with the finish call.",
          "type": "string"
        },
        "block_size": {
          "description": "Size of each part in bytes (分块大小策略); the last part may be smaller.",
          "type": "integer"
        },
        "block_num": {
          "description": "Number of parts (分块数量).",
          "type": "integer"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`RecordUploadJobResponse`](crate::records::RecordUploadJobResponse), bundled from `schemas/records/record-upload-job.response.json`.
    pub const RECORD_UPLOAD_JOB_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/RecordUploadJobResponse",
  "definitions": {
    "RecordUploadJobResponse": {
      "title": "RecordUploadJobResponse",
      "description": "Body of a successful upload of a recording file, whole (`POST /v1/files/records/upload-all`) or finished part by part (`POST /v1/files/records/upload-finish`): the job that processes it (任务 ID). The outcome arrives later as the event `common.job-results` (异步任务结果) with `business_code` `record.file-upload`. Lenient: unknown fields are kept.",
      "type": "object",
      "examples": [
        {
          "job_id": "QNLLdhFLAJh9azYd6_xxxxxxxxxP6VbZMdqNiyltVM"
        }
      ],
      "x-accessors": {
        "job_id": "job_id"
      },
      "properties": {
        "job_id": {
          "description": "ID of the upload job (任务 ID), as the job-results event names it.",
          "type": "string"
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`RemoveRecordAccessMembersPath`](crate::records::RemoveRecordAccessMembersPath), bundled from `schemas/records/remove-record-access-members.path.json`.
    pub const REMOVE_RECORD_ACCESS_MEMBERS_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/RemoveRecordAccessMembersPath",
  "definitions": {
    "RemoveRecordAccessMembersPath": {
      "title": "RemoveRecordAccessMembersPath",
      "description": "Path parameters of `DELETE /v1/records/access/{meeting_record_id}`; the page spells the placeholder `{meeting_record_id}` too.",
      "type": "object",
      "required": [
        "meeting_record_id"
      ],
      "examples": [
        {
          "meeting_record_id": "12345678"
        }
      ],
      "properties": {
        "meeting_record_id": {
          "description": "Meeting recording ID (会议录制 ID), as the recording list answers it.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`RemoveRecordAccessMembersRequest`](crate::records::RemoveRecordAccessMembersRequest), bundled from `schemas/records/remove-record-access-members.request.json`.
    pub const REMOVE_RECORD_ACCESS_MEMBERS_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/RemoveRecordAccessMembersRequest",
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
    "RecordAccessMemberId": {
      "title": "RecordAccessMemberId",
      "description": "A member whose access to a recording is removed (AccessMember 对象).",
      "type": "object",
      "required": [
        "to_operator_id_type",
        "to_operator_id"
      ],
      "properties": {
        "to_operator_id_type": {
          "description": "What kind of ID `to_operator_id` is (被操作者 ID 类型): 1 userid, 2 open_id, 4 ms_open_id.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "to_operator_id": {
          "description": "ID of the member (被操作者 ID), of the kind `to_operator_id_type` names.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        }
      }
    },
    "RemoveRecordAccessMembersRequest": {
      "title": "RemoveRecordAccessMembersRequest",
      "description": "Body of `DELETE /v1/records/access/{meeting_record_id}` (a DELETE with a JSON body): remove access members of a recording (移除录制访问成员). Only the meeting creator, an enterprise super administrator or a user with the recording-management permission may call it. Members that have no access are ignored (如果传入非有权限的成员，则不生效). Page 104136 as stored lost its required marks: the required set is the SDK's.",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type",
        "access_members"
      ],
      "examples": [
        {
          "operator_id": "test",
          "operator_id_type": 1,
          "access_members": [
            {
              "to_operator_id_type": 1,
              "to_operator_id": "user1"
            },
            {
              "to_operator_id_type": 1,
              "to_operator_id": "user2"
            }
          ]
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
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid, the types this page lists.",
          "$ref": "#/definitions/OperatorIdType",
          "enum": [
            1,
            2
          ]
        },
        "access_members": {
          "description": "The members to remove (成员列表); members without access are ignored.",
          "type": "array",
          "items": {
            "$ref": "#/definitions/RecordAccessMemberId"
          }
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`SearchTranscriptRequest`](crate::records::SearchTranscriptRequest), bundled from `schemas/records/search-transcript.request.json`.
    pub const SEARCH_TRANSCRIPT_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/SearchTranscriptRequest",
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
    "RecordTranscriptType": {
      "title": "RecordTranscriptType",
      "description": "Version of a recording transcript (转写类型). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Original",
          "description": "Original text (原文版)"
        },
        {
          "const": 1,
          "title": "Optimized",
          "description": "Smart-optimized text (智能优化版)"
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
    "SearchTranscriptRequest": {
      "title": "SearchTranscriptRequest",
      "description": "Query string of `GET /v1/records/transcripts/search`: search a recording's transcript for a text (查询录制转写搜索结果). Supported for OAuth 2.0 callers of business, enterprise and education editions (商业版、企业版、教育版); needs the permission to view or manage recordings. Page 65116 as stored lost its required marks: the required set is the SDK's.",
      "type": "object",
      "required": [
        "record_file_id",
        "operator_id",
        "operator_id_type",
        "text"
      ],
      "examples": [
        {
          "record_file_id": "1465500000000069281",
          "meeting_id": "1647607000000001721",
          "operator_id_type": 1,
          "operator_id": "meeting1122233",
          "text": "人"
        }
      ],
      "properties": {
        "meeting_id": {
          "description": "Meeting ID (会议 ID); may be left out for an uploaded recording file (当针对上传类型的录制文件操作时，可不传).",
          "type": "string",
          "minLength": 1
        },
        "record_file_id": {
          "description": "Recording file ID (录制文件 ID).",
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
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid, 3 rooms_id, all valid here. Only the meeting creator, an enterprise super administrator or a user with the recording-management permission may call.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "text": {
          "description": "Text to search for (搜索的文本); percent-encoded in the query string like every value.",
          "type": "string",
          "minLength": 1
        },
        "transcripts_type": {
          "description": "Which version of the transcript (转写类型): 0 original (default), 1 smart-optimized.",
          "$ref": "#/definitions/RecordTranscriptType"
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`SearchTranscriptResponse`](crate::records::SearchTranscriptResponse), bundled from `schemas/records/search-transcript.response.json`.
    pub const SEARCH_TRANSCRIPT_RESPONSE: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/SearchTranscriptResponse",
  "definitions": {
    "RecordTranscriptHit": {
      "title": "RecordTranscriptHit",
      "description": "A match of the searched text (Hit 对象).",
      "type": "object",
      "properties": {
        "pid": {
          "description": "Paragraph ID (段落 ID).",
          "type": "string"
        },
        "sid": {
          "description": "Sentence ID (句子 ID).",
          "type": "string"
        },
        "offset": {
          "description": "Offset of the text in words (text 相对词的偏移).",
          "type": "integer"
        },
        "length": {
          "description": "Length of the match (匹配长度).",
          "type": "integer"
        }
      },
      "x-keep-unknown": true
    },
    "RecordTranscriptTimeline": {
      "title": "RecordTranscriptTimeline",
      "description": "When a match occurs (TimeLine 对象).",
      "type": "object",
      "properties": {
        "pid": {
          "description": "Paragraph of the match (搜索结果所在的段落 ID).",
          "type": "string"
        },
        "sid": {
          "description": "Sentence of the match (搜索结果所在的句子 ID).",
          "type": "string"
        },
        "start_time": {
          "description": "Start of the word in the recording (词开始时间), milliseconds.",
          "type": "integer"
        }
      },
      "x-keep-unknown": true
    },
    "SearchTranscriptResponse": {
      "title": "SearchTranscriptResponse",
      "description": "Body of a successful `GET /v1/records/transcripts/search`: where the text was found (搜索结果列表) and when (时间戳对象列表, for a preview on a timeline). Lenient: unknown fields are kept. The page's example is cut inside its third hit: completed with that hit's length and the timelines of the three hits.",
      "type": "object",
      "examples": [
        {
          "hits": [
            {
              "pid": "0",
              "sid": "3",
              "offset": 26,
              "length": 1
            },
            {
              "pid": "2",
              "sid": "8",
              "offset": 8,
              "length": 1
            },
            {
              "pid": "3",
              "sid": "10",
              "offset": 3,
              "length": 1
            }
          ],
          "timelines": [
            {
              "pid": "0",
              "sid": "3",
              "start_time": 30600
            },
            {
              "pid": "2",
              "sid": "8",
              "start_time": 90120
            },
            {
              "pid": "3",
              "sid": "10",
              "start_time": 98400
            }
          ]
        }
      ],
      "properties": {
        "hits": {
          "description": "The matches (搜索结果列表).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/RecordTranscriptHit"
          }
        },
        "timelines": {
          "description": "When the matches occur in the recording (搜索结果在云录制中的时间戳).",
          "type": "array",
          "items": {
            "$ref": "#/definitions/RecordTranscriptTimeline"
          }
        }
      },
      "x-keep-unknown": true
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`SetRecordTransferRequest`](crate::records::SetRecordTransferRequest), bundled from `schemas/records/set-record-transfer.request.json`.
    pub const SET_RECORD_TRANSFER_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/SetRecordTransferRequest",
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
    "SetRecordTransferRequest": {
      "title": "SetRecordTransferRequest",
      "description": "Request of `PUT /v1/records/transfer-recording`: have a private-network meeting's recording transferred to the hybrid-cloud cluster's storage (设置专网会议转存), and say when to delete it afterwards. `meeting_id` and `meeting_record_id` travel in the query string (`x-in: query`), the rest in the JSON body. It fails for public-network meetings, when the cluster has transfer off, and when the recording is already queued or transferred (如果录制已加入转存任务，或转存已完成，则返回失败); a recording not queued yet or whose transfer failed is queued. Enterprise self-built apps with recording access only (AK/SK 鉴权).",
      "type": "object",
      "required": [
        "meeting_id",
        "meeting_record_id",
        "operator_id",
        "operator_id_type",
        "instanceid"
      ],
      "examples": [
        {
          "meeting_record_id": "1123456789",
          "meeting_id": "12345678",
          "operator_id": "user1",
          "operator_id_type": 1,
          "instanceid": 1,
          "delete_recording_after_transfer": "-1"
        }
      ],
      "properties": {
        "meeting_id": {
          "description": "Meeting ID (会议 ID). Travels in the query string.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true,
          "x-in": "query"
        },
        "meeting_record_id": {
          "description": "Meeting recording ID (会议录制 ID), as the recording list answers it. Travels in the query string.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true,
          "x-in": "query"
        },
        "operator_id": {
          "description": "ID of the operator (操作者 ID); what it is depends on `operator_id_type`.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid only.",
          "$ref": "#/definitions/OperatorIdType",
          "enum": [
            1
          ]
        },
        "instanceid": {
          "description": "Device type of the operator (用户的终端设备类型).",
          "$ref": "#/definitions/InstanceId"
        },
        "delete_recording_after_transfer": {
          "description": "When to delete the recording once transferred (转存完成后删除录制策略), a string: \"0\" at once, \"1\" to \"30\" after that many days, \"-1\" never; left out, the cluster's deletion policy applies. (The SDK's comment names the last value 不删除 instead of -1; the page's value is used.)",
          "type": "string",
          "x-integer-text": {
            "minimum": -1,
            "maximum": 30
          }
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`UpdateRecordSettingsPath`](crate::records::UpdateRecordSettingsPath), bundled from `schemas/records/update-record-settings.path.json`.
    pub const UPDATE_RECORD_SETTINGS_PATH: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/UpdateRecordSettingsPath",
  "definitions": {
    "UpdateRecordSettingsPath": {
      "title": "UpdateRecordSettingsPath",
      "description": "Path parameters of `PUT /v1/records/settings/{meeting_record_id}`; the page spells the placeholder `{meeting_record_id}` too.",
      "type": "object",
      "required": [
        "meeting_record_id"
      ],
      "examples": [
        {
          "meeting_record_id": "1335844011111111111"
        }
      ],
      "properties": {
        "meeting_record_id": {
          "description": "Meeting recording ID (会议录制 ID), as the recording list answers it.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`UpdateRecordSettingsRequest`](crate::records::UpdateRecordSettingsRequest), bundled from `schemas/records/update-record-settings.request.json`.
    pub const UPDATE_RECORD_SETTINGS_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/UpdateRecordSettingsRequest",
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
    "RecordShareScope": {
      "title": "RecordShareScope",
      "description": "Who may open a recording's sharing link (访问范围). Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "Everyone",
          "description": "Everyone (所有人)"
        },
        {
          "const": 1,
          "title": "SameEnterprise",
          "description": "Members of the same enterprise (同企业)"
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
    "RecordSharingAuthType": {
      "title": "RecordSharingAuthType",
      "description": "Who may view a shared recording (共享权限类型), the retiring setting. Any other integer is accepted.",
      "type": "integer",
      "anyOf": [
        {
          "const": 0,
          "title": "LoggedIn",
          "description": "Users who are logged in (仅允许登录用户查看)"
        },
        {
          "const": 1,
          "title": "SameEnterprise",
          "description": "Members of the enterprise (仅企业用户成员可查看)"
        },
        {
          "const": 2,
          "title": "Participants",
          "description": "Participants of the meeting (仅参会成员可查看)"
        },
        {
          "const": 3,
          "title": "Everyone",
          "description": "Everyone (全部成员可查看)"
        },
        {
          "const": 4,
          "title": "Approved",
          "description": "Members whose application was approved (通过权限审批的成员可查看)"
        },
        {
          "const": 5,
          "title": "WechatInvited",
          "description": "Members holding a WeChat invitation link (获取微信特邀链接的成员可查看)"
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
    "RecordSharingConfig": {
      "title": "RecordSharingConfig",
      "description": "Sharing settings to apply to a recording (SharingConfig 对象). With `enable_sharing` false no other field may be set, and turning sharing off forgets the previous settings (之前设置的共享设置将不保存). `password` must be sent when `enable_password` is true and must not be when it is false; likewise `sharing_expire` with `enable_sharing_expire`.",
      "type": "object",
      "properties": {
        "enable_sharing": {
          "description": "Whether sharing is on (共享开关), default true; when false no other field may be set.",
          "type": "boolean"
        },
        "sharing_auth_type": {
          "description": "Who may view (共享权限类型); about to be retired (即将废弃): use `share_scope` and the other fields instead.",
          "$ref": "#/definitions/RecordSharingAuthType"
        },
        "share_scope": {
          "description": "Who may open the link (访问范围): 0 everyone, 1 the same enterprise.",
          "$ref": "#/definitions/RecordShareScope"
        },
        "enable_approve": {
          "description": "Whether viewers need approval (是否需要审批); an alternative to the password: when false and a password is set, the password applies.",
          "type": "boolean"
        },
        "enable_password": {
          "description": "Whether a password is required (是否开启密码), default true.",
          "type": "boolean"
        },
        "password": {
          "description": "The sharing password (共享密码): 4 to 8 letters or digits (4~8位字母或数字), random by default; required when `enable_password` is true, not allowed when it is false.",
          "type": "string",
          "minLength": 4,
          "maxLength": 8,
          "x-chars": "alphanumeric",
          "x-sensitive": true
        },
        "enable_sharing_expire": {
          "description": "Whether the link expires (是否开启共享链接有效期), default false.",
          "type": "boolean"
        },
        "sharing_expire": {
          "description": "When the link expires (共享链接有效期), Unix milliseconds; required when `enable_sharing_expire` is true, not allowed when it is false.",
          "type": "integer",
          "minimum": 0
        },
        "allow_download": {
          "description": "Whether downloading is allowed (是否允许下载), default false.",
          "type": "boolean"
        },
        "allow_view_transcripts": {
          "description": "Whether viewers may read the transcript or minutes (是否允许查看会议纪要), default true; listed by the SDK, not in the part of the page that was stored.",
          "type": "boolean"
        }
      }
    },
    "UpdateRecordSettingsRequest": {
      "title": "UpdateRecordSettingsRequest",
      "description": "Body of `PUT /v1/records/settings/{meeting_record_id}`: change the sharing settings of a meeting recording (修改会议录制共享设置): sharing on or off, scope, approval, password, expiry, downloads. Needs the permission to manage recordings (管理会议录制 MANAGE_VIDEO); OAuth 2.0 is supported. Its request line also repeats the recording ID and the operator in the query string; the table lists them in the path and the body only, as sent here. The SDK also sends `userid` (the older page's caller identification): an optional addition. The example is the older page's, with the current caller fields instead of `userid`.",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type"
      ],
      "examples": [
        {
          "operator_id": "test",
          "operator_id_type": 1,
          "meeting_id": "3423746843611111111",
          "sharing_config": {
            "enable_sharing": true,
            "sharing_auth_type": 2,
            "enable_password": true,
            "password": "12asABcs",
            "enable_sharing_expire": true,
            "sharing_expire": 1640908800000,
            "allow_download": true
          }
        }
      ],
      "properties": {
        "meeting_id": {
          "description": "Meeting ID (会议 ID); may be left out for an uploaded recording file (当针对上传类型的录制文件操作时，可不传).",
          "type": "string",
          "minLength": 1
        },
        "operator_id": {
          "description": "ID of the operator (操作者 ID); what it is depends on `operator_id_type`. Only the meeting creator, an enterprise super administrator or a user with the recording-management permission may call.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "operator_id_type": {
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid, 2 openid, 3 rooms_id, all valid here.",
          "$ref": "#/definitions/OperatorIdType"
        },
        "userid": {
          "description": "User ID (用户 ID): the older page's caller identification, still sent by the SDK. Optional addition.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "sharing_config": {
          "description": "The sharing settings to apply (共享配置信息).",
          "$ref": "#/definitions/RecordSharingConfig"
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`UploadRecordFileRequest`](crate::records::UploadRecordFileRequest), bundled from `schemas/records/upload-record-file.request.json`.
    pub const UPLOAD_RECORD_FILE_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/UploadRecordFileRequest",
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
    "RecordUploadFileType": {
      "title": "RecordUploadFileType",
      "description": "Kind of an uploaded recording file (文件类型). Any other string is accepted.",
      "type": "string",
      "anyOf": [
        {
          "const": "voice",
          "title": "Voice",
          "description": "Audio (音频): m4a, aiff, wma, ogg, aac, amr, wav, mp3; at most 500 MB in a part-by-part upload"
        },
        {
          "const": "video",
          "title": "Video",
          "description": "Video (视频): mp4, flv, mov, ogg, avi, wmv, m4v, 3gp, mpeg; at most 4 GB in a part-by-part upload"
        },
        {
          "type": "string",
          "title": "Other",
          "description": "A kind the docs do not list."
        }
      ]
    },
    "UploadRecordFileRequest": {
      "title": "UploadRecordFileRequest",
      "description": "Multipart form of `POST /v1/files/records/upload-all`: upload a whole file of at most 20 MB (20,971,520 bytes) to the recording list in one request (上传录制文件); larger files use the part-by-part upload (分块上传: prepare, parts, finish). Enterprise self-built apps only (企业 secret 鉴权), no OAuth 2.0; at most 200 calls a minute (接口限频200次/分钟). The body is a multipart form (Content-Type 必须传入 multipart/form-data), and the form is not part of the signature (该接口的输入参数是表单数据，不作为签名的部分): the request is signed as if its body were empty. The result arrives later as the event `common.job-results` (异步任务结果) with `business_code` `record.file-upload`; the answer's `job_id` names the job. The page's example is code in several languages, not a form: this example is written from its table (the file part holds the 11 bytes `hello world`, whose MD5 `file_checksum` gives).",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type",
        "file_name",
        "file_type",
        "file_size",
        "file_checksum",
        "file_content",
        "speak_number"
      ],
      "examples": [
        {
          "operator_id": "test",
          "operator_id_type": 1,
          "file_name": "dGVzdC5tcDQ=",
          "file_type": "video",
          "file_size": 11,
          "file_checksum": "5eb63bbbe01eeed093cb22bb8f5acdc3",
          "file_content": "hello world",
          "speak_number": 2,
          "ai_record": true
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
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid only.",
          "$ref": "#/definitions/OperatorIdType",
          "enum": [
            1
          ]
        },
        "file_name": {
          "description": "File name with its extension (文件名+后缀), base64-encoded (base64编码); the page allows at most 30 characters (最多支持30个字符), read here as the decoded name, the more generous reading.",
          "type": "string",
          "minLength": 1,
          "contentEncoding": "base64",
          "x-content-schema": {
            "minLength": 1,
            "maxLength": 30,
            "x-non-blank": true
          }
        },
        "file_type": {
          "description": "Kind of file (文件类型): `voice` (音频: m4a, aiff, wma, ogg, aac, amr, wav, mp3) or `video` (视频: mp4, flv, mov, ogg, avi, wmv, m4v, 3gp, mpeg).",
          "$ref": "#/definitions/RecordUploadFileType"
        },
        "file_size": {
          "description": "Size of the file in bytes (文件大小), at most 20,971,520 (最大20,971,520); it must equal the size of `file_content` (需确保和实际文件大小相等).",
          "type": "integer",
          "minimum": 0,
          "maximum": 20971520
        },
        "file_checksum": {
          "description": "Checksum of the file (文件校验和): the MD5 of the whole file content in hexadecimal (文件内容 MD5 结果的十六进制表示); the case is unsaid: either is accepted.",
          "type": "string",
          "format": "md5-hex"
        },
        "file_content": {
          "description": "The file's bytes (文件二进制内容): exactly `file_size` bytes, at most 20,971,520.",
          "type": "string",
          "contentMediaType": "application/octet-stream",
          "x-form-file": true
        },
        "speak_number": {
          "description": "Number of speakers in the file (上传文件中的发言人数), at most 12; 0 means many speakers (0代表多人发言).",
          "type": "integer",
          "minimum": 0,
          "maximum": 12
        },
        "ai_record": {
          "description": "Whether smart transcripts and smart minutes are generated (自动生成智能转写和智能纪要): true (the default) generates them, false does not.",
          "type": "boolean",
          "default": true
        }
      }
    }
  }
}"##;
    /// JSON Schema (Draft-07, self-contained) of [`UploadRecordPartRequest`](crate::records::UploadRecordPartRequest), bundled from `schemas/records/upload-record-part.request.json`.
    pub const UPLOAD_RECORD_PART_REQUEST: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$ref": "#/definitions/UploadRecordPartRequest",
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
    "UploadRecordPartRequest": {
      "title": "UploadRecordPartRequest",
      "description": "Multipart form of `POST /v1/files/records/upload-part`: upload one part of a part-by-part upload (分块上传录制文件-上传分块), following the upload ID and part plan the prepare call answered. A part is named by `upload_id` and its number `file_seq` (from 1); every part has `block_size` bytes except the last, which may be smaller. The page does not say whether parts must arrive in order. Uploads can be resumed within 6 hours (支持6小时内的断点续传). Enterprise self-built apps only (企业 secret 鉴权), no OAuth 2.0; at most 200 calls a minute (接口限频200次/分钟). The body is a multipart form (Content-Type 必须传入 multipart/form-data), and the form is not part of the signature (该接口的输入参数是表单数据，不作为签名的部分): the request is signed as if its body were empty. The page's example is code in several languages: this example is written from its table.",
      "type": "object",
      "required": [
        "operator_id",
        "operator_id_type",
        "upload_id",
        "file_size",
        "file_seq",
        "file_checksum",
        "file_content"
      ],
      "examples": [
        {
          "operator_id": "test",
          "operator_id_type": 1,
          "upload_id": "11111111111",
          "file_size": 11,
          "file_seq": 1,
          "file_checksum": "5eb63bbbe01eeed093cb22bb8f5acdc3",
          "file_content": "hello world"
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
          "description": "Type of `operator_id` (操作者 ID 的类型): 1 userid only.",
          "$ref": "#/definitions/OperatorIdType",
          "enum": [
            1
          ]
        },
        "upload_id": {
          "description": "Upload transaction ID (上传事务 ID), as the prepare call answered it.",
          "type": "string",
          "minLength": 1,
          "x-non-blank": true
        },
        "file_size": {
          "description": "Size of this part in bytes (文件大小): the `block_size` the prepare call answered, or the real size for the last part (最后一个文件块按照实际大小填写).",
          "type": "integer",
          "minimum": 0
        },
        "file_seq": {
          "description": "Number of this part (文件块号), counting from 1 (从1开始计数); the last part may be smaller than `block_size`.",
          "type": "integer",
          "minimum": 1
        },
        "file_checksum": {
          "description": "Checksum of this part (文件校验和): the MD5 of the part's bytes in hexadecimal (文件内容 MD5 结果的十六进制表示); the case is unsaid: either is accepted.",
          "type": "string",
          "format": "md5-hex"
        },
        "file_content": {
          "description": "The part's bytes (文件二进制内容): exactly `file_size` bytes.",
          "type": "string",
          "contentMediaType": "application/octet-stream",
          "x-form-file": true
        }
      }
    }
  }
}"##;
}

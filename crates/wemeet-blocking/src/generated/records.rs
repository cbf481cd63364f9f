// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! The methods of the `records` service (records): one per endpoint of `schemas/records/endpoints.json`, each a call of `Client::send`.
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
impl crate::Client {
    /// List the cloud recordings of a time range (查询会议录制列表).
    ///
    /// `GET /v1/records`.
    ///
    /// Idempotent: also retried after timeouts and gateway errors.
    /// Accepts OAuth 2.0 access tokens as well as signed requests.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &wemeet_blocking::Client) -> Result<(), wemeet_blocking::Error> {
    /// let request = wemeet_blocking::records::ListRecordsRequest::builder()
    ///     .operator_id("testUser")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .meeting_code("423111111")
    ///     .start_time(1602950400)
    ///     .end_time(1603123200)
    ///     .build();
    /// let response = client.list_records(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) }
    /// ```
    pub fn list_records(
        &self,
        request: &wemeet_types::records::ListRecordsRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::records::ListRecordsResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::records::ListRecords>(&(), request)
    }
    /// List the playback and download addresses of a meeting recording's files (查询会议录制地址).
    ///
    /// `GET /v1/addresses`.
    ///
    /// Idempotent: also retried after timeouts and gateway errors.
    /// Accepts OAuth 2.0 access tokens as well as signed requests.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &wemeet_blocking::Client) -> Result<(), wemeet_blocking::Error> {
    /// let request = wemeet_blocking::records::ListRecordAddressesRequest::builder()
    ///     .meeting_record_id("1306538850111111111")
    ///     .operator_id("user_test")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .page_size(50)
    ///     .page(1)
    ///     .build();
    /// let response = client.list_record_addresses(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) }
    /// ```
    pub fn list_record_addresses(
        &self,
        request: &wemeet_types::records::ListRecordAddressesRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::records::ListRecordAddressesResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::records::ListRecordAddresses>(&(), request)
    }
    /// Get one recording file with its addresses, transcripts and minutes (查询单个录制详情（文件、转写、纪要）).
    ///
    /// `GET /v1/addresses/{record_file_id}`.
    ///
    /// Idempotent: also retried after timeouts and gateway errors.
    /// Accepts OAuth 2.0 access tokens as well as signed requests.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &wemeet_blocking::Client) -> Result<(), wemeet_blocking::Error> {
    /// let request = wemeet_blocking::records::GetRecordFileRequest::builder()
    ///     .operator_id("user_test")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .build();
    /// let response = client.get_record_file("1318080811111111111", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) }
    /// ```
    pub fn get_record_file(
        &self,
        record_file_id: &str,
        request: &wemeet_types::records::GetRecordFileRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::records::GetRecordFileResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::records::GetRecordFile,
            >(
            &wemeet_types::records::GetRecordFilePath::builder()
                .record_file_id(record_file_id)
                .build(),
            request,
        )
    }
    /// Upload a recording file of at most 20 MB in one request (上传录制文件).
    ///
    /// `POST /v1/files/records/upload-all`.
    ///
    /// Retried only when the request certainly never reached the server (a repeat could act twice).
    /// Signed requests only: the service does not accept OAuth 2.0 access tokens here.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &wemeet_blocking::Client) -> Result<(), wemeet_blocking::Error> {
    /// let request = wemeet_blocking::records::UploadRecordFileRequest::builder()
    ///     .operator_id("test")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .file_name("dGVzdC5tcDQ=")
    ///     .file_type(wemeet_blocking::records::RecordUploadFileType::Video)
    ///     .file_size(11)
    ///     .file_checksum("5eb63bbbe01eeed093cb22bb8f5acdc3")
    ///     .file_content("hello world")
    ///     .speak_number(2)
    ///     .ai_record(true)
    ///     .build();
    /// let response = client.upload_record_file(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) }
    /// ```
    pub fn upload_record_file(
        &self,
        request: &wemeet_types::records::UploadRecordFileRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::records::RecordUploadJobResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::records::UploadRecordFile>(&(), request)
    }
    /// Start a part-by-part upload of a recording file (分块上传录制文件-预上传).
    ///
    /// `POST /v1/files/records/upload-prepare`.
    ///
    /// Retried only when the request certainly never reached the server (a repeat could act twice).
    /// Signed requests only: the service does not accept OAuth 2.0 access tokens here.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &wemeet_blocking::Client) -> Result<(), wemeet_blocking::Error> {
    /// let request = wemeet_blocking::records::PrepareRecordUploadRequest::builder()
    ///     .operator_id("test")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .file_name("eHh4eHh4Lm1wNA==")
    ///     .file_type(wemeet_blocking::records::RecordUploadFileType::Video)
    ///     .file_size(11111)
    ///     .build();
    /// let response = client.prepare_record_upload(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) }
    /// ```
    pub fn prepare_record_upload(
        &self,
        request: &wemeet_types::records::PrepareRecordUploadRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::records::PrepareRecordUploadResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::records::PrepareRecordUpload>(&(), request)
    }
    /// Upload one part of a part-by-part recording upload (分块上传录制文件-上传分块).
    ///
    /// `POST /v1/files/records/upload-part`.
    /// The service answers an empty body: success is `Response<()>`.
    ///
    /// Idempotent: also retried after timeouts and gateway errors.
    /// Signed requests only: the service does not accept OAuth 2.0 access tokens here.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &wemeet_blocking::Client) -> Result<(), wemeet_blocking::Error> {
    /// let request = wemeet_blocking::records::UploadRecordPartRequest::builder()
    ///     .operator_id("test")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .upload_id("11111111111")
    ///     .file_size(11)
    ///     .file_seq(1)
    ///     .file_checksum("5eb63bbbe01eeed093cb22bb8f5acdc3")
    ///     .file_content("hello world")
    ///     .build();
    /// let response = client.upload_record_part(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) }
    /// ```
    pub fn upload_record_part(
        &self,
        request: &wemeet_types::records::UploadRecordPartRequest,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        self.send::<wemeet_types::records::UploadRecordPart>(&(), request)
    }
    /// Finish a part-by-part recording upload (分块上传录制文件-完成上传).
    ///
    /// `POST /v1/files/records/upload-finish`.
    ///
    /// Retried only when the request certainly never reached the server (a repeat could act twice).
    /// Signed requests only: the service does not accept OAuth 2.0 access tokens here.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &wemeet_blocking::Client) -> Result<(), wemeet_blocking::Error> {
    /// let request = wemeet_blocking::records::FinishRecordUploadRequest::builder()
    ///     .operator_id("test")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .upload_id("11111111")
    ///     .speak_number(2)
    ///     .ai_record(true)
    ///     .build();
    /// let response = client.finish_record_upload(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) }
    /// ```
    pub fn finish_record_upload(
        &self,
        request: &wemeet_types::records::FinishRecordUploadRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::records::RecordUploadJobResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::records::FinishRecordUpload>(&(), request)
    }
    /// Get the daily view and download counts of a meeting recording (查询录制文件访问数据).
    ///
    /// `GET /v1/metrics/records`.
    ///
    /// Idempotent: also retried after timeouts and gateway errors.
    /// Accepts OAuth 2.0 access tokens as well as signed requests.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 4049: Querying the record failed: it does not exist (查询单条记录失败，不存在的记录).
    /// - 403: No permission to operate on the resource (没有资源操作权限).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &wemeet_blocking::Client) -> Result<(), wemeet_blocking::Error> {
    /// let request = wemeet_blocking::records::GetRecordMetricsRequest::builder()
    ///     .meeting_record_id("135433123209931232425")
    ///     .start_time(1610985600)
    ///     .end_time(1613664000)
    ///     .build();
    /// let response = client.get_record_metrics(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) }
    /// ```
    pub fn get_record_metrics(
        &self,
        request: &wemeet_types::records::GetRecordMetricsRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::records::GetRecordMetricsResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::records::GetRecordMetrics>(&(), request)
    }
    /// Delete every file of a meeting recording (删除会议录制).
    ///
    /// `DELETE /v1/records`.
    /// The service answers an empty body: success is `Response<()>`.
    ///
    /// Retried only when the request certainly never reached the server (a repeat could act twice).
    /// Signed requests only: the service does not accept OAuth 2.0 access tokens here.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 7001: The meeting was not found (找不到会议信息).
    /// - 403: No permission to operate on the resource (没有资源操作权限).
    /// - 190001: A user is not registered (存在未注册的用户).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &wemeet_blocking::Client) -> Result<(), wemeet_blocking::Error> {
    /// let request = wemeet_blocking::records::DeleteMeetingRecordRequest::builder()
    ///     .meeting_id("765872811111111111")
    ///     .meeting_record_id("133584391111111111")
    ///     .operator_id("KM4Ss4Th09ogUw1JiK")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .build();
    /// let response = client.delete_meeting_record(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) }
    /// ```
    pub fn delete_meeting_record(
        &self,
        request: &wemeet_types::records::DeleteMeetingRecordRequest,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        self.send::<wemeet_types::records::DeleteMeetingRecord>(&(), request)
    }
    /// Delete one file of a meeting recording (删除单个录制文件).
    ///
    /// `DELETE /v1/records/{record_file_id}`.
    /// The service answers an empty body: success is `Response<()>`.
    ///
    /// Retried only when the request certainly never reached the server (a repeat could act twice).
    /// Signed requests only: the service does not accept OAuth 2.0 access tokens here.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 190001: A user is not registered (存在未注册的用户).
    /// - 4051: The recording file was already deleted (录制文件已经被删除).
    /// - 7003: The meeting's recording file was not found (找不到会议录制文件).
    /// - 403: No permission to operate on the resource (没有资源操作权限).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &wemeet_blocking::Client) -> Result<(), wemeet_blocking::Error> {
    /// let request = wemeet_blocking::records::DeleteRecordFileRequest::builder()
    ///     .meeting_id("7658728101111111111")
    ///     .operator_id("KM4Ss4Th09ogUw1JiK")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .build();
    /// let response = client.delete_record_file("1335844011111111111", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) }
    /// ```
    pub fn delete_record_file(
        &self,
        record_file_id: &str,
        request: &wemeet_types::records::DeleteRecordFileRequest,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        self.send::<
                wemeet_types::records::DeleteRecordFile,
            >(
            &wemeet_types::records::DeleteRecordFilePath::builder()
                .record_file_id(record_file_id)
                .build(),
            request,
        )
    }
    /// Add access members to a meeting recording (添加录制访问成员).
    ///
    /// `POST /v1/records/access/{meeting_record_id}`.
    ///
    /// Retried only when the request certainly never reached the server (a repeat could act twice).
    /// Accepts OAuth 2.0 access tokens as well as signed requests.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 41: A network error or timeout inside the service. The users, meetings and control pages: a network error, try again later (网络错误,请稍后重试); the recording access-members page: a network timeout (网络超时) with HTTP 400 and no advice to retry. `service`, the more cautious reading: never retried automatically.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &wemeet_blocking::Client) -> Result<(), wemeet_blocking::Error> {
    /// let request = wemeet_blocking::records::AddRecordAccessMembersRequest::builder()
    ///     .operator_id("test")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .access_members([
    ///         wemeet_blocking::records::RecordAccessMember::builder()
    ///             .to_operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///             .to_operator_id("user1")
    ///             .build(),
    ///         wemeet_blocking::records::RecordAccessMember::builder()
    ///             .to_operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///             .to_operator_id("user2")
    ///             .build(),
    ///     ])
    ///     .build();
    /// let response = client.add_record_access_members("12345678", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) }
    /// ```
    pub fn add_record_access_members(
        &self,
        meeting_record_id: &str,
        request: &wemeet_types::records::AddRecordAccessMembersRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::records::AddRecordAccessMembersResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::records::AddRecordAccessMembers,
            >(
            &wemeet_types::records::AddRecordAccessMembersPath::builder()
                .meeting_record_id(meeting_record_id)
                .build(),
            request,
        )
    }
    /// Remove access members of a meeting recording (移除录制访问成员).
    ///
    /// `DELETE /v1/records/access/{meeting_record_id}`.
    /// The service answers an empty body: success is `Response<()>`.
    ///
    /// Retried only when the request certainly never reached the server (a repeat could act twice).
    /// Accepts OAuth 2.0 access tokens as well as signed requests.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &wemeet_blocking::Client) -> Result<(), wemeet_blocking::Error> {
    /// let request = wemeet_blocking::records::RemoveRecordAccessMembersRequest::builder()
    ///     .operator_id("test")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .access_members([
    ///         wemeet_blocking::records::RecordAccessMemberId::builder()
    ///             .to_operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///             .to_operator_id("user1")
    ///             .build(),
    ///         wemeet_blocking::records::RecordAccessMemberId::builder()
    ///             .to_operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///             .to_operator_id("user2")
    ///             .build(),
    ///     ])
    ///     .build();
    /// let response = client.remove_record_access_members("12345678", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) }
    /// ```
    pub fn remove_record_access_members(
        &self,
        meeting_record_id: &str,
        request: &wemeet_types::records::RemoveRecordAccessMembersRequest,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        self.send::<
                wemeet_types::records::RemoveRecordAccessMembers,
            >(
            &wemeet_types::records::RemoveRecordAccessMembersPath::builder()
                .meeting_record_id(meeting_record_id)
                .build(),
            request,
        )
    }
    /// Approve or ignore applications to view a cloud recording (审批云录制权限).
    ///
    /// `PUT /v1/records/approvals/{meeting_record_id}`.
    /// The service answers an empty body: success is `Response<()>`.
    ///
    /// Idempotent: also retried after timeouts and gateway errors.
    /// Accepts OAuth 2.0 access tokens as well as signed requests.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &wemeet_blocking::Client) -> Result<(), wemeet_blocking::Error> {
    /// let request = wemeet_blocking::records::ApproveRecordApplicationsRequest::builder()
    ///     .operator_id("user1")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .apply_id_list(["12345678", "23456789"])
    ///     .action(wemeet_blocking::records::RecordApprovalAction::Approve)
    ///     .build();
    /// let response = client.approve_record_applications("123456667", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) }
    /// ```
    pub fn approve_record_applications(
        &self,
        meeting_record_id: &str,
        request: &wemeet_types::records::ApproveRecordApplicationsRequest,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        self.send::<
                wemeet_types::records::ApproveRecordApplications,
            >(
            &wemeet_types::records::ApproveRecordApplicationsPath::builder()
                .meeting_record_id(meeting_record_id)
                .build(),
            request,
        )
    }
    /// List who viewed or downloaded a meeting recording (获取会议录制操作（查看、下载）记录).
    ///
    /// `GET /v1/records/events`.
    ///
    /// Idempotent: also retried after timeouts and gateway errors.
    /// Accepts OAuth 2.0 access tokens as well as signed requests.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 4049: Querying the record failed: it does not exist (查询单条记录失败，不存在的记录).
    /// - 4044: The meeting recording is not finished yet (会议录制未完成).
    /// - 403: No permission to operate on the resource (没有资源操作权限).
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &wemeet_blocking::Client) -> Result<(), wemeet_blocking::Error> {
    /// let request = wemeet_blocking::records::ListRecordOperationsRequest::builder()
    ///     .meeting_record_id("13543312320993232421")
    ///     .event_type(wemeet_blocking::records::RecordOperationType::View)
    ///     .page_size(20)
    ///     .page(1)
    ///     .start_time(1610985600)
    ///     .end_time(1613664000)
    ///     .build();
    /// let response = client.list_record_operations(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) }
    /// ```
    pub fn list_record_operations(
        &self,
        request: &wemeet_types::records::ListRecordOperationsRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::records::ListRecordOperationsResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::records::ListRecordOperations>(&(), request)
    }
    /// Get the sharing settings of a meeting recording (查询会议录制共享设置).
    ///
    /// `GET /v1/records/settings/{meeting_record_id}`.
    ///
    /// Idempotent: also retried after timeouts and gateway errors.
    /// Accepts OAuth 2.0 access tokens as well as signed requests.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &wemeet_blocking::Client) -> Result<(), wemeet_blocking::Error> {
    /// let request = wemeet_blocking::records::GetRecordSettingsRequest::builder()
    ///     .operator_id("user1")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .build();
    /// let response = client.get_record_settings("123456789", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) }
    /// ```
    pub fn get_record_settings(
        &self,
        meeting_record_id: &str,
        request: &wemeet_types::records::GetRecordSettingsRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::records::GetRecordSettingsResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::records::GetRecordSettings,
            >(
            &wemeet_types::records::GetRecordSettingsPath::builder()
                .meeting_record_id(meeting_record_id)
                .build(),
            request,
        )
    }
    /// Change the sharing settings of a meeting recording (修改会议录制共享设置).
    ///
    /// `PUT /v1/records/settings/{meeting_record_id}`.
    /// The service answers an empty body: success is `Response<()>`.
    ///
    /// Idempotent: also retried after timeouts and gateway errors.
    /// Accepts OAuth 2.0 access tokens as well as signed requests.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &wemeet_blocking::Client) -> Result<(), wemeet_blocking::Error> {
    /// let request = wemeet_blocking::records::UpdateRecordSettingsRequest::builder()
    ///     .meeting_id("3423746843611111111")
    ///     .operator_id("test")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .sharing_config(wemeet_blocking::records::RecordSharingConfig::builder()
    ///         .enable_sharing(true)
    ///         .sharing_auth_type(wemeet_blocking::records::RecordSharingAuthType::Participants)
    ///         .enable_password(true)
    ///         .password("12asABcs")
    ///         .enable_sharing_expire(true)
    ///         .sharing_expire(1640908800000i64)
    ///         .allow_download(true)
    ///         .build())
    ///     .build();
    /// let response = client.update_record_settings("1335844011111111111", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) }
    /// ```
    pub fn update_record_settings(
        &self,
        meeting_record_id: &str,
        request: &wemeet_types::records::UpdateRecordSettingsRequest,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        self.send::<
                wemeet_types::records::UpdateRecordSettings,
            >(
            &wemeet_types::records::UpdateRecordSettingsPath::builder()
                .meeting_record_id(meeting_record_id)
                .build(),
            request,
        )
    }
    /// Get the transcript of a recording file, paragraph by paragraph (查询录制转写详情).
    ///
    /// `GET /v1/records/transcripts/details`.
    ///
    /// Idempotent: also retried after timeouts and gateway errors.
    /// Accepts OAuth 2.0 access tokens as well as signed requests.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &wemeet_blocking::Client) -> Result<(), wemeet_blocking::Error> {
    /// let request = wemeet_blocking::records::GetRecordTranscriptRequest::builder()
    ///     .meeting_id("1647607000000001721")
    ///     .record_file_id("1465500000000069281")
    ///     .pid("0")
    ///     .limit(2)
    ///     .operator_id("meeting1122233")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .build();
    /// let response = client.get_record_transcript(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) }
    /// ```
    pub fn get_record_transcript(
        &self,
        request: &wemeet_types::records::GetRecordTranscriptRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::records::GetRecordTranscriptResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::records::GetRecordTranscript>(&(), request)
    }
    /// List the paragraphs of a recording's transcript (查询录制转写段落信息).
    ///
    /// `GET /v1/records/transcripts/paragraphs`.
    ///
    /// Idempotent: also retried after timeouts and gateway errors.
    /// Accepts OAuth 2.0 access tokens as well as signed requests.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &wemeet_blocking::Client) -> Result<(), wemeet_blocking::Error> {
    /// let request = wemeet_blocking::records::ListTranscriptParagraphsRequest::builder()
    ///     .meeting_id("1647607000000001721")
    ///     .record_file_id("1465500000000069281")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .operator_id("meeting1122233")
    ///     .build();
    /// let response = client.list_transcript_paragraphs(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) }
    /// ```
    pub fn list_transcript_paragraphs(
        &self,
        request: &wemeet_types::records::ListTranscriptParagraphsRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::records::ListTranscriptParagraphsResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::records::ListTranscriptParagraphs>(&(), request)
    }
    /// Search a recording's transcript for a text (查询录制转写搜索结果).
    ///
    /// `GET /v1/records/transcripts/search`.
    ///
    /// Idempotent: also retried after timeouts and gateway errors.
    /// Accepts OAuth 2.0 access tokens as well as signed requests.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &wemeet_blocking::Client) -> Result<(), wemeet_blocking::Error> {
    /// let request = wemeet_blocking::records::SearchTranscriptRequest::builder()
    ///     .meeting_id("1647607000000001721")
    ///     .record_file_id("1465500000000069281")
    ///     .operator_id("meeting1122233")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .text("人")
    ///     .build();
    /// let response = client.search_transcript(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) }
    /// ```
    pub fn search_transcript(
        &self,
        request: &wemeet_types::records::SearchTranscriptRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::records::SearchTranscriptResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::records::SearchTranscript>(&(), request)
    }
    /// Have a private-network meeting's recording transferred, with a deletion policy (设置专网会议转存).
    ///
    /// `PUT /v1/records/transfer-recording`.
    /// The service answers an empty body: success is `Response<()>`.
    ///
    /// Retried only when the request certainly never reached the server (a repeat could act twice).
    /// Signed requests only: the service does not accept OAuth 2.0 access tokens here.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &wemeet_blocking::Client) -> Result<(), wemeet_blocking::Error> {
    /// let request = wemeet_blocking::records::SetRecordTransferRequest::builder()
    ///     .meeting_id("12345678")
    ///     .meeting_record_id("1123456789")
    ///     .operator_id("user1")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .instanceid(wemeet_blocking::InstanceId::Pc)
    ///     .delete_recording_after_transfer("-1")
    ///     .build();
    /// let response = client.set_record_transfer(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) }
    /// ```
    pub fn set_record_transfer(
        &self,
        request: &wemeet_types::records::SetRecordTransferRequest,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        self.send::<wemeet_types::records::SetRecordTransfer>(&(), request)
    }
    /// List every playback of a recording file in a time range (查询录制文件观看流水记录).
    ///
    /// `GET /v1/records/view-details`.
    ///
    /// Idempotent: also retried after timeouts and gateway errors.
    /// Accepts OAuth 2.0 access tokens as well as signed requests.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 9042: No permission for this operation (无权限进行该操作): check the operator's identity and the resource's owner. The cancel doc answers it with HTTP 403, the default-background doc with 500.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn example(client: &wemeet_blocking::Client) -> Result<(), wemeet_blocking::Error> {
    /// let request = wemeet_blocking::records::ListRecordViewsRequest::builder()
    ///     .record_file_id("1318080811111111111")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .operator_id("user1")
    ///     .page_size(20)
    ///     .page(1)
    ///     .build();
    /// let response = client.list_record_views(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) }
    /// ```
    pub fn list_record_views(
        &self,
        request: &wemeet_types::records::ListRecordViewsRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::records::ListRecordViewsResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::records::ListRecordViews>(&(), request)
    }
}

// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! The methods of the `meetings` service (meetings): one per endpoint of `schemas/meetings/endpoints.json`, each a call of `Client::send`.
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
impl crate::Client {
    /// Create (schedule) a meeting (创建会议).
    ///
    /// `POST /v1/meetings`.
    ///
    /// Retried only when the request certainly never reached the server (a repeat could act twice).
    /// Accepts OAuth 2.0 access tokens as well as signed requests.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 190001: A user is not registered (存在未注册的用户).
    /// - 500029: Create meeting: the user's hourly limit of 2 000 meetings is reached.
    /// - 500168: Create meeting: the monthly quota is used up.
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::meetings::CreateMeetingRequest::builder()
    ///     .userid("tester")
    ///     .instanceid(wemeet_blocking::InstanceId::Pc)
    ///     .subject("tester's meeting")
    ///     .meeting_type(wemeet_blocking::MeetingType::Scheduled)
    ///     .hosts(["tester"])
    ///     .invitees(["test1", "guest1", "guest2"])
    ///     .start_time(1572172200)
    ///     .end_time(1572175800)
    ///     .password("1111")
    ///     .settings(wemeet_blocking::meetings::Settings::builder()
    ///         .mute_enable_join(true)
    ///         .allow_unmute_self(false)
    ///         .mute_all(false)
    ///         .host_video(true)
    ///         .participant_video(false)
    ///         .enable_record(false)
    ///         .play_ivr_on_leave(false)
    ///         .play_ivr_on_join(false)
    ///         .live_url(false)
    ///         .build())
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.create_meeting(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create_meeting(
        &self,
        request: &wemeet_types::meetings::CreateMeetingRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::meetings::CreateMeetingResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::meetings::CreateMeeting>(&(), request)
    }
    /// Get a meeting by its ID (通过会议 ID 查询会议).
    ///
    /// `GET /v1/meetings/{meeting_id}`.
    ///
    /// Idempotent: also retried after timeouts and gateway errors.
    /// Accepts OAuth 2.0 access tokens as well as signed requests.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 9002: Illegal request (非法请求), for example a wrong meeting ID (获取 TinyId 错误或者 meetingId 错误).
    /// - 9003: The meeting does not exist (会议不存在).
    /// - 9042: No permission for this operation (无权限进行该操作): check the operator's identity and the resource's owner. The cancel doc answers it with HTTP 403, the default-background doc with 500.
    /// - 9061: The meeting is queried too often (查询会议过于频繁).
    /// - 190001: A user is not registered (存在未注册的用户).
    /// - 200004: The request is not supported.
    /// - 200005: The request body is not valid JSON.
    /// - 200006: A parameter is wrong.
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::meetings::GetMeetingRequest::builder()
    ///     .operator_id("tester1")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .instanceid(wemeet_blocking::InstanceId::Pc)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.get_meeting("7567173273889276131", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn get_meeting(
        &self,
        meeting_id: &str,
        request: &wemeet_types::meetings::GetMeetingRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::meetings::GetMeetingResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::meetings::GetMeeting,
            >(
            &wemeet_types::meetings::GetMeetingPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// Change a scheduled meeting (修改会议).
    ///
    /// `PUT /v1/meetings/{meeting_id}`.
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
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::meetings::UpdateMeetingRequest::builder()
    ///     .userid("tester")
    ///     .instanceid(wemeet_blocking::InstanceId::Pc)
    ///     .subject("test meeting")
    ///     .hosts(["test1"])
    ///     .invitees(["test2", "guest", "guest2"])
    ///     .start_time(1572085800)
    ///     .end_time(1572089400)
    ///     .password("1111")
    ///     .settings(wemeet_blocking::meetings::Settings::builder()
    ///         .mute_enable_join(true)
    ///         .allow_unmute_self(false)
    ///         .mute_all(false)
    ///         .play_ivr_on_leave(false)
    ///         .play_ivr_on_join(false)
    ///         .allow_in_before_host(true)
    ///         .auto_in_waiting_room(false)
    ///         .allow_screen_shared_watermark(false)
    ///         .only_enterprise_user_allowed(false)
    ///         .build())
    ///     .meeting_kind(wemeet_blocking::MeetingKind::Recurring)
    ///     .recurring_rule(wemeet_blocking::meetings::RecurringRuleSpec::builder()
    ///         .recurring_type(wemeet_blocking::meetings::RecurringType::Daily)
    ///         .until_type(wemeet_blocking::meetings::UntilType::ByCount)
    ///         .until_date(1600682957)
    ///         .until_count(7)
    ///         .sub_meeting_id("1601028557")
    ///         .build())
    ///     .enable_live(true)
    ///     .live_config(wemeet_blocking::meetings::LiveConfigSpec::builder()
    ///         .live_subject("mod-live-test")
    ///         .live_summary("mod-live-test")
    ///         .enable_live_password(true)
    ///         .live_password("8888")
    ///         .enable_live_im(true)
    ///         .enable_live_replay(true)
    ///         .live_watermark(wemeet_blocking::meetings::LiveWatermarkSpec::builder()
    ///             .watermark_opt(wemeet_blocking::meetings::LiveWatermarkOption::Default)
    ///             .build())
    ///         .build())
    ///     .guests([
    ///         wemeet_blocking::GuestSpec::builder()
    ///             .area("86")
    ///             .phone_number("xxxxxxxxx")
    ///             .guest_name("xxxx")
    ///             .build(),
    ///     ])
    ///     .location("18单元")
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.update_meeting("7567454748865986568", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn update_meeting(
        &self,
        meeting_id: &str,
        request: &wemeet_types::meetings::UpdateMeetingRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::meetings::UpdateMeetingResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::meetings::UpdateMeeting,
            >(
            &wemeet_types::meetings::UpdateMeetingPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// Cancel a meeting (取消会议).
    ///
    /// `POST /v1/meetings/{meeting_id}/cancel`.
    /// The service answers an empty body: success is `Response<()>`.
    ///
    /// Retried only when the request certainly never reached the server (a repeat could act twice).
    /// Accepts OAuth 2.0 access tokens as well as signed requests.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 500014: The account has no permission (账号无权限).
    /// - 9042: No permission for this operation (无权限进行该操作): check the operator's identity and the resource's owner. The cancel doc answers it with HTTP 403, the default-background doc with 500.
    /// - 9002: Illegal request (非法请求), for example a wrong meeting ID (获取 TinyId 错误或者 meetingId 错误).
    /// - 9007: The meeting is already cancelled (`MEETING CANCLED`, sic).
    /// - 13602: A meeting that has started cannot be cancelled (已开始的会议不能取消).
    /// - 13603: The meeting has ended (会议已结束).
    /// - 13000: Querying the meeting from the cache failed (缓存查询会议信息失败).
    /// - 960000: A network error inside the service: try again later (网络错误,请稍后重试).
    /// - 190001: A user is not registered (存在未注册的用户).
    /// - 9003: The meeting does not exist (会议不存在).
    /// - 202007: The member is not in the meeting (成员不在会中).
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::meetings::CancelMeetingRequest::builder()
    ///     .userid("test1")
    ///     .instanceid(wemeet_blocking::InstanceId::Pc)
    ///     .reason_code(1)
    ///     .reason_detail("取消会议")
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.cancel_meeting("7567173273889276131", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn cancel_meeting(
        &self,
        meeting_id: &str,
        request: &wemeet_types::meetings::CancelMeetingRequest,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        self.send::<
                wemeet_types::meetings::CancelMeeting,
            >(
            &wemeet_types::meetings::CancelMeetingPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// List a user's meetings in progress or about to start (查询用户的会议列表).
    ///
    /// `GET /v1/meetings`.
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
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::meetings::ListMeetingsRequest::builder()
    ///     .userid("tester1")
    ///     .instanceid(wemeet_blocking::InstanceId::Pc)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.list_meetings(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list_meetings(
        &self,
        request: &wemeet_types::meetings::ListMeetingsRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::meetings::ListMeetingsResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::meetings::ListMeetings>(&(), request)
    }
    /// The pages of [`list_meetings`](Self::list_meetings), from `request`'s page to the last, each a call of its own (see [`Pages`](crate::Pages)); `.items()` walks their items.
    pub fn list_meetings_pages(
        &self,
        request: &wemeet_types::meetings::ListMeetingsRequest,
    ) -> crate::Pages<'_, wemeet_types::meetings::ListMeetings> {
        self.pages::<wemeet_types::meetings::ListMeetings>(&(), request)
    }
    /// List the ended meetings a user created or attended (查询用户已结束会议列表).
    ///
    /// `GET /v1/history/meetings/{userid}`.
    ///
    /// Idempotent: also retried after timeouts and gateway errors.
    /// Accepts OAuth 2.0 access tokens as well as signed requests.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 500014: The account has no permission (账号无权限).
    /// - 41: A network error or timeout inside the service. The users, meetings and control pages: a network error, try again later (网络错误,请稍后重试); the recording access-members page: a network timeout (网络超时) with HTTP 400 and no advice to retry. `service`, the more cautious reading: never retried automatically.
    /// - 960000: A network error inside the service: try again later (网络错误,请稍后重试).
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::meetings::ListHistoryMeetingsRequest::builder()
    ///     .page_size(20)
    ///     .page(1)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.list_history_meetings("tester", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list_history_meetings(
        &self,
        userid: &str,
        request: &wemeet_types::meetings::ListHistoryMeetingsRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::meetings::ListHistoryMeetingsResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::meetings::ListHistoryMeetings,
            >(
            &wemeet_types::meetings::ListHistoryMeetingsPath::builder()
                .userid(userid)
                .build(),
            request,
        )
    }
    /// The pages of [`list_history_meetings`](Self::list_history_meetings), from `request`'s page to the last, each a call of its own (see [`Pages`](crate::Pages)); `.items()` walks their items.
    pub fn list_history_meetings_pages(
        &self,
        userid: &str,
        request: &wemeet_types::meetings::ListHistoryMeetingsRequest,
    ) -> crate::Pages<'_, wemeet_types::meetings::ListHistoryMeetings> {
        self.pages::<
                wemeet_types::meetings::ListHistoryMeetings,
            >(
            &wemeet_types::meetings::ListHistoryMeetingsPath::builder()
                .userid(userid)
                .build(),
            request,
        )
    }
    /// List the meetings held on a personal meeting ID (查询个人会议号会议列表).
    ///
    /// `GET /v1/pmi-meetings`.
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
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::meetings::ListPmiMeetingsRequest::builder()
    ///     .operator_id("tester")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .instanceid(wemeet_blocking::InstanceId::Pc)
    ///     .page(1)
    ///     .page_size(20)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.list_pmi_meetings(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list_pmi_meetings(
        &self,
        request: &wemeet_types::meetings::ListPmiMeetingsRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::meetings::ListPmiMeetingsResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::meetings::ListPmiMeetings>(&(), request)
    }
    /// The pages of [`list_pmi_meetings`](Self::list_pmi_meetings), from `request`'s page to the last, each a call of its own (see [`Pages`](crate::Pages)); `.items()` walks their items.
    pub fn list_pmi_meetings_pages(
        &self,
        request: &wemeet_types::meetings::ListPmiMeetingsRequest,
    ) -> crate::Pages<'_, wemeet_types::meetings::ListPmiMeetings> {
        self.pages::<wemeet_types::meetings::ListPmiMeetings>(&(), request)
    }
    /// Check which of some meetings a user's devices are in (查询用户设备是否入会).
    ///
    /// `POST /v1/meetings/query/meetingid-for-device`.
    ///
    /// Idempotent: also retried after timeouts and gateway errors.
    /// Signed requests only: the service does not accept OAuth 2.0 access tokens here.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 190001: A user is not registered (存在未注册的用户).
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::meetings::ListUserDeviceMeetingsRequest::builder()
    ///     .operator_id("meeting123")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .instanceids([wemeet_blocking::InstanceId::Pc])
    ///     .meeting_id(["4500010439370947386"])
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.list_user_device_meetings(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list_user_device_meetings(
        &self,
        request: &wemeet_types::meetings::ListUserDeviceMeetingsRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::meetings::ListUserDeviceMeetingsResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::meetings::ListUserDeviceMeetings>(&(), request)
    }
    /// List the participants of a meeting (获取参会成员列表).
    ///
    /// `GET /v1/meetings/{meeting_id}/participants`.
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
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::meetings::ListMeetingParticipantsRequest::builder()
    ///     .userid("owner1")
    ///     .size(20)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.list_meeting_participants("144115214488302892", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list_meeting_participants(
        &self,
        meeting_id: &str,
        request: &wemeet_types::meetings::ListMeetingParticipantsRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::meetings::ListMeetingParticipantsResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::meetings::ListMeetingParticipants,
            >(
            &wemeet_types::meetings::ListMeetingParticipantsPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// The pages of [`list_meeting_participants`](Self::list_meeting_participants), from `request`'s page to the last, each a call of its own (see [`Pages`](crate::Pages)); `.items()` walks their items.
    pub fn list_meeting_participants_pages(
        &self,
        meeting_id: &str,
        request: &wemeet_types::meetings::ListMeetingParticipantsRequest,
    ) -> crate::Pages<'_, wemeet_types::meetings::ListMeetingParticipants> {
        self.pages::<
                wemeet_types::meetings::ListMeetingParticipants,
            >(
            &wemeet_types::meetings::ListMeetingParticipantsPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// List the members in a meeting now (查询实时会中成员列表).
    ///
    /// `GET /v1/meetings/{meeting_id}/real-time-participants`.
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
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::meetings::ListRealTimeParticipantsRequest::builder()
    ///     .operator_id("tester")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .page(1)
    ///     .page_size(20)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.list_real_time_participants("7567173273889276131", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list_real_time_participants(
        &self,
        meeting_id: &str,
        request: &wemeet_types::meetings::ListRealTimeParticipantsRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::meetings::ListRealTimeParticipantsResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::meetings::ListRealTimeParticipants,
            >(
            &wemeet_types::meetings::ListRealTimeParticipantsPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// The pages of [`list_real_time_participants`](Self::list_real_time_participants), from `request`'s page to the last, each a call of its own (see [`Pages`](crate::Pages)); `.items()` walks their items.
    pub fn list_real_time_participants_pages(
        &self,
        meeting_id: &str,
        request: &wemeet_types::meetings::ListRealTimeParticipantsRequest,
    ) -> crate::Pages<'_, wemeet_types::meetings::ListRealTimeParticipants> {
        self.pages::<
                wemeet_types::meetings::ListRealTimeParticipants,
            >(
            &wemeet_types::meetings::ListRealTimeParticipantsPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// List the invited members of a meeting (获取会议受邀成员列表).
    ///
    /// `GET /v1/meetings/{meeting_id}/invitees`.
    ///
    /// Idempotent: also retried after timeouts and gateway errors.
    /// Accepts OAuth 2.0 access tokens as well as signed requests.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 9042: No permission for this operation (无权限进行该操作): check the operator's identity and the resource's owner. The cancel doc answers it with HTTP 403, the default-background doc with 500.
    /// - 190457: The meeting does not exist: check `meeting_id` (会议不存在,请核对 meeting_id).
    /// - 500041: Setting the meeting's invitation tickets failed: try again later (设置选人票失败,请稍后重试).
    /// - 190001: A user is not registered (存在未注册的用户).
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::meetings::ListMeetingInviteesRequest::builder()
    ///     .userid("tester")
    ///     .instanceid(wemeet_blocking::InstanceId::Pc)
    ///     .pos(0)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.list_meeting_invitees("2594xxxxxxxxxx9143", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list_meeting_invitees(
        &self,
        meeting_id: &str,
        request: &wemeet_types::meetings::ListMeetingInviteesRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::meetings::ListMeetingInviteesResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::meetings::ListMeetingInvitees,
            >(
            &wemeet_types::meetings::ListMeetingInviteesPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// The pages of [`list_meeting_invitees`](Self::list_meeting_invitees), from `request`'s page to the last, each a call of its own (see [`Pages`](crate::Pages)); `.items()` walks their items.
    pub fn list_meeting_invitees_pages(
        &self,
        meeting_id: &str,
        request: &wemeet_types::meetings::ListMeetingInviteesRequest,
    ) -> crate::Pages<'_, wemeet_types::meetings::ListMeetingInvitees> {
        self.pages::<
                wemeet_types::meetings::ListMeetingInvitees,
            >(
            &wemeet_types::meetings::ListMeetingInviteesPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// Replace the invited members of a meeting (修改会议受邀成员列表).
    ///
    /// `PUT /v1/meetings/{meeting_id}/invitees`.
    ///
    /// Idempotent: also retried after timeouts and gateway errors.
    /// Accepts OAuth 2.0 access tokens as well as signed requests.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 190431: Creating the meeting's guests failed (创建会议嘉宾失败).
    /// - 9042: No permission for this operation (无权限进行该操作): check the operator's identity and the resource's owner. The cancel doc answers it with HTTP 403, the default-background doc with 500.
    /// - 190457: The meeting does not exist: check `meeting_id` (会议不存在,请核对 meeting_id).
    /// - 190001: A user is not registered (存在未注册的用户).
    /// - 190308: Looking up the user's internal ID failed (查询 tinyID 失败).
    /// - 500041: Setting the meeting's invitation tickets failed: try again later (设置选人票失败,请稍后重试).
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::meetings::SetMeetingInviteesRequest::builder()
    ///     .userid("testinvitees_01")
    ///     .instanceid(wemeet_blocking::InstanceId::Pc)
    ///     .invitees([
    ///         wemeet_blocking::meetings::MeetingInviteeSpec::builder()
    ///             .userid("testinvitees_11")
    ///             .build(),
    ///         wemeet_blocking::meetings::MeetingInviteeSpec::builder()
    ///             .userid("testinvitees_21")
    ///             .build(),
    ///     ])
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.set_meeting_invitees("2594xxxxxxxxxx9143", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn set_meeting_invitees(
        &self,
        meeting_id: &str,
        request: &wemeet_types::meetings::SetMeetingInviteesRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::meetings::SetMeetingInviteesResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::meetings::SetMeetingInvitees,
            >(
            &wemeet_types::meetings::SetMeetingInviteesPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// List the live quality data of a meeting's members (获取会议实时质量检测数据).
    ///
    /// `GET /v1/meetings/{meeting_id}/qos`.
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
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::meetings::ListMeetingQosRequest::builder()
    ///     .operator_id("tester")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .page_size(20)
    ///     .page(1)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.list_meeting_qos("7567173273889276131", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list_meeting_qos(
        &self,
        meeting_id: &str,
        request: &wemeet_types::meetings::ListMeetingQosRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::meetings::ListMeetingQosResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::meetings::ListMeetingQos,
            >(
            &wemeet_types::meetings::ListMeetingQosPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// The pages of [`list_meeting_qos`](Self::list_meeting_qos), from `request`'s page to the last, each a call of its own (see [`Pages`](crate::Pages)); `.items()` walks their items.
    pub fn list_meeting_qos_pages(
        &self,
        meeting_id: &str,
        request: &wemeet_types::meetings::ListMeetingQosRequest,
    ) -> crate::Pages<'_, wemeet_types::meetings::ListMeetingQos> {
        self.pages::<
                wemeet_types::meetings::ListMeetingQos,
            >(
            &wemeet_types::meetings::ListMeetingQosPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// Get the health of an ended meeting and its participants (查询会议健康度).
    ///
    /// `GET /v1/meetings/{meeting_id}/quality`.
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
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::meetings::GetMeetingQualityRequest::builder()
    ///     .operator_id("admin1")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .page_size(20)
    ///     .page(1)
    ///     .start_time(1660000000)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.get_meeting_quality("7567173273889276131", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn get_meeting_quality(
        &self,
        meeting_id: &str,
        request: &wemeet_types::meetings::GetMeetingQualityRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::meetings::GetMeetingQualityResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::meetings::GetMeetingQuality,
            >(
            &wemeet_types::meetings::GetMeetingQualityPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// The pages of [`get_meeting_quality`](Self::get_meeting_quality), from `request`'s page to the last, each a call of its own (see [`Pages`](crate::Pages)); `.items()` walks their items.
    pub fn get_meeting_quality_pages(
        &self,
        meeting_id: &str,
        request: &wemeet_types::meetings::GetMeetingQualityRequest,
    ) -> crate::Pages<'_, wemeet_types::meetings::GetMeetingQuality> {
        self.pages::<
                wemeet_types::meetings::GetMeetingQuality,
            >(
            &wemeet_types::meetings::GetMeetingQualityPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// Read the enrolment configuration and questions of a meeting (查询会议报名配置).
    ///
    /// `GET /v1/meetings/{meeting_id}/enroll/config`.
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
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::meetings::GetEnrollmentConfigRequest::builder()
    ///     .operator_id("user1")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .instanceid(wemeet_blocking::InstanceId::Pc)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.get_enrollment_config("100001", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn get_enrollment_config(
        &self,
        meeting_id: &str,
        request: &wemeet_types::meetings::GetEnrollmentConfigRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::meetings::GetEnrollmentConfigResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::meetings::GetEnrollmentConfig,
            >(
            &wemeet_types::meetings::GetEnrollmentConfigPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// Change the enrolment configuration and questions of a meeting (修改会议报名配置).
    ///
    /// `PUT /v1/meetings/{meeting_id}/enroll/config`.
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
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::meetings::UpdateEnrollmentConfigRequest::builder()
    ///     .operator_id("user1")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .instanceid(wemeet_blocking::InstanceId::Pc)
    ///     .approve_type(wemeet_blocking::meetings::EnrollApproveType::Manual)
    ///     .is_collect_question(wemeet_blocking::meetings::EnrollQuestionCollection::On)
    ///     .question_list([
    ///         wemeet_blocking::meetings::EnrollQuestionSpec::builder()
    ///             .is_required(wemeet_blocking::meetings::EnrollQuestionRequirement::Required)
    ///             .special_type(wemeet_blocking::meetings::EnrollSpecialQuestion::PhoneNumber)
    ///             .build(),
    ///         wemeet_blocking::meetings::EnrollQuestionSpec::builder()
    ///             .is_required(wemeet_blocking::meetings::EnrollQuestionRequirement::Optional)
    ///             .question_type(wemeet_blocking::meetings::EnrollQuestionType::SingleChoice)
    ///             .question_title("所在城市")
    ///             .special_type(wemeet_blocking::meetings::EnrollSpecialQuestion::Ordinary)
    ///             .option_list([
    ///                 wemeet_blocking::meetings::EnrollQuestionOptionSpec::builder()
    ///                     .content("深圳")
    ///                     .build(),
    ///                 wemeet_blocking::meetings::EnrollQuestionOptionSpec::builder()
    ///                     .content("北京")
    ///                     .build(),
    ///             ])
    ///             .build(),
    ///     ])
    ///     .enroll_number(500)
    ///     .enroll_deadline(1700000000)
    ///     .enroll_push_type([wemeet_blocking::meetings::EnrollPushType::Sms])
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.update_enrollment_config("100001", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn update_enrollment_config(
        &self,
        meeting_id: &str,
        request: &wemeet_types::meetings::UpdateEnrollmentConfigRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::meetings::UpdateEnrollmentConfigResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::meetings::UpdateEnrollmentConfig,
            >(
            &wemeet_types::meetings::UpdateEnrollmentConfigPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// List the enrolments of a meeting with the registrants' answers, one page at a time (查询会议报名信息).
    ///
    /// `GET /v1/meetings/{meeting_id}/enroll/approvals`.
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
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::meetings::ListEnrollmentsRequest::builder()
    ///     .operator_id("user1")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .instanceid(wemeet_blocking::InstanceId::Pc)
    ///     .page(1)
    ///     .page_size(20)
    ///     .status(wemeet_blocking::meetings::EnrollmentStatusFilter::All)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.list_enrollments("100001", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list_enrollments(
        &self,
        meeting_id: &str,
        request: &wemeet_types::meetings::ListEnrollmentsRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::meetings::ListEnrollmentsResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::meetings::ListEnrollments,
            >(
            &wemeet_types::meetings::ListEnrollmentsPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// The pages of [`list_enrollments`](Self::list_enrollments), from `request`'s page to the last, each a call of its own (see [`Pages`](crate::Pages)); `.items()` walks their items.
    pub fn list_enrollments_pages(
        &self,
        meeting_id: &str,
        request: &wemeet_types::meetings::ListEnrollmentsRequest,
    ) -> crate::Pages<'_, wemeet_types::meetings::ListEnrollments> {
        self.pages::<
                wemeet_types::meetings::ListEnrollments,
            >(
            &wemeet_types::meetings::ListEnrollmentsPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// Approve, reject or withdraw the approval of enrolments of a meeting (审批会议报名信息).
    ///
    /// `PUT /v1/meetings/{meeting_id}/enroll/approvals`.
    ///
    /// Idempotent: also retried after timeouts and gateway errors.
    /// Accepts OAuth 2.0 access tokens as well as signed requests.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 101: Enrolment: the meeting has no enrolment (会议未开启报名).
    /// - 190001: A user is not registered (存在未注册的用户).
    /// - 107: Enrolment: the operator lacks the permission (查询权限不足); only the meeting's creator may manage enrolments.
    /// - 129: Enrolment: the meeting has ended (会议已结束).
    /// - 112: Enrolment: no enrolment with this ID (报名 ID 不存在).
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::meetings::ReviewEnrollmentsRequest::builder()
    ///     .operator_id("KM4Ss4Th09ogUw1JiK")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .action(wemeet_blocking::meetings::EnrollReviewAction::Approve)
    ///     .enroll_id_list([1386442])
    ///     .instanceid(wemeet_blocking::InstanceId::Pc)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.review_enrollments("100001", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn review_enrollments(
        &self,
        meeting_id: &str,
        request: &wemeet_types::meetings::ReviewEnrollmentsRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::meetings::ReviewEnrollmentsResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::meetings::ReviewEnrollments,
            >(
            &wemeet_types::meetings::ReviewEnrollmentsPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// Find the enrolment IDs of meeting members from their temporary in-meeting IDs (查询会议成员报名 ID).
    ///
    /// `POST /v1/meetings/{meeting_id}/enroll/ids`.
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
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::meetings::ListEnrollmentIdsRequest::builder()
    ///     .operator_id("user1")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .instanceid(wemeet_blocking::InstanceId::Pc)
    ///     .sorting_rules(wemeet_blocking::meetings::EnrollSortingRule::ImportedFirst)
    ///     .ms_open_id_list(["xxxxxxxx1", "xxxxxxxx2"])
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.list_enrollment_ids("100001", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list_enrollment_ids(
        &self,
        meeting_id: &str,
        request: &wemeet_types::meetings::ListEnrollmentIdsRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::meetings::ListEnrollmentIdsResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::meetings::ListEnrollmentIds,
            >(
            &wemeet_types::meetings::ListEnrollmentIdsPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// Import enrolments into a meeting by userid, open_id or phone number (导入会议报名信息).
    ///
    /// `POST /v1/meetings/{meeting_id}/enroll/import`.
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
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::meetings::ImportEnrollmentsRequest::builder()
    ///     .operator_id("user1")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .instanceid(wemeet_blocking::InstanceId::Pc)
    ///     .enroll_list([
    ///         wemeet_blocking::meetings::EnrollImportEntry::builder()
    ///             .userid("user2")
    ///             .nick_name("张三")
    ///             .build(),
    ///         wemeet_blocking::meetings::EnrollImportEntry::builder()
    ///             .area("86")
    ///             .phone_number("13800000000")
    ///             .nick_name("李四")
    ///             .build(),
    ///     ])
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.import_enrollments("100001", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn import_enrollments(
        &self,
        meeting_id: &str,
        request: &wemeet_types::meetings::ImportEnrollmentsRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::meetings::ImportEnrollmentsResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::meetings::ImportEnrollments,
            >(
            &wemeet_types::meetings::ImportEnrollmentsPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// Delete enrolments of a meeting, made by users or imported (删除会议报名信息).
    ///
    /// `DELETE /v1/meetings/{meeting_id}/enroll/unregistration`.
    ///
    /// Retried only when the request certainly never reached the server (a repeat could act twice).
    /// Accepts OAuth 2.0 access tokens as well as signed requests.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 101: Enrolment: the meeting has no enrolment (会议未开启报名).
    /// - 190001: A user is not registered (存在未注册的用户).
    /// - 107: Enrolment: the operator lacks the permission (查询权限不足); only the meeting's creator may manage enrolments.
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::meetings::DeleteEnrollmentsRequest::builder()
    ///     .operator_id("user1")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .instanceid(wemeet_blocking::InstanceId::Mac)
    ///     .enroll_id_list([
    ///         wemeet_blocking::meetings::EnrollIdRef::builder()
    ///             .enroll_id(1351111)
    ///             .build(),
    ///     ])
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.delete_enrollments("100001", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete_enrollments(
        &self,
        meeting_id: &str,
        request: &wemeet_types::meetings::DeleteEnrollmentsRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::meetings::DeleteEnrollmentsResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::meetings::DeleteEnrollments,
            >(
            &wemeet_types::meetings::DeleteEnrollmentsPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// Set the custom hot words of speech recognition for a meeting, a recording or an operator (设置语音识别热词).
    ///
    /// `PUT /v1/asr/config`.
    ///
    /// Idempotent: also retried after timeouts and gateway errors.
    /// Accepts OAuth 2.0 access tokens as well as signed requests.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 550000: The request timed out: try again later (请求超时,请稍后再试).
    /// - 500089: Hot words: the meeting does not exist, check `meeting_id` (会议不存在,请核对 meeting_id).
    /// - 500091: No permission for this operation (无权限进行该操作): check the operator's identity and who owns the resource.
    /// - 500071: Hot words: no matching hot words or domain model (无符合的热词或领域模型).
    /// - 500093: The meeting is neither waiting to start nor in progress (会议状态不为待开始/进行中).
    /// - 500167: The recording file does not exist: check `record_file_id` (录制文件不存在).
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::meetings::SetAsrHotWordsRequest::builder()
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .operator_id("afagsagwags")
    ///     .tag("产品")
    ///     .customize_words(["腾讯会议", "热词"])
    ///     .meeting_id("1242152152161")
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.set_asr_hot_words(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn set_asr_hot_words(
        &self,
        request: &wemeet_types::meetings::SetAsrHotWordsRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::meetings::SetAsrHotWordsResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::meetings::SetAsrHotWords>(&(), request)
    }
    /// Turn on or off the push of a meeting's real-time transcription to the `meeting.asr-push` event (开启/关闭实时转写推送).
    ///
    /// `POST /v1/asr/push-status`.
    /// The service answers an empty body: success is `Response<()>`.
    ///
    /// Idempotent: also retried after timeouts and gateway errors.
    /// Accepts OAuth 2.0 access tokens as well as signed requests.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 550000: The request timed out: try again later (请求超时,请稍后再试).
    /// - 9042: No permission for this operation (无权限进行该操作): check the operator's identity and the resource's owner. The cancel doc answers it with HTTP 403, the default-background doc with 500.
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::meetings::SetAsrPushStatusRequest::builder()
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .operator_id("xxxxxxx")
    ///     .meeting_id("xxxxxxx")
    ///     .is_open(true)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.set_asr_push_status(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn set_asr_push_status(
        &self,
        request: &wemeet_types::meetings::SetAsrPushStatusRequest,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        self.send::<wemeet_types::meetings::SetAsrPushStatus>(&(), request)
    }
    /// Export the real-time transcription records of a meeting as download links, one page at a time (导出实时转写记录).
    ///
    /// `GET /v1/asr/details`.
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
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::meetings::ExportAsrRecordsRequest::builder()
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .operator_id("user1")
    ///     .meeting_id("12345678")
    ///     .file_type(wemeet_blocking::meetings::AsrExportFileType::Txt)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.export_asr_records(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn export_asr_records(
        &self,
        request: &wemeet_types::meetings::ExportAsrRecordsRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::meetings::ExportAsrRecordsResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::meetings::ExportAsrRecords>(&(), request)
    }
    /// The pages of [`export_asr_records`](Self::export_asr_records), from `request`'s page to the last, each a call of its own (see [`Pages`](crate::Pages)); `.items()` walks their items.
    pub fn export_asr_records_pages(
        &self,
        request: &wemeet_types::meetings::ExportAsrRecordsRequest,
    ) -> crate::Pages<'_, wemeet_types::meetings::ExportAsrRecords> {
        self.pages::<wemeet_types::meetings::ExportAsrRecords>(&(), request)
    }
    /// List who is in a meeting's waiting room now (获取实时等候室成员列表).
    ///
    /// `GET /v1/meetings/{meeting_id}/waiting-room-participants`.
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
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::meetings::ListWaitingRoomParticipantsRequest::builder()
    ///     .userid("tester")
    ///     .page_size(10)
    ///     .page(1)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.list_waiting_room_participants("7567173273889276131", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list_waiting_room_participants(
        &self,
        meeting_id: &str,
        request: &wemeet_types::meetings::ListWaitingRoomParticipantsRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::meetings::ListWaitingRoomParticipantsResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::meetings::ListWaitingRoomParticipants,
            >(
            &wemeet_types::meetings::ListWaitingRoomParticipantsPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// The pages of [`list_waiting_room_participants`](Self::list_waiting_room_participants), from `request`'s page to the last, each a call of its own (see [`Pages`](crate::Pages)); `.items()` walks their items.
    pub fn list_waiting_room_participants_pages(
        &self,
        meeting_id: &str,
        request: &wemeet_types::meetings::ListWaitingRoomParticipantsRequest,
    ) -> crate::Pages<'_, wemeet_types::meetings::ListWaitingRoomParticipants> {
        self.pages::<
                wemeet_types::meetings::ListWaitingRoomParticipants,
            >(
            &wemeet_types::meetings::ListWaitingRoomParticipantsPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// List everyone who entered or left a meeting's waiting room (查询等候室成员记录).
    ///
    /// `GET /v1/meeting/{meeting_id}/waiting-room`.
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
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::meetings::ListWaitingRoomRecordsRequest::builder()
    ///     .operator_id("tester")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .page(1)
    ///     .page_size(20)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.list_waiting_room_records("7567173273889276131", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list_waiting_room_records(
        &self,
        meeting_id: &str,
        request: &wemeet_types::meetings::ListWaitingRoomRecordsRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::meetings::ListWaitingRoomRecordsResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::meetings::ListWaitingRoomRecords,
            >(
            &wemeet_types::meetings::ListWaitingRoomRecordsPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// The pages of [`list_waiting_room_records`](Self::list_waiting_room_records), from `request`'s page to the last, each a call of its own (see [`Pages`](crate::Pages)); `.items()` walks their items.
    pub fn list_waiting_room_records_pages(
        &self,
        meeting_id: &str,
        request: &wemeet_types::meetings::ListWaitingRoomRecordsRequest,
    ) -> crate::Pages<'_, wemeet_types::meetings::ListWaitingRoomRecords> {
        self.pages::<
                wemeet_types::meetings::ListWaitingRoomRecords,
            >(
            &wemeet_types::meetings::ListWaitingRoomRecordsPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// Read the waiting-room welcome message of a meeting (获取等候室欢迎语).
    ///
    /// `GET /v1/meeting/{meeting_id}/waiting-room-welcome-message`.
    ///
    /// Idempotent: also retried after timeouts and gateway errors.
    /// Accepts OAuth 2.0 access tokens as well as signed requests.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 9042: No permission for this operation (无权限进行该操作): check the operator's identity and the resource's owner. The cancel doc answers it with HTTP 403, the default-background doc with 500.
    /// - 190001: A user is not registered (存在未注册的用户).
    /// - 190457: The meeting does not exist: check `meeting_id` (会议不存在,请核对 meeting_id).
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::meetings::GetWaitingRoomWelcomeMessageRequest::builder()
    ///     .operator_id("user1")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.get_waiting_room_welcome_message("100001", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn get_waiting_room_welcome_message(
        &self,
        meeting_id: &str,
        request: &wemeet_types::meetings::GetWaitingRoomWelcomeMessageRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::meetings::WaitingRoomWelcomeMessageResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::meetings::GetWaitingRoomWelcomeMessage,
            >(
            &wemeet_types::meetings::GetWaitingRoomWelcomeMessagePath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// Set the waiting-room welcome message of a meeting (设置等候室欢迎语).
    ///
    /// `POST /v1/meeting/set-waiting-room-welcome-message`.
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
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::meetings::SetWaitingRoomWelcomeMessageRequest::builder()
    ///     .meeting_id("100001")
    ///     .operator_id("user1")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .enable_welcome(true)
    ///     .welcome_text("%NICKNAME%,欢迎大家")
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.set_waiting_room_welcome_message(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn set_waiting_room_welcome_message(
        &self,
        request: &wemeet_types::meetings::SetWaitingRoomWelcomeMessageRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::meetings::WaitingRoomWelcomeMessageResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::meetings::SetWaitingRoomWelcomeMessage>(&(), request)
    }
    /// Add backgrounds to a scheduled meeting (添加会议背景).
    ///
    /// `POST /v1/meetings/{meeting_id}/backgrounds`.
    ///
    /// Retried only when the request certainly never reached the server (a repeat could act twice).
    /// Signed requests only: the service does not accept OAuth 2.0 access tokens here.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 20013: Backgrounds: the image URL is invalid.
    /// - 20014: Backgrounds: the image size is invalid (背景图片大小非法).
    /// - 20018: Backgrounds: the meeting would hold more than its maximum of backgrounds (会议背景数量超过最大值).
    /// - 20026: Backgrounds: `default_image_order` is out of range (应用背景序号超出范围).
    /// - 202001: Getting the meeting's details failed: check that the meeting exists.
    /// - 9042: No permission for this operation (无权限进行该操作): check the operator's identity and the resource's owner. The cancel doc answers it with HTTP 403, the default-background doc with 500.
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::meetings::AddMeetingBackgroundsRequest::builder()
    ///     .userid("creator1")
    ///     .instanceid(wemeet_blocking::InstanceId::Pc)
    ///     .default_image_order(2)
    ///     .image_list([
    ///         wemeet_blocking::meetings::BackgroundImage::builder()
    ///             .image_md5("c8c7a1b2c3d4e5f60718293a4b5c8a2e")
    ///             .image_url("https://xxxxxx.cos.myqcloud.com/flower.png")
    ///             .build(),
    ///         wemeet_blocking::meetings::BackgroundImage::builder()
    ///             .image_md5("c3da0123456789abcdef0123456762a4")
    ///             .image_url("https://xxxxxx.cos.myqcloud.com/cat.png")
    ///             .build(),
    ///     ])
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.add_meeting_backgrounds("6524541286408448530", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn add_meeting_backgrounds(
        &self,
        meeting_id: &str,
        request: &wemeet_types::meetings::AddMeetingBackgroundsRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::meetings::AddMeetingBackgroundsResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::meetings::AddMeetingBackgrounds,
            >(
            &wemeet_types::meetings::AddMeetingBackgroundsPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// Set the default background of a meeting (设置会议默认背景).
    ///
    /// `PUT /v1/meetings/{meeting_id}/default-backgrounds`.
    /// The service answers an empty body: success is `Response<()>`.
    ///
    /// Idempotent: also retried after timeouts and gateway errors.
    /// Signed requests only: the service does not accept OAuth 2.0 access tokens here.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 9003: The meeting does not exist (会议不存在).
    /// - 190001: A user is not registered (存在未注册的用户).
    /// - 20019: Backgrounds: no background with this ID (不存在的背景 ID).
    /// - 9042: No permission for this operation (无权限进行该操作): check the operator's identity and the resource's owner. The cancel doc answers it with HTTP 403, the default-background doc with 500.
    /// - 13703: Querying the meeting failed (查询会议失败).
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::meetings::SetDefaultBackgroundRequest::builder()
    ///     .instanceid(wemeet_blocking::InstanceId::Pc)
    ///     .selected_background_id("ca4exxxxxxxxxxxxxxxxxxxxxxxx6e93")
    ///     .operator_id("KM4Ss4Th09ogUw1JiK")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.set_default_background("6524541286408448530", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn set_default_background(
        &self,
        meeting_id: &str,
        request: &wemeet_types::meetings::SetDefaultBackgroundRequest,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        self.send::<
                wemeet_types::meetings::SetDefaultBackground,
            >(
            &wemeet_types::meetings::SetDefaultBackgroundPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// Set one virtual background for a meeting (设置会议统一虚拟背景).
    ///
    /// `POST /v1/meetings/{meeting_id}/virtual-background`.
    ///
    /// Retried only when the request certainly never reached the server (a repeat could act twice).
    /// Accepts OAuth 2.0 access tokens as well as signed requests.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 190457: The meeting does not exist: check `meeting_id` (会议不存在,请核对 meeting_id).
    /// - 500034: Setting the virtual background failed (设置虚拟背景失败).
    /// - 500033: No permission to set the virtual background (没有权限设置虚拟背景), for example when the enterprise has not turned virtual backgrounds on.
    /// - 190001: A user is not registered (存在未注册的用户).
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::meetings::SetVirtualBackgroundRequest::builder()
    ///     .operator_id("user1")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .instanceid(wemeet_blocking::InstanceId::Pc)
    ///     .image("https://www.abc.com/image/image1.png")
    ///     .scope(wemeet_blocking::meetings::VirtualBackgroundScope::AllUsers)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.set_virtual_background("7567173273889276131", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn set_virtual_background(
        &self,
        meeting_id: &str,
        request: &wemeet_types::meetings::SetVirtualBackgroundRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::meetings::SetVirtualBackgroundResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::meetings::SetVirtualBackground,
            >(
            &wemeet_types::meetings::SetVirtualBackgroundPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// Set the live-stream push address of a meeting (设置直播推流地址).
    ///
    /// `POST /v1/meetings/{meeting_id}/live_play/live-stream-address`.
    /// The service answers an empty body: success is `Response<()>`.
    ///
    /// Retried only when the request certainly never reached the server (a repeat could act twice).
    /// Signed requests only: the service does not accept OAuth 2.0 access tokens here.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 400001: Live stream: too many third-party push platforms.
    /// - 400004: Live stream: check the push address: no duplicates, only one WeChat Channels address, and a WeChat Channels address must have its prefix.
    /// - 400005: Live stream: check `meeting_id`.
    /// - 400006: Live stream: only the meeting's creator may do this.
    /// - 400007: Live stream: only the meeting's creator or a host may do this (无权限,需要会议创建者、主持人).
    /// - 190001: A user is not registered (存在未注册的用户).
    /// - 500014: The account has no permission (账号无权限).
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::meetings::SetLiveStreamAddressRequest::builder()
    ///     .userid("testuser123")
    ///     .instanceid(wemeet_blocking::InstanceId::Pc)
    ///     .push_stream_info([
    ///         wemeet_blocking::meetings::PushStreamInfo::builder()
    ///             .platform_type(wemeet_blocking::PlatformType::WechatChannels)
    ///             .platform_name(wemeet_blocking::encode_base64("test123"))
    ///             .enable_push_address(true)
    ///             .push_address("rtmp://123123.123live.123.com/trtc_1451297868/")
    ///             .push_password("123123123123123")
    ///             .build(),
    ///     ])
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.set_live_stream_address("6524541286408448530", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn set_live_stream_address(
        &self,
        meeting_id: &str,
        request: &wemeet_types::meetings::SetLiveStreamAddressRequest,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        self.send::<
                wemeet_types::meetings::SetLiveStreamAddress,
            >(
            &wemeet_types::meetings::SetLiveStreamAddressPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// Read the live-stream push addresses of a meeting (查询直播推流地址).
    ///
    /// `GET /v1/meetings/{meeting_id}/live-play/push-stream-info`.
    ///
    /// Idempotent: also retried after timeouts and gateway errors.
    /// Signed requests only: the service does not accept OAuth 2.0 access tokens here.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 400007: Live stream: only the meeting's creator or a host may do this (无权限,需要会议创建者、主持人).
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::meetings::GetPushStreamInfoRequest::builder()
    ///     .operator_id("afagsagwags")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .instanceid(wemeet_blocking::InstanceId::Pc)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.get_push_stream_info("7424270435941489244", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn get_push_stream_info(
        &self,
        meeting_id: &str,
        request: &wemeet_types::meetings::GetPushStreamInfoRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::meetings::GetPushStreamInfoResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::meetings::GetPushStreamInfo,
            >(
            &wemeet_types::meetings::GetPushStreamInfoPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// Create a personal join link of a meeting (创建用户专属参会链接).
    ///
    /// `POST /v1/meetings/customer-short-url`.
    ///
    /// Retried only when the request certainly never reached the server (a repeat could act twice).
    /// Signed requests only: the service does not accept OAuth 2.0 access tokens here.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 202002: Creating the personal join link failed (创建自定义短链失败).
    /// - 9042: No permission for this operation (无权限进行该操作): check the operator's identity and the resource's owner. The cancel doc answers it with HTTP 403, the default-background doc with 500.
    /// - 202005: The meeting holds as many personal join links as it may (该会议专属链接数量已超过限制; at most 300 per meeting).
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::meetings::CreateCustomerShortUrlRequest::builder()
    ///     .meeting_id("7567173273889276131")
    ///     .customer_data("eyJ2ZXIiOiAiMS4wIiwgInVzZXJEYXRhIjoiY2h1eGlhb2h1b2RvbmcxMDAxIn0=")
    ///     .operator_id("KM4Ss4T******1JiK")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.create_customer_short_url(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create_customer_short_url(
        &self,
        request: &wemeet_types::meetings::CreateCustomerShortUrlRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::meetings::CreateCustomerShortUrlResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::meetings::CreateCustomerShortUrl>(&(), request)
    }
    /// List the personal join links of a meeting (获取用户专属参会链接).
    ///
    /// `GET /v1/meetings/{meeting_id}/customer-short-url`.
    ///
    /// Idempotent: also retried after timeouts and gateway errors.
    /// Signed requests only: the service does not accept OAuth 2.0 access tokens here.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 9042: No permission for this operation (无权限进行该操作): check the operator's identity and the resource's owner. The cancel doc answers it with HTTP 403, the default-background doc with 500.
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::meetings::ListCustomerShortUrlsRequest::builder()
    ///     .operator_id("14411xxxxxxxxxx002")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.list_customer_short_urls("7567173xxxxxxxx6131", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list_customer_short_urls(
        &self,
        meeting_id: &str,
        request: &wemeet_types::meetings::ListCustomerShortUrlsRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::meetings::ListCustomerShortUrlsResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::meetings::ListCustomerShortUrls,
            >(
            &wemeet_types::meetings::ListCustomerShortUrlsPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// Read the result of an export of PSTN call details: its state and download link (获取导出 PSTN 通话详单任务结果).
    ///
    /// `GET /v1/meeting/{job_id}`.
    ///
    /// Idempotent: also retried after timeouts and gateway errors.
    /// Signed requests only: the service does not accept OAuth 2.0 access tokens here.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 9042: No permission for this operation (无权限进行该操作): check the operator's identity and the resource's owner. The cancel doc answers it with HTTP 403, the default-background doc with 500.
    /// - 190001: A user is not registered (存在未注册的用户).
    /// - 10013: The job does not exist (任务不存在).
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::meetings::GetPstnCallDetailJobRequest::builder()
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .operator_id("user123")
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.get_pstn_call_detail_job("e1234567-f123-4d12-123a-12346192e332", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn get_pstn_call_detail_job(
        &self,
        job_id: &str,
        request: &wemeet_types::meetings::GetPstnCallDetailJobRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::meetings::GetPstnCallDetailJobResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::meetings::GetPstnCallDetailJob,
            >(
            &wemeet_types::meetings::GetPstnCallDetailJobPath::builder()
                .job_id(job_id)
                .build(),
            request,
        )
    }
}

// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! One method per endpoint of `schemas/endpoints.json`, each a call of `Client::send`.
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
    /// let request = wemeet_blocking::CreateMeetingRequest::builder()
    ///     .userid("tester")
    ///     .instanceid(wemeet_blocking::InstanceId::Pc)
    ///     .subject("tester's meeting")
    ///     .meeting_type(wemeet_blocking::MeetingType::Scheduled)
    ///     .hosts(["tester"])
    ///     .invitees(["test1", "guest1", "guest2"])
    ///     .start_time(1572172200)
    ///     .end_time(1572175800)
    ///     .password("1111")
    ///     .settings(wemeet_blocking::Settings::builder()
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
    pub fn create_meeting(
        &self,
        request: &wemeet_types::CreateMeetingRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::CreateMeetingResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::CreateMeeting>(&(), request)
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
    /// let request = wemeet_blocking::AddMeetingBackgroundsRequest::builder()
    ///     .userid("creator1")
    ///     .instanceid(wemeet_blocking::InstanceId::Pc)
    ///     .default_image_order(2)
    ///     .image_list([
    ///         wemeet_blocking::BackgroundImage::builder()
    ///             .image_md5("c8c7a1b2c3d4e5f60718293a4b5c8a2e")
    ///             .image_url("https://xxxxxx.cos.myqcloud.com/flower.png")
    ///             .build(),
    ///         wemeet_blocking::BackgroundImage::builder()
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
    pub fn add_meeting_backgrounds(
        &self,
        meeting_id: &str,
        request: &wemeet_types::AddMeetingBackgroundsRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::AddMeetingBackgroundsResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::AddMeetingBackgrounds,
            >(
            &wemeet_types::AddMeetingBackgroundsPath::builder()
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
    /// let request = wemeet_blocking::SetLiveStreamAddressRequest::builder()
    ///     .userid("testuser123")
    ///     .instanceid(wemeet_blocking::InstanceId::Pc)
    ///     .push_stream_info([
    ///         wemeet_blocking::PushStreamInfo::builder()
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
    pub fn set_live_stream_address(
        &self,
        meeting_id: &str,
        request: &wemeet_types::SetLiveStreamAddressRequest,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        self.send::<
                wemeet_types::SetLiveStreamAddress,
            >(
            &wemeet_types::SetLiveStreamAddressPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
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
    /// let request = wemeet_blocking::GetMeetingRequest::builder()
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
    pub fn get_meeting(
        &self,
        meeting_id: &str,
        request: &wemeet_types::GetMeetingRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::GetMeetingResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::GetMeeting,
            >(
            &wemeet_types::GetMeetingPath::builder().meeting_id(meeting_id).build(),
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
    /// let request = wemeet_blocking::CancelMeetingRequest::builder()
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
    pub fn cancel_meeting(
        &self,
        meeting_id: &str,
        request: &wemeet_types::CancelMeetingRequest,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        self.send::<
                wemeet_types::CancelMeeting,
            >(
            &wemeet_types::CancelMeetingPath::builder().meeting_id(meeting_id).build(),
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
    /// let request = wemeet_blocking::SetDefaultBackgroundRequest::builder()
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
    pub fn set_default_background(
        &self,
        meeting_id: &str,
        request: &wemeet_types::SetDefaultBackgroundRequest,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        self.send::<
                wemeet_types::SetDefaultBackground,
            >(
            &wemeet_types::SetDefaultBackgroundPath::builder()
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
    /// let request = wemeet_blocking::GetPushStreamInfoRequest::builder()
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
    pub fn get_push_stream_info(
        &self,
        meeting_id: &str,
        request: &wemeet_types::GetPushStreamInfoRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::GetPushStreamInfoResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::GetPushStreamInfo,
            >(
            &wemeet_types::GetPushStreamInfoPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
}

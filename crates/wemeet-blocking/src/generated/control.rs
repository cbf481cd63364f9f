// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! The methods of the `control` service (meeting_control): one per endpoint of `schemas/control/endpoints.json`, each a call of `Client::send`.
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
impl crate::Client {
    /// End a meeting in progress (结束会议).
    ///
    /// `POST /v1/meetings/{meeting_id}/dismiss`.
    /// The service answers an empty body: success is `Response<()>`.
    ///
    /// Retried only when the request certainly never reached the server (a repeat could act twice).
    /// Accepts OAuth 2.0 access tokens as well as signed requests.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 41: A network error or timeout inside the service. The users, meetings and control pages: a network error, try again later (网络错误,请稍后重试); the recording access-members page: a network timeout (网络超时) with HTTP 400 and no advice to retry. `service`, the more cautious reading: never retried automatically.
    /// - 9042: No permission for this operation (无权限进行该操作): check the operator's identity and the resource's owner. The cancel doc answers it with HTTP 403, the default-background doc with 500.
    /// - 13001: Writing the meeting's information to the cache failed (缓存设置会议信息失败), as the control and meeting-room pages document it.
    /// - 960000: A network error inside the service: try again later (网络错误,请稍后重试).
    /// - 190308: Looking up the user's internal ID failed (查询 tinyID 失败).
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::control::DismissMeetingRequest::builder()
    ///     .operator_id("test1")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .instanceid(wemeet_blocking::InstanceId::Pc)
    ///     .reason_code(3)
    ///     .reason_detail("结束会议")
    ///     .force_dismiss_meeting(wemeet_blocking::control::ForceDismissMeeting::Forced)
    ///     .retrieve_code(wemeet_blocking::control::RetrieveMeetingCode::Retrieve)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.dismiss_meeting("7567173273889276131", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn dismiss_meeting(
        &self,
        meeting_id: &str,
        request: &wemeet_types::control::DismissMeetingRequest,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        self.send::<
                wemeet_types::control::DismissMeeting,
            >(
            &wemeet_types::control::DismissMeetingPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// Turn real-time transcription of a meeting on or off (开启/关闭实时转写).
    ///
    /// `PUT /v1/real-control/meetings/{meeting_id}/asr`.
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
    /// let request = wemeet_blocking::control::SetMeetingAsrRequest::builder()
    ///     .operator_id("afagsagwags")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .instance_id(wemeet_blocking::InstanceId::Ios)
    ///     .is_open(true)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.set_meeting_asr("7567173273889276131", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn set_meeting_asr(
        &self,
        meeting_id: &str,
        request: &wemeet_types::control::SetMeetingAsrRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::control::SetMeetingAsrResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::control::SetMeetingAsr,
            >(
            &wemeet_types::control::SetMeetingAsrPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// Make a participant a co-host or revoke it (设置联席主持人).
    ///
    /// `PUT /v1/real-control/meetings/{meeting_id}/cohosts`.
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
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::control::SetCohostRequest::builder()
    ///     .operator_id("tester1")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .instanceid(wemeet_blocking::InstanceId::Pc)
    ///     .action(true)
    ///     .user(wemeet_blocking::control::ControlTargetUser::builder()
    ///         .to_operator_id("WMfgHRYj6m36mcDGtK")
    ///         .to_operator_id_type(wemeet_blocking::OperatorIdType::MsOpenId)
    ///         .instanceid(wemeet_blocking::InstanceId::Mac)
    ///         .build())
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.set_cohost("7567173273889276131", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn set_cohost(
        &self,
        meeting_id: &str,
        request: &wemeet_types::control::SetCohostRequest,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        self.send::<
                wemeet_types::control::SetCohost,
            >(
            &wemeet_types::control::SetCohostPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// Allow or forbid document uploads in a meeting (文档上传权限设置).
    ///
    /// `PUT /v1/real-control/meetings/{meeting_id}/doc`.
    /// The service answers an empty body: success is `Response<()>`.
    ///
    /// Idempotent: also retried after timeouts and gateway errors.
    /// Accepts OAuth 2.0 access tokens as well as signed requests.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 190455: The operation is allowed only while the meeting is in progress (非会议中不允许操作).
    /// - 9042: No permission for this operation (无权限进行该操作): check the operator's identity and the resource's owner. The cancel doc answers it with HTTP 403, the default-background doc with 500.
    /// - 190456: The user looked up does not exist: check that the user is registered (查询用户不存在,请检查该用户是否注册).
    /// - 190001: A user is not registered (存在未注册的用户).
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::control::SetDocUploadPermissionRequest::builder()
    ///     .instanceid(wemeet_blocking::InstanceId::Ios)
    ///     .enable_upload_doc(true)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.set_doc_upload_permission("7567173273889276131", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn set_doc_upload_permission(
        &self,
        meeting_id: &str,
        request: &wemeet_types::control::SetDocUploadPermissionRequest,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        self.send::<
                wemeet_types::control::SetDocUploadPermission,
            >(
            &wemeet_types::control::SetDocUploadPermissionPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// Remove participants from a meeting (移出用户).
    ///
    /// `PUT /v1/real-control/meetings/{meeting_id}/kickout`.
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
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::control::RemoveParticipantsRequest::builder()
    ///     .operator_id("tester1")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .instanceid(wemeet_blocking::InstanceId::Ios)
    ///     .allow_rejoin(false)
    ///     .reason("test")
    ///     .users([
    ///         wemeet_blocking::control::ControlTargetUser::builder()
    ///             .to_operator_id("agaqwwgdkkddd")
    ///             .to_operator_id_type(wemeet_blocking::OperatorIdType::MsOpenId)
    ///             .instanceid(wemeet_blocking::InstanceId::Mac)
    ///             .build(),
    ///         wemeet_blocking::control::ControlTargetUser::builder()
    ///             .to_operator_id("agaqwwgdkksd")
    ///             .to_operator_id_type(wemeet_blocking::OperatorIdType::MsOpenId)
    ///             .instanceid(wemeet_blocking::InstanceId::Web)
    ///             .build(),
    ///     ])
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.remove_participants("7567173273889276131", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn remove_participants(
        &self,
        meeting_id: &str,
        request: &wemeet_types::control::RemoveParticipantsRequest,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        self.send::<
                wemeet_types::control::RemoveParticipants,
            >(
            &wemeet_types::control::RemoveParticipantsPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// Mute or unmute a participant (静音用户).
    ///
    /// `PUT /v1/real-control/meetings/{meeting_id}/mutes`.
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
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::control::SetParticipantMuteRequest::builder()
    ///     .operator_id("tester1")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .instanceid(wemeet_blocking::InstanceId::Ios)
    ///     .mute(true)
    ///     .user(wemeet_blocking::control::ControlTargetUser::builder()
    ///         .to_operator_id("agaqwwgdkkddd")
    ///         .to_operator_id_type(wemeet_blocking::OperatorIdType::MsOpenId)
    ///         .instanceid(wemeet_blocking::InstanceId::Mac)
    ///         .build())
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.set_participant_mute("7567173273889276131", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn set_participant_mute(
        &self,
        meeting_id: &str,
        request: &wemeet_types::control::SetParticipantMuteRequest,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        self.send::<
                wemeet_types::control::SetParticipantMute,
            >(
            &wemeet_types::control::SetParticipantMutePath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// Change participants' in-meeting names (更改会中成员昵称).
    ///
    /// `PUT /v1/real-control/meetings/{meeting_id}/names`.
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
    /// let request = wemeet_blocking::control::SetParticipantNamesRequest::builder()
    ///     .operator_id("tester1")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .instanceid(wemeet_blocking::InstanceId::Pc)
    ///     .users([
    ///         wemeet_blocking::control::ParticipantNickname::builder()
    ///             .ms_open_id("WMfgHRYj6m36mcDGtK")
    ///             .instanceid(wemeet_blocking::InstanceId::Mac)
    ///             .nick_name("Alice")
    ///             .build(),
    ///     ])
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.set_participant_names("7567173273889276131", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn set_participant_names(
        &self,
        meeting_id: &str,
        request: &wemeet_types::control::SetParticipantNamesRequest,
    ) -> ::std::result::Result<crate::Response<wemeet_types::JsonObject>, crate::Error> {
        self.send::<
                wemeet_types::control::SetParticipantNames,
            >(
            &wemeet_types::control::SetParticipantNamesPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// Close a participant's screen sharing (关闭用户屏幕共享).
    ///
    /// `PUT /v1/real-control/meetings/{meeting_id}/screen-shared`.
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
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::control::StopScreenShareRequest::builder()
    ///     .operator_id("tester1")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .instanceid(wemeet_blocking::InstanceId::Ios)
    ///     .user(wemeet_blocking::control::ControlTargetUser::builder()
    ///         .to_operator_id("agaqwwgdkkddd")
    ///         .to_operator_id_type(wemeet_blocking::OperatorIdType::MsOpenId)
    ///         .instanceid(wemeet_blocking::InstanceId::Mac)
    ///         .build())
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.stop_screen_share("7567173273889276131", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn stop_screen_share(
        &self,
        meeting_id: &str,
        request: &wemeet_types::control::StopScreenShareRequest,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        self.send::<
                wemeet_types::control::StopScreenShare,
            >(
            &wemeet_types::control::StopScreenSharePath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// Change the settings of a meeting in progress (会中状态设置).
    ///
    /// `PUT /v1/real-control/meetings/{meeting_id}/status`.
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
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::control::SetInMeetingSettingsRequest::builder()
    ///     .operator_id("tester1")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .instanceid(wemeet_blocking::InstanceId::Ios)
    ///     .mute_all(true)
    ///     .allow_unmute_by_self(true)
    ///     .participant_join_mute(wemeet_blocking::MuteOnJoin::On)
    ///     .meeting_locked(true)
    ///     .hide_meeting_code_password(true)
    ///     .allow_chat(wemeet_blocking::control::AllowChatMode::PublicOnly)
    ///     .share_screen(true)
    ///     .enable_red_envelope(true)
    ///     .only_enterprise_user_allowed(true)
    ///     .play_ivr_on_join(true)
    ///     .auto_waiting_room(true)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.set_in_meeting_settings("7567173273889276131", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn set_in_meeting_settings(
        &self,
        meeting_id: &str,
        request: &wemeet_types::control::SetInMeetingSettingsRequest,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        self.send::<
                wemeet_types::control::SetInMeetingSettings,
            >(
            &wemeet_types::control::SetInMeetingSettingsPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// Turn a participant's video off, or an MRA device's on (关闭或开启用户视频).
    ///
    /// `PUT /v1/real-control/meetings/{meeting_id}/video`.
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
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::control::SetParticipantVideoRequest::builder()
    ///     .operator_id("tester1")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .instanceid(wemeet_blocking::InstanceId::Ios)
    ///     .user(wemeet_blocking::control::ControlTargetUser::builder()
    ///         .to_operator_id("agaqwwgdkkddd")
    ///         .to_operator_id_type(wemeet_blocking::OperatorIdType::MsOpenId)
    ///         .instanceid(wemeet_blocking::InstanceId::Mac)
    ///         .build())
    ///     .video(false)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.set_participant_video("7567173273889276131", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn set_participant_video(
        &self,
        meeting_id: &str,
        request: &wemeet_types::control::SetParticipantVideoRequest,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        self.send::<
                wemeet_types::control::SetParticipantVideo,
            >(
            &wemeet_types::control::SetParticipantVideoPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// Admit, move into or remove participants from the waiting room (用户等候室设置).
    ///
    /// `PUT /v1/real-control/meetings/{meeting_id}/waiting-room`.
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
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::control::ManageWaitingRoomParticipantsRequest::builder()
    ///     .operator_id("tester1")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .instanceid(wemeet_blocking::InstanceId::Ios)
    ///     .operate_type(wemeet_blocking::control::WaitingRoomOperateType::RemoveFromWaitingRoom)
    ///     .allow_rejoin(true)
    ///     .users([
    ///         wemeet_blocking::control::ControlTargetUser::builder()
    ///             .to_operator_id("agaqwwgdkkddd")
    ///             .to_operator_id_type(wemeet_blocking::OperatorIdType::MsOpenId)
    ///             .instanceid(wemeet_blocking::InstanceId::Mac)
    ///             .build(),
    ///     ])
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.manage_waiting_room_participants("7567173273889276131", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn manage_waiting_room_participants(
        &self,
        meeting_id: &str,
        request: &wemeet_types::control::ManageWaitingRoomParticipantsRequest,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        self.send::<
                wemeet_types::control::ManageWaitingRoomParticipants,
            >(
            &wemeet_types::control::ManageWaitingRoomParticipantsPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
}

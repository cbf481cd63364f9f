// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! The methods of the `rooms` service (meeting_room): one per endpoint of `schemas/rooms/endpoints.json`, each a call of `Client::send`.
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
impl crate::Client {
    /// List the enterprise's meeting rooms (查询会议室(Rooms)列表).
    ///
    /// `GET /v1/meeting-rooms`.
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
    /// let request = wemeet::rooms::ListMeetingRoomsRequest::builder()
    ///     .operator_id("tester1")
    ///     .operator_id_type(wemeet::OperatorIdType::Userid)
    ///     .page(1)
    ///     .page_size(2)
    ///     .meeting_room_name("会议室")
    ///     .build();
    /// # wemeet::Validate::validate(&request)?;
    /// # let _call = async |client: &wemeet::Client| -> Result<(), wemeet::Error> {
    /// let response = client.list_meeting_rooms(&request).await?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    pub async fn list_meeting_rooms(
        &self,
        request: &wemeet_types::rooms::ListMeetingRoomsRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::rooms::ListMeetingRoomsResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::rooms::ListMeetingRooms>(&(), request).await
    }
    /// The pages of [`list_meeting_rooms`](Self::list_meeting_rooms), from `request`'s page to the last, each a call of its own (see [`Pages`](crate::Pages)); `.items()` walks their items.
    pub fn list_meeting_rooms_pages(
        &self,
        request: &wemeet_types::rooms::ListMeetingRoomsRequest,
    ) -> crate::Pages<wemeet_types::rooms::ListMeetingRooms> {
        self.pages::<wemeet_types::rooms::ListMeetingRooms>(&(), request)
    }
    /// Get a meeting room's details (查询会议室(Rooms)详情).
    ///
    /// `GET /v1/meeting-rooms/{meeting_room_id}`.
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
    /// let request = wemeet::rooms::GetMeetingRoomRequest::builder()
    ///     .operator_id("tester1")
    ///     .operator_id_type(wemeet::OperatorIdType::Userid)
    ///     .build();
    /// # wemeet::Validate::validate(&request)?;
    /// # let _call = async |client: &wemeet::Client| -> Result<(), wemeet::Error> {
    /// let response = client.get_meeting_room("100001", &request).await?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    pub async fn get_meeting_room(
        &self,
        meeting_room_id: &str,
        request: &wemeet_types::rooms::GetMeetingRoomRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::rooms::GetMeetingRoomResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::rooms::GetMeetingRoom,
            >(
                &wemeet_types::rooms::GetMeetingRoomPath::builder()
                    .meeting_room_id(meeting_room_id)
                    .build(),
                request,
            )
            .await
    }
    /// List the meetings of a meeting room (查询会议室(Rooms)下的会议列表).
    ///
    /// `GET /v1/meeting-rooms/{operator_id}/meetings`.
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
    /// let request = wemeet::rooms::ListRoomMeetingsRequest::builder()
    ///     .operator_id_type(wemeet::OperatorIdType::Userid)
    ///     .target_rooms_id(14411234567890002_i64)
    ///     .target_rooms_id_type(wemeet::TargetRoomsIdType::RoomsId)
    ///     .instanceid(wemeet::InstanceId::Pc)
    ///     .start_time(1661961600)
    ///     .end_time(1664553600)
    ///     .page(1)
    ///     .page_size(20)
    ///     .build();
    /// # wemeet::Validate::validate(&request)?;
    /// # let _call = async |client: &wemeet::Client| -> Result<(), wemeet::Error> {
    /// let response = client.list_room_meetings("tester1", &request).await?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    pub async fn list_room_meetings(
        &self,
        operator_id: &str,
        request: &wemeet_types::rooms::ListRoomMeetingsRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::rooms::ListRoomMeetingsResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::rooms::ListRoomMeetings,
            >(
                &wemeet_types::rooms::ListRoomMeetingsPath::builder()
                    .operator_id(operator_id)
                    .build(),
                request,
            )
            .await
    }
    /// The pages of [`list_room_meetings`](Self::list_room_meetings), from `request`'s page to the last, each a call of its own (see [`Pages`](crate::Pages)); `.items()` walks their items.
    pub fn list_room_meetings_pages(
        &self,
        operator_id: &str,
        request: &wemeet_types::rooms::ListRoomMeetingsRequest,
    ) -> crate::Pages<wemeet_types::rooms::ListRoomMeetings> {
        self.pages::<
                wemeet_types::rooms::ListRoomMeetings,
            >(
            &wemeet_types::rooms::ListRoomMeetingsPath::builder()
                .operator_id(operator_id)
                .build(),
            request,
        )
    }
    /// List the enterprise's meeting-room devices (查询设备列表).
    ///
    /// `GET /v1/devices`.
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
    /// let request = wemeet::rooms::ListRoomDevicesRequest::builder()
    ///     .operator_id("tester1")
    ///     .operator_id_type(wemeet::OperatorIdType::Userid)
    ///     .page(1)
    ///     .page_size(2)
    ///     .meeting_room_name("会议室")
    ///     .build();
    /// # wemeet::Validate::validate(&request)?;
    /// # let _call = async |client: &wemeet::Client| -> Result<(), wemeet::Error> {
    /// let response = client.list_room_devices(&request).await?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    pub async fn list_room_devices(
        &self,
        request: &wemeet_types::rooms::ListRoomDevicesRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::rooms::ListRoomDevicesResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::rooms::ListRoomDevices>(&(), request).await
    }
    /// The pages of [`list_room_devices`](Self::list_room_devices), from `request`'s page to the last, each a call of its own (see [`Pages`](crate::Pages)); `.items()` walks their items.
    pub fn list_room_devices_pages(
        &self,
        request: &wemeet_types::rooms::ListRoomDevicesRequest,
    ) -> crate::Pages<wemeet_types::rooms::ListRoomDevices> {
        self.pages::<wemeet_types::rooms::ListRoomDevices>(&(), request)
    }
    /// List the enterprise's meeting-room controllers (查询控制器列表).
    ///
    /// `GET /v1/meeting-rooms-monitor/device-controller-info`.
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
    /// let request = wemeet::rooms::ListRoomControllersRequest::builder()
    ///     .controller_name("igelschen")
    ///     .build();
    /// # wemeet::Validate::validate(&request)?;
    /// # let _call = async |client: &wemeet::Client| -> Result<(), wemeet::Error> {
    /// let response = client.list_room_controllers(&request).await?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    pub async fn list_room_controllers(
        &self,
        request: &wemeet_types::rooms::ListRoomControllersRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::rooms::ListRoomControllersResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::rooms::ListRoomControllers>(&(), request).await
    }
    /// The pages of [`list_room_controllers`](Self::list_room_controllers), from `request`'s page to the last, each a call of its own (see [`Pages`](crate::Pages)); `.items()` walks their items.
    pub fn list_room_controllers_pages(
        &self,
        request: &wemeet_types::rooms::ListRoomControllersRequest,
    ) -> crate::Pages<wemeet_types::rooms::ListRoomControllers> {
        self.pages::<wemeet_types::rooms::ListRoomControllers>(&(), request)
    }
    /// Get a meeting room's settings (查询会议室配置项).
    ///
    /// `POST /v1/meeting-rooms/room-config-info`.
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
    /// let request = wemeet::rooms::GetRoomConfigRequest::builder()
    ///     .operator_id("user1")
    ///     .operator_id_type(wemeet::OperatorIdType::Userid)
    ///     .instance_id(wemeet::InstanceId::Pc)
    ///     .meeting_room_id("xxxxxxxxxxxxxx")
    ///     .build();
    /// # wemeet::Validate::validate(&request)?;
    /// # let _call = async |client: &wemeet::Client| -> Result<(), wemeet::Error> {
    /// let response = client.get_room_config(&request).await?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    pub async fn get_room_config(
        &self,
        request: &wemeet_types::rooms::GetRoomConfigRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::rooms::GetRoomConfigResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::rooms::GetRoomConfig>(&(), request).await
    }
    /// Get how a called meeting room answered (查询会议室应答状态).
    ///
    /// `POST /v1/meeting-rooms/room-call-info`.
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
    /// let request = wemeet::rooms::GetRoomCallStatusRequest::builder()
    ///     .operator_id("user1")
    ///     .operator_id_type(wemeet::OperatorIdType::Userid)
    ///     .instance_id(wemeet::InstanceId::Web)
    ///     .meeting_room_id("xxxxxxxxxxxxxxxx")
    ///     .meeting_id("13434xxxxxxxxx927028")
    ///     .build();
    /// # wemeet::Validate::validate(&request)?;
    /// # let _call = async |client: &wemeet::Client| -> Result<(), wemeet::Error> {
    /// let response = client.get_room_call_status(&request).await?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    pub async fn get_room_call_status(
        &self,
        request: &wemeet_types::rooms::GetRoomCallStatusRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::rooms::GetRoomCallStatusResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::rooms::GetRoomCallStatus>(&(), request).await
    }
    /// Get how the enterprise's Rooms accounts are used, by edition (查询账号类型资源使用统计).
    ///
    /// `GET /v1/rooms-inventory/account-statistics`.
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
    /// let request = wemeet::rooms::GetRoomsAccountStatisticsRequest::builder()
    ///     .operator_id("14411xxxxxxxxxx002")
    ///     .operator_id_type(wemeet::OperatorIdType::Userid)
    ///     .build();
    /// # wemeet::Validate::validate(&request)?;
    /// # let _call = async |client: &wemeet::Client| -> Result<(), wemeet::Error> {
    /// let response = client.get_rooms_account_statistics(&request).await?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    pub async fn get_rooms_account_statistics(
        &self,
        request: &wemeet_types::rooms::GetRoomsAccountStatisticsRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::rooms::GetRoomsAccountStatisticsResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::rooms::GetRoomsAccountStatistics>(&(), request).await
    }
    /// Get the Rooms resources the enterprise bought (查询账户下 Rooms 资源).
    ///
    /// `GET /v1/rooms-inventory`.
    ///
    /// Idempotent: also retried after timeouts and gateway errors.
    /// Signed requests only: the service does not accept OAuth 2.0 access tokens here.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 20201: Querying the meeting room failed (查询会议室信息失败).
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet::rooms::GetRoomsInventoryRequest::builder()
    ///     .operator_id("14411xxxxxxxxxx002")
    ///     .operator_id_type(wemeet::OperatorIdType::Userid)
    ///     .build();
    /// # wemeet::Validate::validate(&request)?;
    /// # let _call = async |client: &wemeet::Client| -> Result<(), wemeet::Error> {
    /// let response = client.get_rooms_inventory(&request).await?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    pub async fn get_rooms_inventory(
        &self,
        request: &wemeet_types::rooms::GetRoomsInventoryRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::rooms::GetRoomsInventoryResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::rooms::GetRoomsInventory>(&(), request).await
    }
    /// Get a meeting room's background (查询会议室背景).
    ///
    /// `GET /v1/meeting-rooms/{meeting_room_id}/background`.
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
    /// let request = wemeet::rooms::GetRoomBackgroundRequest::builder()
    ///     .operator_id("user1")
    ///     .operator_id_type(wemeet::OperatorIdType::Userid)
    ///     .build();
    /// # wemeet::Validate::validate(&request)?;
    /// # let _call = async |client: &wemeet::Client| -> Result<(), wemeet::Error> {
    /// let response = client.get_room_background("100001", &request).await?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    pub async fn get_room_background(
        &self,
        meeting_room_id: &str,
        request: &wemeet_types::rooms::GetRoomBackgroundRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::rooms::GetRoomBackgroundResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::rooms::GetRoomBackground,
            >(
                &wemeet_types::rooms::GetRoomBackgroundPath::builder()
                    .meeting_room_id(meeting_room_id)
                    .build(),
                request,
            )
            .await
    }
    /// Find a meeting room by its screen-cast code (通过投屏码查询会议室信息).
    ///
    /// `GET /v1/meeting-rooms/{screencast_code}/rooms-info`.
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
    /// let request = wemeet::rooms::GetRoomByScreencastCodeRequest::builder()
    ///     .operator_id("14411xxxxxxxxxx002")
    ///     .operator_id_type(wemeet::OperatorIdType::Userid)
    ///     .build();
    /// # wemeet::Validate::validate(&request)?;
    /// # let _call = async |client: &wemeet::Client| -> Result<(), wemeet::Error> {
    /// let response = client.get_room_by_screencast_code("ABCDEF", &request).await?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    pub async fn get_room_by_screencast_code(
        &self,
        screencast_code: &str,
        request: &wemeet_types::rooms::GetRoomByScreencastCodeRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::rooms::GetRoomByScreencastCodeResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::rooms::GetRoomByScreencastCode,
            >(
                &wemeet_types::rooms::GetRoomByScreencastCodePath::builder()
                    .screencast_code(screencast_code)
                    .build(),
                request,
            )
            .await
    }
    /// Book meeting rooms for a meeting (预定会议室(Rooms)).
    ///
    /// `POST /v1/meetings/{meeting_id}/book-rooms`.
    ///
    /// Idempotent: also retried after timeouts and gateway errors.
    /// Signed requests only: the service does not accept OAuth 2.0 access tokens here.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 9007: The meeting is already cancelled (`MEETING CANCLED`, sic).
    /// - 13001: Writing the meeting's information to the cache failed (缓存设置会议信息失败), as the control and meeting-room pages document it.
    /// - 20000: A parameter has the wrong type: check the parameters' types (请检查参数类型).
    /// - 20001: Two documented readings. User management: the user does not exist (用户不存在), HTTP 400. Meeting rooms (book rooms): rooms cannot be booked for a meeting longer than 24 hours (会议时长不在24小时内，不允许预定会议室), HTTP 500.
    /// - 20201: Querying the meeting room failed (查询会议室信息失败).
    /// - 14151: The meeting has started: its information can no longer be changed (会议已开始，不能修改会议信息).
    /// - 21301: The meeting room is already taken (会议室已被占用).
    /// - 20002: Two documented readings. User management (the error-code page 43704): the user already exists (用户已存在), no status given. Meeting rooms (book rooms): rooms cannot be booked for a recurring meeting (预定会议室不支持周期性会议), HTTP 500, the status kept.
    /// - 14152: The meeting has ended: its information can no longer be changed (会议已结束，不能修改会议信息).
    /// - 20003: Two documented readings. User management (the error-code page 43704): the user is unavailable (用户不可用), e.g. disabled, no status given. Meeting rooms (book rooms): the meeting room is not open for booking (会议室未开放预定), HTTP 500, the status kept.
    /// - 201003: The meeting's information does not exist (会议信息不存在).
    /// - 9102: No permission to change the meeting (无权限修改会议).
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet::rooms::BookRoomsRequest::builder()
    ///     .meeting_room_id_list(["100001", "100002"])
    ///     .operator_id("KM4Ss4T******1JiK")
    ///     .operator_id_type(wemeet::OperatorIdType::Userid)
    ///     .build();
    /// # wemeet::Validate::validate(&request)?;
    /// # let _call = async |client: &wemeet::Client| -> Result<(), wemeet::Error> {
    /// let response = client.book_rooms("6524541286408448530", &request).await?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    pub async fn book_rooms(
        &self,
        meeting_id: &str,
        request: &wemeet_types::rooms::BookRoomsRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::rooms::BookRoomsResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::rooms::BookRooms,
            >(
                &wemeet_types::rooms::BookRoomsPath::builder()
                    .meeting_id(meeting_id)
                    .build(),
                request,
            )
            .await
    }
    /// Release meeting rooms booked for a meeting (释放会议室(Rooms)).
    ///
    /// `POST /v1/meetings/{meeting_id}/release-rooms`.
    /// The service answers an empty body: success is `Response<()>`.
    ///
    /// Retried only when the request certainly never reached the server (a repeat could act twice).
    /// Signed requests only: the service does not accept OAuth 2.0 access tokens here.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 9002: Illegal request (非法请求), for example a wrong meeting ID (获取 TinyId 错误或者 meetingId 错误).
    /// - 9102: No permission to change the meeting (无权限修改会议).
    /// - 14152: The meeting has ended: its information can no longer be changed (会议已结束，不能修改会议信息).
    /// - 13703: Querying the meeting failed (查询会议失败).
    /// - 20002: Two documented readings. User management (the error-code page 43704): the user already exists (用户已存在), no status given. Meeting rooms (book rooms): rooms cannot be booked for a recurring meeting (预定会议室不支持周期性会议), HTTP 500, the status kept.
    /// - 20001: Two documented readings. User management: the user does not exist (用户不存在), HTTP 400. Meeting rooms (book rooms): rooms cannot be booked for a meeting longer than 24 hours (会议时长不在24小时内，不允许预定会议室), HTTP 500.
    /// - 14151: The meeting has started: its information can no longer be changed (会议已开始，不能修改会议信息).
    /// - 9007: The meeting is already cancelled (`MEETING CANCLED`, sic).
    /// - 20000: A parameter has the wrong type: check the parameters' types (请检查参数类型).
    /// - 9003: The meeting does not exist (会议不存在).
    /// - 20201: Querying the meeting room failed (查询会议室信息失败).
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet::rooms::ReleaseRoomsRequest::builder()
    ///     .meeting_room_id_list(["100001", "100002"])
    ///     .operator_id("KM4Ss4T******1JiK")
    ///     .operator_id_type(wemeet::OperatorIdType::Userid)
    ///     .build();
    /// # wemeet::Validate::validate(&request)?;
    /// # let _call = async |client: &wemeet::Client| -> Result<(), wemeet::Error> {
    /// let response = client.release_rooms("6524541286408448530", &request).await?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    pub async fn release_rooms(
        &self,
        meeting_id: &str,
        request: &wemeet_types::rooms::ReleaseRoomsRequest,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        self.send::<
                wemeet_types::rooms::ReleaseRooms,
            >(
                &wemeet_types::rooms::ReleaseRoomsPath::builder()
                    .meeting_id(meeting_id)
                    .build(),
                request,
            )
            .await
    }
    /// Change a meeting room's facts (修改会议室信息).
    ///
    /// `PUT /v1/meeting-rooms/modify`.
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
    /// let request = wemeet::rooms::UpdateMeetingRoomRequest::builder()
    ///     .operator_id("user1")
    ///     .operator_id_type(wemeet::OperatorIdType::Userid)
    ///     .instance_id(wemeet::InstanceId::Pc)
    ///     .meeting_room_id("100001")
    ///     .meeting_room_info(wemeet::rooms::MeetingRoomInfoUpdate::builder()
    ///         .meeting_room_name("会议室测试1")
    ///         .meeting_room_type(wemeet::rooms::MeetingRoomType::Rooms)
    ///         .city("广州")
    ///         .building("大厦")
    ///         .floor("10")
    ///         .participant_number(12)
    ///         .device(["TV", "PC"])
    ///         .desc("hello")
    ///         .build())
    ///     .scheduled_status(true)
    ///     .is_allow_call(true)
    ///     .build();
    /// # wemeet::Validate::validate(&request)?;
    /// # let _call = async |client: &wemeet::Client| -> Result<(), wemeet::Error> {
    /// let response = client.update_meeting_room(&request).await?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    pub async fn update_meeting_room(
        &self,
        request: &wemeet_types::rooms::UpdateMeetingRoomRequest,
    ) -> ::std::result::Result<crate::Response<wemeet_types::JsonObject>, crate::Error> {
        self.send::<wemeet_types::rooms::UpdateMeetingRoom>(&(), request).await
    }
    /// Change a meeting room's settings (修改会议室配置项).
    ///
    /// `POST /v1/meeting-rooms/modify-room-config-info`.
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
    /// let request = wemeet::rooms::UpdateRoomConfigRequest::builder()
    ///     .operator_id("user1")
    ///     .operator_id_type(wemeet::OperatorIdType::Userid)
    ///     .instance_id(wemeet::InstanceId::Pc)
    ///     .meeting_room_id("xxxxxxxxxxxxxx")
    ///     .meeting_settings(wemeet::rooms::RoomMeetingSettingsUpdate::builder()
    ///         .water_mark(wemeet::rooms::RoomWatermark::SingleRow)
    ///         .auto_response(wemeet::rooms::RoomAutoResponse::On)
    ///         .caption(true)
    ///         .room_pmi(true)
    ///         .room_pmi_settings(wemeet::rooms::RoomPmiSettingsUpdate::builder()
    ///             .room_pmi_psw("1234")
    ///             .waiting_room(false)
    ///             .build())
    ///         .room_notification(false)
    ///         .build())
    ///     .record_settings(wemeet::rooms::RoomRecordSettingsUpdate::builder()
    ///         .share_record(wemeet::rooms::RoomRecordSharing::SameEnterprise)
    ///         .download_record(false)
    ///         .build())
    ///     .build();
    /// # wemeet::Validate::validate(&request)?;
    /// # let _call = async |client: &wemeet::Client| -> Result<(), wemeet::Error> {
    /// let response = client.update_room_config(&request).await?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    pub async fn update_room_config(
        &self,
        request: &wemeet_types::rooms::UpdateRoomConfigRequest,
    ) -> ::std::result::Result<crate::Response<wemeet_types::JsonObject>, crate::Error> {
        self.send::<wemeet_types::rooms::UpdateRoomConfig>(&(), request).await
    }
    /// Call a meeting room into a meeting (呼叫会议室).
    ///
    /// `PUT /v1/meeting-rooms/room-call`.
    ///
    /// Retried only when the request certainly never reached the server (a repeat could act twice).
    /// Signed requests only: the service does not accept OAuth 2.0 access tokens here.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 10004: Calling the meeting room failed (会议室呼叫失败).
    /// - 10002: Two documented readings. Meeting rooms (call a room): querying the room call's status failed (会议室呼叫状态查询失败), HTTP 500, the only reading a REST answer carries. Event subscription (消息通知) in the console: saving it failed because the URL verification (a signed GET with `check_str`) was not answered in time with HTTP 200 and exactly the decoded `check_str` (通知 URL 不可用,请修改后重试); wemeet-mock reports it when a subscription's URL verification fails.
    /// - 20000: A parameter has the wrong type: check the parameters' types (请检查参数类型).
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet::rooms::CallRoomRequest::builder()
    ///     .operator_id("user1")
    ///     .operator_id_type(wemeet::OperatorIdType::Userid)
    ///     .meeting_room_id("xxxxxxxxxxx")
    ///     .meeting_id(13434000000000927028_u64)
    ///     .build();
    /// # wemeet::Validate::validate(&request)?;
    /// # let _call = async |client: &wemeet::Client| -> Result<(), wemeet::Error> {
    /// let response = client.call_room(&request).await?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    pub async fn call_room(
        &self,
        request: &wemeet_types::rooms::CallRoomRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::rooms::CallRoomResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::rooms::CallRoom>(&(), request).await
    }
    /// Cancel a call to a meeting room (取消呼叫会议室).
    ///
    /// `PUT /v1/meeting-rooms/cancel-room-call`.
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
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet::rooms::CancelRoomCallRequest::builder()
    ///     .operator_id("user1")
    ///     .operator_id_type(wemeet::OperatorIdType::Userid)
    ///     .meeting_room_id("xxxxxxxxxxxxxxxxx")
    ///     .invite_id("33faef6b-xxxx-xxxx-xxxx-9d715cc33f95")
    ///     .meeting_id("13434xxxxxxxxx927028")
    ///     .instance_id(wemeet::InstanceId::Pc)
    ///     .build();
    /// # wemeet::Validate::validate(&request)?;
    /// # let _call = async |client: &wemeet::Client| -> Result<(), wemeet::Error> {
    /// let response = client.cancel_room_call(&request).await?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    pub async fn cancel_room_call(
        &self,
        request: &wemeet_types::rooms::CancelRoomCallRequest,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        self.send::<wemeet_types::rooms::CancelRoomCall>(&(), request).await
    }
    /// Generate an activation code for a meeting room's device (生成设备激活码).
    ///
    /// `POST /v1/meeting-rooms/{meeting_room_id}/active-code`.
    ///
    /// Retried only when the request certainly never reached the server (a repeat could act twice).
    /// Signed requests only: the service does not accept OAuth 2.0 access tokens here.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 20000: A parameter has the wrong type: check the parameters' types (请检查参数类型).
    /// - 20201: Querying the meeting room failed (查询会议室信息失败).
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet::rooms::CreateRoomActiveCodeRequest::builder()
    ///     .operator_id("14411xxxxxxxxxx002")
    ///     .operator_id_type(wemeet::OperatorIdType::Userid)
    ///     .build();
    /// # wemeet::Validate::validate(&request)?;
    /// # let _call = async |client: &wemeet::Client| -> Result<(), wemeet::Error> {
    /// let response = client.create_room_active_code("100001", &request).await?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    pub async fn create_room_active_code(
        &self,
        meeting_room_id: &str,
        request: &wemeet_types::rooms::CreateRoomActiveCodeRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::rooms::CreateRoomActiveCodeResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::rooms::CreateRoomActiveCode,
            >(
                &wemeet_types::rooms::CreateRoomActiveCodePath::builder()
                    .meeting_room_id(meeting_room_id)
                    .build(),
                request,
            )
            .await
    }
    /// Set a meeting room's background (设置会议室背景).
    ///
    /// `POST /v1/meeting-rooms/{meeting_room_id}/background`.
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
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet::rooms::SetRoomBackgroundRequest::builder()
    ///     .operator_id("user1")
    ///     .operator_id_type(wemeet::OperatorIdType::Userid)
    ///     .meeting_room_id("100001")
    ///     .background_image("https://xxxx.xxxx.com/xxxx/image.png")
    ///     .build();
    /// # wemeet::Validate::validate(&request)?;
    /// # let _call = async |client: &wemeet::Client| -> Result<(), wemeet::Error> {
    /// let response = client.set_room_background("100001", &request).await?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    pub async fn set_room_background(
        &self,
        meeting_room_id: &str,
        request: &wemeet_types::rooms::SetRoomBackgroundRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::rooms::SetRoomBackgroundResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::rooms::SetRoomBackground,
            >(
                &wemeet_types::rooms::SetRoomBackgroundPath::builder()
                    .meeting_room_id(meeting_room_id)
                    .build(),
                request,
            )
            .await
    }
}

// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! The methods of the `users` service (user_manager): one per endpoint of `schemas/users/endpoints.json`, each a call of `Client::send`.
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
impl crate::Client {
    /// Create an enterprise user (创建用户).
    ///
    /// `POST /v1/users`.
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
    /// let request = wemeet_blocking::users::CreateUserRequest::builder()
    ///     .email("123456@qq.com")
    ///     .phone("18888888888")
    ///     .username("testusername")
    ///     .userid("testuserid")
    ///     .staff_id("6666")
    ///     .job_title("develop")
    ///     .entry_time(1628495795)
    ///     .department_list(["07f4c****************1966815d251"])
    ///     .operator_id("admin1")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.create_user(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn create_user(
        &self,
        request: &wemeet_types::users::CreateUserRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::users::CreateUserResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::users::CreateUser>(&(), request)
    }
    /// Get an enterprise user by userid (获取用户详情).
    ///
    /// `GET /v1/users/{userid}`.
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
    /// let request = wemeet_blocking::users::GetUserRequest::builder()
    ///     .operator_id("admin1")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.get_user("user1", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn get_user(
        &self,
        userid: &str,
        request: &wemeet_types::users::GetUserRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::users::GetUserResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::users::GetUser,
            >(
            &wemeet_types::users::GetUserPath::builder().userid(userid).build(),
            request,
        )
    }
    /// Get an enterprise user by uuid (通过 uuid 获取用户详情).
    ///
    /// `GET /v1/users`.
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
    /// let request = wemeet_blocking::users::GetUserByUuidRequest::builder()
    ///     .uuid("WM4Fs4Th56ogU13JiK")
    ///     .operator_id("admin1")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.get_user_by_uuid(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn get_user_by_uuid(
        &self,
        request: &wemeet_types::users::GetUserByUuidRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::users::GetUserResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::users::GetUserByUuid>(&(), request)
    }
    /// Update an enterprise user by userid (更新用户).
    ///
    /// `PUT /v1/users/{userid}`.
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
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::users::UpdateUserRequest::builder()
    ///     .username("testusername")
    ///     .operator_id("admin1")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.update_user("user1", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn update_user(
        &self,
        userid: &str,
        request: &wemeet_types::users::UpdateUserRequest,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        self.send::<
                wemeet_types::users::UpdateUser,
            >(
            &wemeet_types::users::UpdateUserPath::builder().userid(userid).build(),
            request,
        )
    }
    /// Update an enterprise user by uuid (通过 uuid 更新用户).
    ///
    /// `PUT /v1/users`.
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
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::users::UpdateUserByUuidRequest::builder()
    ///     .uuid("WM4Fs4Th56ogU13JiK")
    ///     .username("testusername")
    ///     .operator_id("admin1")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.update_user_by_uuid(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn update_user_by_uuid(
        &self,
        request: &wemeet_types::users::UpdateUserByUuidRequest,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        self.send::<wemeet_types::users::UpdateUserByUuid>(&(), request)
    }
    /// Delete an enterprise user by userid (删除用户).
    ///
    /// `DELETE /v1/users/{userid}`.
    /// The service answers an empty body: success is `Response<()>`.
    ///
    /// Retried only when the request certainly never reached the server (a repeat could act twice).
    /// Signed requests only: the service does not accept OAuth 2.0 access tokens here.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 500014: The account has no permission (账号无权限).
    /// - 10000: User management: a generic failure of the user information API (用户信息 API 调用通用错误返回).
    /// - 20001: Two documented readings. User management: the user does not exist (用户不存在), HTTP 400. Meeting rooms (book rooms): rooms cannot be booked for a meeting longer than 24 hours (会议时长不在24小时内，不允许预定会议室), HTTP 500.
    /// - 20004: User management: the super administrator cannot be deleted (不允许删除超级管理员); transfer the role in the admin console first.
    /// - 41: A network error or timeout inside the service. The users, meetings and control pages: a network error, try again later (网络错误,请稍后重试); the recording access-members page: a network timeout (网络超时) with HTTP 400 and no advice to retry. `service`, the more cautious reading: never retried automatically.
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::users::DeleteUserRequest::builder()
    ///     .operator_id("KM4Ss4Th09ogUw1JiK")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.delete_user("user1", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete_user(
        &self,
        userid: &str,
        request: &wemeet_types::users::DeleteUserRequest,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        self.send::<
                wemeet_types::users::DeleteUser,
            >(
            &wemeet_types::users::DeleteUserPath::builder().userid(userid).build(),
            request,
        )
    }
    /// Delete an enterprise user by uuid (通过 uuid 删除用户).
    ///
    /// `DELETE /v1/users`.
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
    /// let request = wemeet_blocking::users::DeleteUserByUuidRequest::builder()
    ///     .uuid("WM4Fs4Th56ogU13JiK")
    ///     .operator_id("KM4Ss4Th09ogUw1JiK")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.delete_user_by_uuid(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete_user_by_uuid(
        &self,
        request: &wemeet_types::users::DeleteUserByUuidRequest,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        self.send::<wemeet_types::users::DeleteUserByUuid>(&(), request)
    }
    /// List the enterprise's users page by page (获取用户列表).
    ///
    /// `GET /v1/users/list`.
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
    /// let request = wemeet_blocking::users::ListUsersRequest::builder()
    ///     .page(1)
    ///     .page_size(1)
    ///     .operator_id("admin1")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.list_users(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list_users(
        &self,
        request: &wemeet_types::users::ListUsersRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::users::ListUsersResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::users::ListUsers>(&(), request)
    }
    /// The pages of [`list_users`](Self::list_users), from `request`'s page to the last, each a call of its own (see [`Pages`](crate::Pages)); `.items()` walks their items.
    pub fn list_users_pages(
        &self,
        request: &wemeet_types::users::ListUsersRequest,
    ) -> crate::Pages<'_, wemeet_types::users::ListUsers> {
        self.pages::<wemeet_types::users::ListUsers>(&(), request)
    }
    /// List the enterprise's users with filters, by cursor (获取用户列表(新)).
    ///
    /// `GET /v1/users/advance/list`.
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
    /// let request = wemeet_blocking::users::ListUsersAdvancedRequest::builder()
    ///     .operator_id("admin1")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .size(100)
    ///     .status(wemeet_blocking::users::UserStatusFilter::Normal)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.list_users_advanced(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list_users_advanced(
        &self,
        request: &wemeet_types::users::ListUsersAdvancedRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::users::ListUsersAdvancedResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::users::ListUsersAdvanced>(&(), request)
    }
    /// The pages of [`list_users_advanced`](Self::list_users_advanced), from `request`'s page to the last, each a call of its own (see [`Pages`](crate::Pages)); `.items()` walks their items.
    pub fn list_users_advanced_pages(
        &self,
        request: &wemeet_types::users::ListUsersAdvancedRequest,
    ) -> crate::Pages<'_, wemeet_types::users::ListUsersAdvanced> {
        self.pages::<wemeet_types::users::ListUsersAdvanced>(&(), request)
    }
    /// Get the basic information of the OAuth 2.0 user calling (获取用户基本信息).
    ///
    /// `GET /v1/users/info/basic`.
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
    /// let request = wemeet_blocking::users::GetUserBasicInfoRequest::builder()
    ///     .operator_id("KM4Ss4Th09ogUw1JiK")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::OpenId)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.get_user_basic_info(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn get_user_basic_info(
        &self,
        request: &wemeet_types::users::GetUserBasicInfoRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::users::GetUserBasicInfoResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::users::GetUserBasicInfo>(&(), request)
    }
    /// Get how the enterprise's seats and AI accounts are used (获取账号资源统计).
    ///
    /// `GET /v1/users/account/statistics`.
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
    /// let request = wemeet_blocking::users::GetUserAccountStatisticsRequest::builder()
    ///     .operator_id("admin1")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.get_user_account_statistics(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn get_user_account_statistics(
        &self,
        request: &wemeet_types::users::GetUserAccountStatisticsRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::users::GetUserAccountStatisticsResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::users::GetUserAccountStatistics>(&(), request)
    }
    /// Give a user the AI account capability (设置 AI 账号能力).
    ///
    /// `POST /v1/users/account/ai-account`.
    /// The service answers an empty body: success is `Response<()>`.
    ///
    /// Retried only when the request certainly never reached the server (a repeat could act twice).
    /// Signed requests only: the service does not accept OAuth 2.0 access tokens here.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 500111: AI accounts: the account already holds a gifted AI account (该账号已经是赠送版 AI 账号).
    /// - 500112: AI accounts: the account already holds a purchased AI account (该账号已经是购买版的 AI 账号).
    /// - 500058: AI accounts: the account already has the AI account capability (该账号已经拥有 AI 账号相关能力).
    /// - 500059: AI accounts: the account has no AI account capability (该账号无 AI 账号能力).
    /// - 500035: A daily limit was reached: try again tomorrow (您已触发上限,请明日再试).
    /// - 500052: AI accounts: this account's AI capability cannot be changed (该账号不支持操作 AI 账号能力).
    /// - 500053: Querying the user's information failed (用户信息查询失败).
    /// - 500055: AI accounts: invalid parameter (参数非法): check the parameters against the endpoint's docs.
    /// - 500054: AI accounts: the operator has no permission (AI 账号处理失败,该操作者没有权限).
    /// - 500057: Querying the account resources failed (资源查询异常).
    /// - 500028: Not enough account resources (账号资源不足).
    /// - 500026: No account of this kind was purchased (暂未购买该类账号).
    /// - 500056: AI accounts: not enough AI accounts (AI 账号资源不足).
    /// - 500032: An internal service failed: try again later (内部服务处理失败,请稍后重试).
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::users::SetUserAiAccountRequest::builder()
    ///     .operator_id("user1")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .to_operator_id("user2")
    ///     .to_operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .ai_account_type(wemeet_blocking::users::AiAccountType::Purchased)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.set_user_ai_account(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn set_user_ai_account(
        &self,
        request: &wemeet_types::users::SetUserAiAccountRequest,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        self.send::<wemeet_types::users::SetUserAiAccount>(&(), request)
    }
    /// Take the AI account capability away from a user (移除 AI 账号能力).
    ///
    /// `DELETE /v1/users/account/ai-account`.
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
    /// let request = wemeet_blocking::users::DeleteUserAiAccountRequest::builder()
    ///     .operator_id("user1")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .to_operator_id("user2")
    ///     .to_operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.delete_user_ai_account(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn delete_user_ai_account(
        &self,
        request: &wemeet_types::users::DeleteUserAiAccountRequest,
    ) -> ::std::result::Result<crate::Response<wemeet_types::JsonObject>, crate::Error> {
        self.send::<wemeet_types::users::DeleteUserAiAccount>(&(), request)
    }
    /// Transfer or delete a deleted user's assets (用户资产转移).
    ///
    /// `POST /v1/users/delete-transfer`.
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
    /// let request = wemeet_blocking::users::TransferDeletedUserAssetsRequest::builder()
    ///     .operator_id("tester")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .to_operator_id("test1")
    ///     .to_operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .data_process(wemeet_blocking::users::UserDataProcess::Transfer)
    ///     .transfer_data(wemeet_blocking::users::TransferDataScope::All)
    ///     .receiver_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .receiver_id("test2")
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.transfer_deleted_user_assets(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn transfer_deleted_user_assets(
        &self,
        request: &wemeet_types::users::TransferDeletedUserAssetsRequest,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        self.send::<wemeet_types::users::TransferDeletedUserAssets>(&(), request)
    }
    /// Get activation links for accounts not activated yet (获取账号激活链接).
    ///
    /// `POST /v1/users/invite-activate`.
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
    /// let request = wemeet_blocking::users::GetActivationLinksRequest::builder()
    ///     .userid_list(["user1", "user2", "user3"])
    ///     .operator_id("KM4Ss4Th09ogUw1JiK")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.get_activation_links(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn get_activation_links(
        &self,
        request: &wemeet_types::users::GetActivationLinksRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::users::GetActivationLinksResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::users::GetActivationLinks>(&(), request)
    }
    /// Get verification links for accounts not verified yet (获取用户验证链接).
    ///
    /// `POST /v1/users/invite-auth`.
    ///
    /// Retried only when the request certainly never reached the server (a repeat could act twice).
    /// Signed requests only: the service does not accept OAuth 2.0 access tokens here.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 20001: Two documented readings. User management: the user does not exist (用户不存在), HTTP 400. Meeting rooms (book rooms): rooms cannot be booked for a meeting longer than 24 hours (会议时长不在24小时内，不允许预定会议室), HTTP 500.
    /// - 500120: User verification: the user is not activated and cannot be verified (该用户未激活,无法验证).
    /// - 500091: No permission for this operation (无权限进行该操作): check the operator's identity and who owns the resource.
    /// - 500121: User verification: the user has no bound phone number (用户未绑定手机号).
    /// - 500035: A daily limit was reached: try again tomorrow (您已触发上限,请明日再试).
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::users::GetVerificationLinksRequest::builder()
    ///     .userid_list(["user1", "user2", "user3"])
    ///     .operator_id("xxxxxxxx")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.get_verification_links(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn get_verification_links(
        &self,
        request: &wemeet_types::users::GetVerificationLinksRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::users::GetVerificationLinksResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::users::GetVerificationLinks>(&(), request)
    }
    /// Send a user an activation SMS or email (发送用户激活邀请).
    ///
    /// `PUT /v1/users/{userid}/invite-activate`.
    /// The service answers an empty body: success is `Response<()>`.
    ///
    /// Retried only when the request certainly never reached the server (a repeat could act twice).
    /// Signed requests only: the service does not accept OAuth 2.0 access tokens here.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 20001: Two documented readings. User management: the user does not exist (用户不存在), HTTP 400. Meeting rooms (book rooms): rooms cannot be booked for a meeting longer than 24 hours (会议时长不在24小时内，不允许预定会议室), HTTP 500.
    /// - 15101: User activation: an invitation was already sent to this user today (今天已经向该用户发送过邀请提醒); one a day per phone number or email.
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::users::SendActivationInviteRequest::builder()
    ///     .operator_id("KM4Ss4Th09ogUw1JiK")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.send_activation_invite("user1", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn send_activation_invite(
        &self,
        userid: &str,
        request: &wemeet_types::users::SendActivationInviteRequest,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        self.send::<
                wemeet_types::users::SendActivationInvite,
            >(
            &wemeet_types::users::SendActivationInvitePath::builder()
                .userid(userid)
                .build(),
            request,
        )
    }
    /// Send a user a verification SMS (发送用户验证短信).
    ///
    /// `PUT /v1/users/{userid}/invite-auth`.
    /// The service answers an empty body: success is `Response<()>`.
    ///
    /// Retried only when the request certainly never reached the server (a repeat could act twice).
    /// Signed requests only: the service does not accept OAuth 2.0 access tokens here.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 20001: Two documented readings. User management: the user does not exist (用户不存在), HTTP 400. Meeting rooms (book rooms): rooms cannot be booked for a meeting longer than 24 hours (会议时长不在24小时内，不允许预定会议室), HTTP 500.
    /// - 500119: User verification: a verification message was already sent to this user today (今天已经向该用户发送过验证信息).
    /// - 500120: User verification: the user is not activated and cannot be verified (该用户未激活,无法验证).
    /// - 500091: No permission for this operation (无权限进行该操作): check the operator's identity and who owns the resource.
    /// - 500121: User verification: the user has no bound phone number (用户未绑定手机号).
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::users::SendVerificationSmsRequest::builder()
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .operator_id("xxxxxxxxxxxxx")
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.send_verification_sms("user1", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn send_verification_sms(
        &self,
        userid: &str,
        request: &wemeet_types::users::SendVerificationSmsRequest,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        self.send::<
                wemeet_types::users::SendVerificationSms,
            >(
            &wemeet_types::users::SendVerificationSmsPath::builder()
                .userid(userid)
                .build(),
            request,
        )
    }
    /// Enable or disable a user (启用与禁用用户).
    ///
    /// `PUT /v1/users/{userid}/enable`.
    /// The service answers an empty body: success is `Response<()>`.
    ///
    /// Idempotent: also retried after timeouts and gateway errors.
    /// Signed requests only: the service does not accept OAuth 2.0 access tokens here.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 20001: Two documented readings. User management: the user does not exist (用户不存在), HTTP 400. Meeting rooms (book rooms): rooms cannot be booked for a meeting longer than 24 hours (会议时长不在24小时内，不允许预定会议室), HTTP 500.
    /// - 60005: User management: the user does not exist or is not activated, so it cannot be enabled or disabled (用户不存在或处于未激活状态).
    /// - 20005: User management: the super administrator or an enterprise administrator cannot be acted on this way (不允许删除超级管理员/企业管理员), as the enable/disable page words it.
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::users::SetUserEnabledRequest::builder()
    ///     .enable(true)
    ///     .operator_id("KM4Ss4Th09ogUw1JiK")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.set_user_enabled("user1", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn set_user_enabled(
        &self,
        userid: &str,
        request: &wemeet_types::users::SetUserEnabledRequest,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        self.send::<
                wemeet_types::users::SetUserEnabled,
            >(
            &wemeet_types::users::SetUserEnabledPath::builder().userid(userid).build(),
            request,
        )
    }
    /// Get the operator's temporary ID in a meeting (查询 ms_open_id).
    ///
    /// `GET /v1/meetings/{meeting_id}/ms-open-id`.
    ///
    /// Idempotent: also retried after timeouts and gateway errors.
    /// Accepts OAuth 2.0 access tokens as well as signed requests.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 202801: The caller may not query this meeting (缺少该会议查询权限): check that the app created it.
    /// - 190001: A user is not registered (存在未注册的用户).
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::users::GetMeetingMsOpenIdRequest::builder()
    ///     .operator_id("user1")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.get_meeting_ms_open_id("100001", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn get_meeting_ms_open_id(
        &self,
        meeting_id: &str,
        request: &wemeet_types::users::GetMeetingMsOpenIdRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::users::GetMeetingMsOpenIdResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::users::GetMeetingMsOpenId,
            >(
            &wemeet_types::users::GetMeetingMsOpenIdPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// Get a user's personal meeting ID settings (查询个人会议号配置信息).
    ///
    /// `GET /v1/pmi-meetings/pmi-config`.
    ///
    /// Idempotent: also retried after timeouts and gateway errors.
    /// Signed requests only: the service does not accept OAuth 2.0 access tokens here.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 190001: A user is not registered (存在未注册的用户).
    /// - 550000: The request timed out: try again later (请求超时,请稍后再试).
    /// - 500122: The operator has no permission: the PSTN pages word it so (操作者没有权限), the user-management pages as the operator being outside the app's available range (该接口的操作者不在应用可用范围内).
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::users::GetPmiConfigRequest::builder()
    ///     .userid("user1")
    ///     .instanceid(wemeet_blocking::InstanceId::Pc)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.get_pmi_config(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn get_pmi_config(
        &self,
        request: &wemeet_types::users::GetPmiConfigRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::users::GetPmiConfigResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::users::GetPmiConfig>(&(), request)
    }
    /// Change a user's personal meeting ID settings (修改个人会议号配置信息).
    ///
    /// `PUT /v1/pmi-meetings/pmi-config`.
    /// The service answers an empty body: success is `Response<()>`.
    ///
    /// Idempotent: also retried after timeouts and gateway errors.
    /// Signed requests only: the service does not accept OAuth 2.0 access tokens here.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 550000: The request timed out: try again later (请求超时,请稍后再试).
    /// - 500122: The operator has no permission: the PSTN pages word it so (操作者没有权限), the user-management pages as the operator being outside the app's available range (该接口的操作者不在应用可用范围内).
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::users::UpdatePmiConfigRequest::builder()
    ///     .operator_id("user1")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .instanceid(wemeet_blocking::InstanceId::Pc)
    ///     .pmi_name("tester的个人会议室")
    ///     .enable_password(true)
    ///     .pmi_password("123456")
    ///     .auto_in_waiting_room(false)
    ///     .hosts([wemeet_blocking::users::PmiHostSetting::Userid("user2".to_owned())])
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.update_pmi_config(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn update_pmi_config(
        &self,
        request: &wemeet_types::users::UpdatePmiConfigRequest,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        self.send::<wemeet_types::users::UpdatePmiConfig>(&(), request)
    }
    /// Withdraw the OAuth 2.0 user's authorization of the app (取消用户授权).
    ///
    /// `PUT /v1/auth-users/cancel-auth`.
    /// The service answers an empty body: success is `Response<()>`.
    ///
    /// Retried only when the request certainly never reached the server (a repeat could act twice).
    /// Accepts OAuth 2.0 access tokens as well as signed requests.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 40: The caller has no permission for this operation (没有操作权限).
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::users::CancelUserAuthRequest::builder()
    ///     .operator_id("KM4Ss4Th09ogUw1JiK")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::OpenId)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.cancel_user_auth(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn cancel_user_auth(
        &self,
        request: &wemeet_types::users::CancelUserAuthRequest,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        self.send::<wemeet_types::users::CancelUserAuth>(&(), request)
    }
    /// Convert a third-party app's open_ids into the enterprise's userids (自建应用与三方应用 ID 转换接口).
    ///
    /// `POST /v1/users/open-id-to-userid`.
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
    /// let request = wemeet_blocking::users::ConvertOpenIdsRequest::builder()
    ///     .open_id_list(["123456"])
    ///     .sdkid("120001")
    ///     .operator_id("admin1")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.convert_open_ids(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn convert_open_ids(
        &self,
        request: &wemeet_types::users::ConvertOpenIdsRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::users::ConvertOpenIdsResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::users::ConvertOpenIds>(&(), request)
    }
}

// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! The methods of the `guests` service (meeting_guest): one per endpoint of `schemas/guests/endpoints.json`, each a call of `Client::send`.
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
impl crate::Client {
    /// Get the guests of a meeting (通过会议 ID 查询会议嘉宾列表).
    ///
    /// `GET /v1/guests/{meeting_id}`.
    ///
    /// Idempotent: also retried after timeouts and gateway errors.
    /// Accepts OAuth 2.0 access tokens as well as signed requests.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 9042: No permission for this operation (无权限进行该操作): check the operator's identity and the resource's owner. The cancel doc answers it with HTTP 403, the default-background doc with 500.
    /// - 13703: Querying the meeting failed (查询会议失败).
    /// - 9003: The meeting does not exist (会议不存在).
    /// - 190001: A user is not registered (存在未注册的用户).
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::guests::GetMeetingGuestsRequest::builder()
    ///     .userid("leonxsun")
    ///     .instanceid(wemeet_blocking::InstanceId::Pc)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.get_meeting_guests("15923312864334416762", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn get_meeting_guests(
        &self,
        meeting_id: &str,
        request: &wemeet_types::guests::GetMeetingGuestsRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::guests::GetMeetingGuestsResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::guests::GetMeetingGuests,
            >(
            &wemeet_types::guests::GetMeetingGuestsPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// Replace the guests of a meeting (修改会议嘉宾列表).
    ///
    /// `PUT /v1/guests/{meeting_id}`.
    /// The service answers an empty body: success is `Response<()>`.
    ///
    /// Retried only when the request certainly never reached the server (a repeat could act twice).
    /// Accepts OAuth 2.0 access tokens as well as signed requests.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 9002: Illegal request (非法请求), for example a wrong meeting ID (获取 TinyId 错误或者 meetingId 错误).
    /// - 9042: No permission for this operation (无权限进行该操作): check the operator's identity and the resource's owner. The cancel doc answers it with HTTP 403, the default-background doc with 500.
    /// - 190001: A user is not registered (存在未注册的用户).
    /// - 13703: Querying the meeting failed (查询会议失败).
    /// - 190431: Creating the meeting's guests failed (创建会议嘉宾失败).
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::guests::SetMeetingGuestsRequest::builder()
    ///     .userid("xxx")
    ///     .instanceid(wemeet_blocking::InstanceId::Pc)
    ///     .guests([
    ///         wemeet_blocking::GuestSpec::builder()
    ///             .area("86")
    ///             .phone_number("xxxxxxxxx")
    ///             .guest_name("xxxx")
    ///             .build(),
    ///     ])
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.set_meeting_guests("15923312864334416762", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn set_meeting_guests(
        &self,
        meeting_id: &str,
        request: &wemeet_types::guests::SetMeetingGuestsRequest,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        self.send::<
                wemeet_types::guests::SetMeetingGuests,
            >(
            &wemeet_types::guests::SetMeetingGuestsPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
}

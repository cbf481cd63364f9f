// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! The methods of the `pstn` service (pstn): one per endpoint of `schemas/pstn/endpoints.json`, each a call of `Client::send`.
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
impl crate::Client {
    /// Call phones into a meeting (批量外呼).
    ///
    /// `POST /v1/meeting/{meeting_id}/phone/callout`.
    ///
    /// Retried only when the request certainly never reached the server (a repeat could act twice).
    /// Signed requests only: the service does not accept OAuth 2.0 access tokens here.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 190457: The meeting does not exist: check `meeting_id` (会议不存在,请核对 meeting_id).
    /// - 9042: No permission for this operation (无权限进行该操作): check the operator's identity and the resource's owner. The cancel doc answers it with HTTP 403, the default-background doc with 500.
    /// - 9006: The meeting has ended (会议已结束), as the call-out page reports it.
    /// - 14203: A phone number is wrong: enter it again (输入号码有误,请重新输入).
    /// - 14220: Inviting the member into the meeting failed (邀请成员入会失败; the page's text is cut off after these words).
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::pstn::CallOutPhonesRequest::builder()
    ///     .operator_id("tester1")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .phone_numbers([
    ///         wemeet_blocking::pstn::PstnCalloutTarget::builder()
    ///             .area(86)
    ///             .phone("13888888888")
    ///             .nick_name("tester2")
    ///             .build(),
    ///         wemeet_blocking::pstn::PstnCalloutTarget::builder()
    ///             .area(86)
    ///             .phone("075512345678")
    ///             .extension_number("1234")
    ///             .build(),
    ///     ])
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.call_out_phones("1111111111111", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn call_out_phones(
        &self,
        meeting_id: &str,
        request: &wemeet_types::pstn::CallOutPhonesRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::pstn::CallOutPhonesResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::pstn::CallOutPhones,
            >(
            &wemeet_types::pstn::CallOutPhonesPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// Cancel call-outs to phones (批量取消外呼).
    ///
    /// `POST /v1/meeting/{meeting_id}/phone/cancelcall`.
    ///
    /// Retried only when the request certainly never reached the server (a repeat could act twice).
    /// Signed requests only: the service does not accept OAuth 2.0 access tokens here.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 190457: The meeting does not exist: check `meeting_id` (会议不存在,请核对 meeting_id).
    /// - 550000: The request timed out: try again later (请求超时,请稍后再试).
    /// - 500122: The operator has no permission: the PSTN pages word it so (操作者没有权限), the user-management pages as the operator being outside the app's available range (该接口的操作者不在应用可用范围内).
    /// - 500135: Cancelling the user's call failed (取消用户呼叫失败).
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::pstn::CancelPhoneCallsRequest::builder()
    ///     .operator_id("songe")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::OpenId)
    ///     .phone_numbers([
    ///         wemeet_blocking::pstn::PstnCancelTarget::builder()
    ///             .area(86)
    ///             .phone("13888888888")
    ///             .build(),
    ///     ])
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.cancel_phone_calls("1111111111111", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn cancel_phone_calls(
        &self,
        meeting_id: &str,
        request: &wemeet_types::pstn::CancelPhoneCallsRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::pstn::CancelPhoneCallsResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::pstn::CancelPhoneCalls,
            >(
            &wemeet_types::pstn::CancelPhoneCallsPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
}

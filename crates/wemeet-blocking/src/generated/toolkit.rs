// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! The methods of the `toolkit` service (application_group): one per endpoint of `schemas/toolkit/endpoints.json`, each a call of `Client::send`.
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
impl crate::Client {
    /// Bind extension apps to a meeting (绑定扩展应用).
    ///
    /// `POST /v1/app/toolkit`.
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
    /// let request = wemeet_blocking::toolkit::SetMeetingToolkitRequest::builder()
    ///     .userid("tester1")
    ///     .instanceid(wemeet_blocking::InstanceId::Pc)
    ///     .meeting_id("7567173273889276131")
    ///     .tool_list([
    ///         wemeet_blocking::toolkit::ToolkitApp::builder()
    ///             .tool_appid("2xxxxxxx")
    ///             .tool_sdkid("1xxxxxxx")
    ///             .visible_type(wemeet_blocking::toolkit::ToolkitVisibleType::Listed)
    ///             .visible_list([
    ///                 wemeet_blocking::toolkit::ToolkitVisibleUser::builder()
    ///                     .visible_appid("2xxxxxxx")
    ///                     .visible_userid("tester2")
    ///                     .build(),
    ///             ])
    ///             .build(),
    ///     ])
    ///     .auto_open_sdkid("1xxxxxxx")
    ///     .toolbar_sdkid("1xxxxxxx")
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.set_meeting_toolkit(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn set_meeting_toolkit(
        &self,
        request: &wemeet_types::toolkit::SetMeetingToolkitRequest,
    ) -> ::std::result::Result<crate::Response<wemeet_types::JsonObject>, crate::Error> {
        self.send::<wemeet_types::toolkit::SetMeetingToolkit>(&(), request)
    }
}

// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! The methods of the `layouts` service (layout): one per endpoint of `schemas/layouts/endpoints.json`, each a call of `Client::send`.
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
impl crate::Client {
    /// Add basic layouts to a meeting (添加会议布局).
    ///
    /// `POST /v1/meetings/{meeting_id}/layouts`.
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
    /// let request = wemeet_blocking::layouts::AddMeetingLayoutsRequest::builder()
    ///     .operator_id("creator1")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .instanceid(wemeet_blocking::InstanceId::Pc)
    ///     .layout_list([
    ///         wemeet_blocking::layouts::LayoutSpec::builder()
    ///             .page_list([
    ///                 wemeet_blocking::layouts::LayoutPageSpec::builder()
    ///                     .layout_template_id("1")
    ///                     .user_seat_list([
    ///                         wemeet_blocking::layouts::LayoutSeatSpec::builder()
    ///                             .grid_id("10")
    ///                             .grid_type(wemeet_blocking::layouts::LayoutGridType::Video)
    ///                             .userid("invitee1")
    ///                             .username("joker")
    ///                             .build(),
    ///                     ])
    ///                     .build(),
    ///             ])
    ///             .build(),
    ///     ])
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.add_meeting_layouts("7567173273889276131", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn add_meeting_layouts(
        &self,
        meeting_id: &str,
        request: &wemeet_types::layouts::AddMeetingLayoutsRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::layouts::AddMeetingLayoutsResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::layouts::AddMeetingLayouts,
            >(
            &wemeet_types::layouts::AddMeetingLayoutsPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// Add advanced custom layouts to a meeting (添加会议高级布局).
    ///
    /// `POST /v1/meetings/{meeting_id}/advanced-layouts`.
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
    /// let request = wemeet_blocking::layouts::AddAdvancedLayoutsRequest::builder()
    ///     .operator_id("tester1")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .instanceid(wemeet_blocking::InstanceId::Pc)
    ///     .layout_list([
    ///         wemeet_blocking::layouts::AdvancedLayoutSpec::builder()
    ///             .layout_name("panel")
    ///             .page_list([
    ///                 wemeet_blocking::layouts::AdvancedLayoutPageSpec::builder()
    ///                     .layout_template_id("3")
    ///                     .enable_polling(true)
    ///                     .polling_setting(wemeet_blocking::layouts::LayoutPollingSettingSpec::builder()
    ///                         .polling_interval_unit(wemeet_blocking::layouts::PollingIntervalUnit::Seconds)
    ///                         .polling_interval(10)
    ///                         .ignore_user_novideo(false)
    ///                         .ignore_user_absence(false)
    ///                         .build())
    ///                     .user_seat_list([
    ///                         wemeet_blocking::layouts::AdvancedLayoutSeatSpec::builder()
    ///                             .grid_id("1")
    ///                             .grid_type(wemeet_blocking::layouts::LayoutGridType::Video)
    ///                             .video_type(wemeet_blocking::layouts::LayoutVideoType::Designated)
    ///                             .user_list([
    ///                                 wemeet_blocking::layouts::AdvancedLayoutSeatUserSpec::builder()
    ///                                     .userid("tester2")
    ///                                     .ms_open_id("WMfgHRYj6m36mcDGtK")
    ///                                     .username("tester2")
    ///                                     .build(),
    ///                             ])
    ///                             .build(),
    ///                     ])
    ///                     .build(),
    ///             ])
    ///             .build(),
    ///     ])
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.add_advanced_layouts("7567173273889276131", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn add_advanced_layouts(
        &self,
        meeting_id: &str,
        request: &wemeet_types::layouts::AddAdvancedLayoutsRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::layouts::AddAdvancedLayoutsResponse>,
        crate::Error,
    > {
        self.send::<
                wemeet_types::layouts::AddAdvancedLayouts,
            >(
            &wemeet_types::layouts::AddAdvancedLayoutsPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
    /// Apply a layout to a meeting or to participants, or restore the default (设置会议应用布局).
    ///
    /// `PUT /v1/meetings/{meeting_id}/applying-layout`.
    /// The service answers an empty body: success is `Response<()>`.
    ///
    /// Idempotent: also retried after timeouts and gateway errors.
    /// Signed requests only: the service does not accept OAuth 2.0 access tokens here.
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; otherwise the transport's or the service's error: any of the codes every endpoint may answer ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:
    ///
    /// - 9042: No permission for this operation (无权限进行该操作): check the operator's identity and the resource's owner. The cancel doc answers it with HTTP 403, the default-background doc with 500.
    /// - 202001: Getting the meeting's details failed: check that the meeting exists.
    /// - 190001: A user is not registered (存在未注册的用户).
    ///
    /// # Example
    ///
    /// Built from the docs' own example, with values that keep every rule the client checks.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let request = wemeet_blocking::layouts::ApplyMeetingLayoutRequest::builder()
    ///     .operator_id("test_restapi_user_401")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .instanceid(wemeet_blocking::InstanceId::Pc)
    ///     .layout_id("531axxxx-xxxx-xxxx-xxxx-xxxx2d8d3ebb")
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.apply_meeting_layout("7567173273889276131", &request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn apply_meeting_layout(
        &self,
        meeting_id: &str,
        request: &wemeet_types::layouts::ApplyMeetingLayoutRequest,
    ) -> ::std::result::Result<crate::Response<()>, crate::Error> {
        self.send::<
                wemeet_types::layouts::ApplyMeetingLayout,
            >(
            &wemeet_types::layouts::ApplyMeetingLayoutPath::builder()
                .meeting_id(meeting_id)
                .build(),
            request,
        )
    }
}

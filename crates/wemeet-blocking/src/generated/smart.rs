// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! The methods of the `smart` service (record_intelligence): one per endpoint of `schemas/smart/endpoints.json`, each a call of `Client::send`.
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
impl crate::Client {
    /// Get the smart chapters of a cloud recording (智能章节).
    ///
    /// `GET /v1/smart/chapters`.
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
    /// let request = wemeet_blocking::smart::GetSmartChaptersRequest::builder()
    ///     .operator_id("xxxx")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .record_file_id("17772xxxxxxxx34688")
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.get_smart_chapters(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn get_smart_chapters(
        &self,
        request: &wemeet_types::smart::GetSmartChaptersRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::smart::GetSmartChaptersResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::smart::GetSmartChapters>(&(), request)
    }
    /// Get the smart summary of a cloud recording (智能总结).
    ///
    /// `GET /v1/smart/fullsummary`.
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
    /// let request = wemeet_blocking::smart::GetSmartFullSummaryRequest::builder()
    ///     .operator_id("xxxxx")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .record_file_id("17453xxxxxxxxx34913")
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.get_smart_full_summary(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn get_smart_full_summary(
        &self,
        request: &wemeet_types::smart::GetSmartFullSummaryRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::smart::GetSmartFullSummaryResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::smart::GetSmartFullSummary>(&(), request)
    }
    /// Get the smart topics of a cloud recording (智能话题).
    ///
    /// `GET /v1/smart/topics`.
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
    /// let request = wemeet_blocking::smart::GetSmartTopicsRequest::builder()
    ///     .operator_id("xxxxxx")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .record_file_id("174532xxxxxxxx34913")
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.get_smart_topics(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn get_smart_topics(
        &self,
        request: &wemeet_types::smart::GetSmartTopicsRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::smart::GetSmartTopicsResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::smart::GetSmartTopics>(&(), request)
    }
    /// List the speakers of a cloud recording, page by page (智能发言人).
    ///
    /// `GET /v1/smart/speakers`.
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
    /// let request = wemeet_blocking::smart::ListSmartSpeakersRequest::builder()
    ///     .operator_id("xxxx")
    ///     .operator_id_type(wemeet_blocking::OperatorIdType::Userid)
    ///     .record_file_id("178xxxxxxxxx281")
    ///     .page(1)
    ///     .page_size(10)
    ///     .build();
    /// # wemeet_blocking::Validate::validate(&request)?;
    /// # let _call = |client: &wemeet_blocking::Client| -> Result<(), wemeet_blocking::Error> {
    /// let response = client.list_smart_speakers(&request)?;
    /// // The service's X-TC-Trace id of this call, the id its support asks for.
    /// println!("trace id: {:?}", response.trace_id());
    /// # Ok(()) };
    /// # Ok(()) }
    /// ```
    #[inline]
    pub fn list_smart_speakers(
        &self,
        request: &wemeet_types::smart::ListSmartSpeakersRequest,
    ) -> ::std::result::Result<
        crate::Response<wemeet_types::smart::ListSmartSpeakersResponse>,
        crate::Error,
    > {
        self.send::<wemeet_types::smart::ListSmartSpeakers>(&(), request)
    }
    /// The pages of [`list_smart_speakers`](Self::list_smart_speakers), from `request`'s page to the last, each a call of its own (see [`Pages`](crate::Pages)); `.items()` walks their items.
    pub fn list_smart_speakers_pages(
        &self,
        request: &wemeet_types::smart::ListSmartSpeakersRequest,
    ) -> crate::Pages<'_, wemeet_types::smart::ListSmartSpeakers> {
        self.pages::<wemeet_types::smart::ListSmartSpeakers>(&(), request)
    }
}

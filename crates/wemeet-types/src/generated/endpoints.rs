// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! The endpoint table, from `schemas/endpoints.json`: one marker type per endpoint.
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
/// Every endpoint of the API, in the order of `schemas/endpoints.json`.
pub static ENDPOINTS: &[crate::EndpointInfo] = &[
    crate::EndpointInfo {
        name: "create_meeting",
        method: "POST",
        path_template: "/v1/meetings",
        path_schema: ::std::option::Option::None,
        request_schema: crate::schemas::CREATE_MEETING_REQUEST,
        response_schema: ::std::option::Option::Some(
            crate::schemas::CREATE_MEETING_RESPONSE,
        ),
        idempotent: false,
    },
    crate::EndpointInfo {
        name: "add_meeting_backgrounds",
        method: "POST",
        path_template: "/v1/meetings/{meeting_id}/backgrounds",
        path_schema: ::std::option::Option::Some(
            crate::schemas::ADD_MEETING_BACKGROUNDS_PATH,
        ),
        request_schema: crate::schemas::ADD_MEETING_BACKGROUNDS_REQUEST,
        response_schema: ::std::option::Option::Some(
            crate::schemas::ADD_MEETING_BACKGROUNDS_RESPONSE,
        ),
        idempotent: false,
    },
    crate::EndpointInfo {
        name: "set_live_stream_address",
        method: "POST",
        path_template: "/v1/meetings/{meeting_id}/live_play/live-stream-address",
        path_schema: ::std::option::Option::Some(
            crate::schemas::SET_LIVE_STREAM_ADDRESS_PATH,
        ),
        request_schema: crate::schemas::SET_LIVE_STREAM_ADDRESS_REQUEST,
        response_schema: ::std::option::Option::None,
        idempotent: true,
    },
];
/// `POST /v1/meetings`: Create (schedule) a meeting (创建会议).
///
/// - path parameters: none
/// - request body: [`CreateMeetingRequest`](crate::CreateMeetingRequest)
/// - response body: [`CreateMeetingResponse`](crate::CreateMeetingResponse)
/// - Not idempotent: an attempt that may have reached the server must not be retried blindly.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CreateMeeting;
impl crate::Endpoint for CreateMeeting {
    const NAME: &'static str = "create_meeting";
    const METHOD: &'static str = "POST";
    const PATH_TEMPLATE: &'static str = "/v1/meetings";
    const IDEMPOTENT: bool = false;
    type Path = ();
    type Request = crate::CreateMeetingRequest;
    type Response = crate::CreateMeetingResponse;
}
impl crate::PathParams for crate::AddMeetingBackgroundsPath {
    fn render_path(
        &self,
        template: &'static str,
    ) -> ::std::result::Result<::std::string::String, crate::ValidationError> {
        crate::endpoint::render_template(
            template,
            &[("meeting_id", self.meeting_id.as_str())],
        )
    }
    fn param(&self, name: &str) -> ::std::option::Option<&str> {
        match name {
            "meeting_id" => ::std::option::Option::Some(self.meeting_id.as_str()),
            _ => ::std::option::Option::None,
        }
    }
}
/// `POST /v1/meetings/{meeting_id}/backgrounds`: Add backgrounds to a scheduled meeting (添加会议背景).
///
/// - path parameters: [`AddMeetingBackgroundsPath`](crate::AddMeetingBackgroundsPath)
/// - request body: [`AddMeetingBackgroundsRequest`](crate::AddMeetingBackgroundsRequest)
/// - response body: [`AddMeetingBackgroundsResponse`](crate::AddMeetingBackgroundsResponse)
/// - Not idempotent: an attempt that may have reached the server must not be retried blindly.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct AddMeetingBackgrounds;
impl crate::Endpoint for AddMeetingBackgrounds {
    const NAME: &'static str = "add_meeting_backgrounds";
    const METHOD: &'static str = "POST";
    const PATH_TEMPLATE: &'static str = "/v1/meetings/{meeting_id}/backgrounds";
    const IDEMPOTENT: bool = false;
    type Path = crate::AddMeetingBackgroundsPath;
    type Request = crate::AddMeetingBackgroundsRequest;
    type Response = crate::AddMeetingBackgroundsResponse;
}
impl crate::PathParams for crate::SetLiveStreamAddressPath {
    fn render_path(
        &self,
        template: &'static str,
    ) -> ::std::result::Result<::std::string::String, crate::ValidationError> {
        crate::endpoint::render_template(
            template,
            &[("meeting_id", self.meeting_id.as_str())],
        )
    }
    fn param(&self, name: &str) -> ::std::option::Option<&str> {
        match name {
            "meeting_id" => ::std::option::Option::Some(self.meeting_id.as_str()),
            _ => ::std::option::Option::None,
        }
    }
}
/// `POST /v1/meetings/{meeting_id}/live_play/live-stream-address`: Set the live-stream push address of a meeting (设置直播推流地址).
///
/// - path parameters: [`SetLiveStreamAddressPath`](crate::SetLiveStreamAddressPath)
/// - request body: [`SetLiveStreamAddressRequest`](crate::SetLiveStreamAddressRequest)
/// - response body: an empty body (`()`; any JSON body is accepted too)
/// - Idempotent: an attempt that may have reached the server can be retried.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct SetLiveStreamAddress;
impl crate::Endpoint for SetLiveStreamAddress {
    const NAME: &'static str = "set_live_stream_address";
    const METHOD: &'static str = "POST";
    const PATH_TEMPLATE: &'static str = "/v1/meetings/{meeting_id}/live_play/live-stream-address";
    const IDEMPOTENT: bool = true;
    type Path = crate::SetLiveStreamAddressPath;
    type Request = crate::SetLiveStreamAddressRequest;
    type Response = ();
}
impl crate::ResponseBody for crate::ErrorResponse {
    fn from_body(body: &[u8]) -> ::std::result::Result<Self, ::serde_json::Error> {
        ::serde_json::from_slice(body)
    }
}
impl crate::ResponseBody for crate::CreateMeetingResponse {
    fn from_body(body: &[u8]) -> ::std::result::Result<Self, ::serde_json::Error> {
        ::serde_json::from_slice(body)
    }
}
impl crate::ResponseBody for crate::AddMeetingBackgroundsResponse {
    fn from_body(body: &[u8]) -> ::std::result::Result<Self, ::serde_json::Error> {
        ::serde_json::from_slice(body)
    }
}

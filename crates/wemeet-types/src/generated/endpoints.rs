// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! The endpoint table, from `schemas/endpoints.json`: one marker type per endpoint.
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
/// Every endpoint of the API, in the order of `schemas/endpoints.json`.
pub static ENDPOINTS: &[crate::EndpointInfo] = &[
    crate::EndpointInfo {
        name: "create_meeting",
        method: crate::Method::Post,
        path_template: "/v1/meetings",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::schemas::CREATE_MEETING_REQUEST,
        ),
        response_schema: ::std::option::Option::Some(
            crate::schemas::CREATE_MEETING_RESPONSE,
        ),
        retry: crate::RetryClass::IfNotSent,
        oauth2: true,
        errors: &[
            crate::ErrorCode::USER_NOT_REGISTERED,
            crate::ErrorCode::CREATE_QUOTA_PER_HOUR,
            crate::ErrorCode::CREATE_QUOTA_PER_MONTH,
        ],
    },
    crate::EndpointInfo {
        name: "add_meeting_backgrounds",
        method: crate::Method::Post,
        path_template: "/v1/meetings/{meeting_id}/backgrounds",
        path_schema: ::std::option::Option::Some(
            crate::schemas::ADD_MEETING_BACKGROUNDS_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::schemas::ADD_MEETING_BACKGROUNDS_REQUEST,
        ),
        response_schema: ::std::option::Option::Some(
            crate::schemas::ADD_MEETING_BACKGROUNDS_RESPONSE,
        ),
        retry: crate::RetryClass::IfNotSent,
        oauth2: false,
        errors: &[
            crate::ErrorCode::BACKGROUND_IMAGE_URL_INVALID,
            crate::ErrorCode::BACKGROUND_IMAGE_SIZE_INVALID,
            crate::ErrorCode::BACKGROUND_LIMIT_EXCEEDED,
            crate::ErrorCode::BACKGROUND_ORDER_OUT_OF_RANGE,
            crate::ErrorCode::MEETING_LOOKUP_FAILED,
            crate::ErrorCode::NO_PERMISSION,
        ],
    },
    crate::EndpointInfo {
        name: "set_live_stream_address",
        method: crate::Method::Post,
        path_template: "/v1/meetings/{meeting_id}/live_play/live-stream-address",
        path_schema: ::std::option::Option::Some(
            crate::schemas::SET_LIVE_STREAM_ADDRESS_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::schemas::SET_LIVE_STREAM_ADDRESS_REQUEST,
        ),
        response_schema: ::std::option::Option::None,
        retry: crate::RetryClass::IfNotSent,
        oauth2: false,
        errors: &[
            crate::ErrorCode::TOO_MANY_THIRD_PARTY_PUSHES,
            crate::ErrorCode::PUSH_ADDRESS_INVALID,
            crate::ErrorCode::LIVE_MEETING_ID_INVALID,
            crate::ErrorCode::NOT_MEETING_CREATOR,
            crate::ErrorCode::NOT_CREATOR_OR_HOST,
            crate::ErrorCode::USER_NOT_REGISTERED,
            crate::ErrorCode::ACCOUNT_NO_PERMISSION,
        ],
    },
    crate::EndpointInfo {
        name: "get_meeting",
        method: crate::Method::Get,
        path_template: "/v1/meetings/{meeting_id}",
        path_schema: ::std::option::Option::Some(crate::schemas::GET_MEETING_PATH),
        request_schema: ::std::option::Option::Some(crate::schemas::GET_MEETING_REQUEST),
        response_schema: ::std::option::Option::Some(
            crate::schemas::GET_MEETING_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[
            crate::ErrorCode::ILLEGAL_REQUEST,
            crate::ErrorCode::MEETING_NOT_EXIST,
            crate::ErrorCode::NO_PERMISSION,
            crate::ErrorCode::QUERY_TOO_FREQUENT,
            crate::ErrorCode::USER_NOT_REGISTERED,
            crate::ErrorCode::UNSUPPORTED_REQUEST,
            crate::ErrorCode::JSON_PARSE_ERROR,
            crate::ErrorCode::PARAMETER_ERROR,
        ],
    },
    crate::EndpointInfo {
        name: "cancel_meeting",
        method: crate::Method::Post,
        path_template: "/v1/meetings/{meeting_id}/cancel",
        path_schema: ::std::option::Option::Some(crate::schemas::CANCEL_MEETING_PATH),
        request_schema: ::std::option::Option::Some(
            crate::schemas::CANCEL_MEETING_REQUEST,
        ),
        response_schema: ::std::option::Option::None,
        retry: crate::RetryClass::IfNotSent,
        oauth2: true,
        errors: &[
            crate::ErrorCode::ACCOUNT_NO_PERMISSION,
            crate::ErrorCode::NO_PERMISSION,
            crate::ErrorCode::ILLEGAL_REQUEST,
            crate::ErrorCode::MEETING_CANCELLED,
            crate::ErrorCode::MEETING_STARTED,
            crate::ErrorCode::MEETING_ENDED,
            crate::ErrorCode::MEETING_CACHE_QUERY_FAILED,
            crate::ErrorCode::NETWORK_ERROR,
            crate::ErrorCode::USER_NOT_REGISTERED,
            crate::ErrorCode::MEETING_NOT_EXIST,
            crate::ErrorCode::MEMBER_NOT_IN_MEETING,
        ],
    },
    crate::EndpointInfo {
        name: "set_default_background",
        method: crate::Method::Put,
        path_template: "/v1/meetings/{meeting_id}/default-backgrounds",
        path_schema: ::std::option::Option::Some(
            crate::schemas::SET_DEFAULT_BACKGROUND_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::schemas::SET_DEFAULT_BACKGROUND_REQUEST,
        ),
        response_schema: ::std::option::Option::None,
        retry: crate::RetryClass::Idempotent,
        oauth2: false,
        errors: &[
            crate::ErrorCode::MEETING_NOT_EXIST,
            crate::ErrorCode::USER_NOT_REGISTERED,
            crate::ErrorCode::BACKGROUND_NOT_EXIST,
            crate::ErrorCode::NO_PERMISSION,
            crate::ErrorCode::MEETING_QUERY_FAILED,
        ],
    },
    crate::EndpointInfo {
        name: "get_push_stream_info",
        method: crate::Method::Get,
        path_template: "/v1/meetings/{meeting_id}/live-play/push-stream-info",
        path_schema: ::std::option::Option::Some(
            crate::schemas::GET_PUSH_STREAM_INFO_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::schemas::GET_PUSH_STREAM_INFO_REQUEST,
        ),
        response_schema: ::std::option::Option::Some(
            crate::schemas::GET_PUSH_STREAM_INFO_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: false,
        errors: &[crate::ErrorCode::NOT_CREATOR_OR_HOST],
    },
];
/// The error codes every endpoint may answer (authentication, rate limits, an invalid parameter), beyond
/// those each documents ([`Endpoint::ERRORS`](crate::Endpoint::ERRORS)).
pub static COMMON_ERRORS: &[crate::ErrorCode] = &[
    crate::ErrorCode::INVALID_PARAMETER,
    crate::ErrorCode::MISSING_HEADER,
    crate::ErrorCode::REPLAYED_REQUEST,
    crate::ErrorCode::SIGNATURE_INVALID,
    crate::ErrorCode::TIMESTAMP_EXPIRED,
    crate::ErrorCode::NONCE_REPLAYED,
    crate::ErrorCode::AUTHENTICATION_FAILED,
    crate::ErrorCode::RATE_LIMIT_PER_MINUTE,
    crate::ErrorCode::QUOTA_PER_DAY,
    crate::ErrorCode::API_QUOTA_PER_DAY,
    crate::ErrorCode::API_RATE_LIMIT_PER_MINUTE,
];
/// Calls `visitor.visit::<E>()` for every endpoint `E` of the API, in the order of
/// `schemas/endpoints.json`: how code generic over endpoints reaches each of them.
pub fn visit_endpoints<V: crate::EndpointVisitor + ?::std::marker::Sized>(
    visitor: &mut V,
) {
    visitor.visit::<CreateMeeting>();
    visitor.visit::<AddMeetingBackgrounds>();
    visitor.visit::<SetLiveStreamAddress>();
    visitor.visit::<GetMeeting>();
    visitor.visit::<CancelMeeting>();
    visitor.visit::<SetDefaultBackground>();
    visitor.visit::<GetPushStreamInfo>();
}
/// `POST /v1/meetings`: Create (schedule) a meeting (创建会议).
///
/// - path parameters: none
/// - request: [`CreateMeetingRequest`](crate::CreateMeetingRequest), in the JSON body
/// - response: [`CreateMeetingResponse`](crate::CreateMeetingResponse)
/// - retries: re-sent only when it certainly never reached the server
/// - authentication: accepts OAuth 2.0 access tokens
/// - documented error codes: 190001, 500029, 500168
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CreateMeeting;
impl crate::Endpoint for CreateMeeting {
    const NAME: &'static str = "create_meeting";
    const METHOD: crate::Method = crate::Method::Post;
    const PATH_TEMPLATE: &'static str = "/v1/meetings";
    const RETRY: crate::RetryClass = crate::RetryClass::IfNotSent;
    const OAUTH2: bool = true;
    const ERRORS: &'static [crate::ErrorCode] = &[
        crate::ErrorCode::USER_NOT_REGISTERED,
        crate::ErrorCode::CREATE_QUOTA_PER_HOUR,
        crate::ErrorCode::CREATE_QUOTA_PER_MONTH,
    ];
    type Path = ();
    type Request = crate::CreateMeetingRequest;
    type Response = crate::CreateMeetingResponse;
}
impl crate::EncodeRequest for crate::CreateMeetingRequest {
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `POST /v1/meetings/{meeting_id}/backgrounds`: Add backgrounds to a scheduled meeting (添加会议背景).
///
/// - path parameters: [`AddMeetingBackgroundsPath`](crate::AddMeetingBackgroundsPath)
/// - request: [`AddMeetingBackgroundsRequest`](crate::AddMeetingBackgroundsRequest), in the JSON body
/// - response: [`AddMeetingBackgroundsResponse`](crate::AddMeetingBackgroundsResponse)
/// - retries: re-sent only when it certainly never reached the server
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes: 20013, 20014, 20018, 20026, 202001, 9042
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct AddMeetingBackgrounds;
impl crate::Endpoint for AddMeetingBackgrounds {
    const NAME: &'static str = "add_meeting_backgrounds";
    const METHOD: crate::Method = crate::Method::Post;
    const PATH_TEMPLATE: &'static str = "/v1/meetings/{meeting_id}/backgrounds";
    const RETRY: crate::RetryClass = crate::RetryClass::IfNotSent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[
        crate::ErrorCode::BACKGROUND_IMAGE_URL_INVALID,
        crate::ErrorCode::BACKGROUND_IMAGE_SIZE_INVALID,
        crate::ErrorCode::BACKGROUND_LIMIT_EXCEEDED,
        crate::ErrorCode::BACKGROUND_ORDER_OUT_OF_RANGE,
        crate::ErrorCode::MEETING_LOOKUP_FAILED,
        crate::ErrorCode::NO_PERMISSION,
    ];
    type Path = crate::AddMeetingBackgroundsPath;
    type Request = crate::AddMeetingBackgroundsRequest;
    type Response = crate::AddMeetingBackgroundsResponse;
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
impl crate::EncodeRequest for crate::AddMeetingBackgroundsRequest {
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `POST /v1/meetings/{meeting_id}/live_play/live-stream-address`: Set the live-stream push address of a meeting (设置直播推流地址).
///
/// - path parameters: [`SetLiveStreamAddressPath`](crate::SetLiveStreamAddressPath)
/// - request: [`SetLiveStreamAddressRequest`](crate::SetLiveStreamAddressRequest), in the JSON body
/// - response: an empty body (`()`; any JSON body is accepted too)
/// - retries: re-sent only when it certainly never reached the server
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes: 400001, 400004, 400005, 400006, 400007, 190001, 500014
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct SetLiveStreamAddress;
impl crate::Endpoint for SetLiveStreamAddress {
    const NAME: &'static str = "set_live_stream_address";
    const METHOD: crate::Method = crate::Method::Post;
    const PATH_TEMPLATE: &'static str = "/v1/meetings/{meeting_id}/live_play/live-stream-address";
    const RETRY: crate::RetryClass = crate::RetryClass::IfNotSent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[
        crate::ErrorCode::TOO_MANY_THIRD_PARTY_PUSHES,
        crate::ErrorCode::PUSH_ADDRESS_INVALID,
        crate::ErrorCode::LIVE_MEETING_ID_INVALID,
        crate::ErrorCode::NOT_MEETING_CREATOR,
        crate::ErrorCode::NOT_CREATOR_OR_HOST,
        crate::ErrorCode::USER_NOT_REGISTERED,
        crate::ErrorCode::ACCOUNT_NO_PERMISSION,
    ];
    type Path = crate::SetLiveStreamAddressPath;
    type Request = crate::SetLiveStreamAddressRequest;
    type Response = ();
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
impl crate::EncodeRequest for crate::SetLiveStreamAddressRequest {
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `GET /v1/meetings/{meeting_id}`: Get a meeting by its ID (通过会议 ID 查询会议).
///
/// - path parameters: [`GetMeetingPath`](crate::GetMeetingPath)
/// - request: [`GetMeetingRequest`](crate::GetMeetingRequest), in the query string (no body)
/// - response: [`GetMeetingResponse`](crate::GetMeetingResponse)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: accepts OAuth 2.0 access tokens
/// - documented error codes: 9002, 9003, 9042, 9061, 190001, 200004, 200005, 200006
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct GetMeeting;
impl crate::Endpoint for GetMeeting {
    const NAME: &'static str = "get_meeting";
    const METHOD: crate::Method = crate::Method::Get;
    const PATH_TEMPLATE: &'static str = "/v1/meetings/{meeting_id}";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = true;
    const ERRORS: &'static [crate::ErrorCode] = &[
        crate::ErrorCode::ILLEGAL_REQUEST,
        crate::ErrorCode::MEETING_NOT_EXIST,
        crate::ErrorCode::NO_PERMISSION,
        crate::ErrorCode::QUERY_TOO_FREQUENT,
        crate::ErrorCode::USER_NOT_REGISTERED,
        crate::ErrorCode::UNSUPPORTED_REQUEST,
        crate::ErrorCode::JSON_PARSE_ERROR,
        crate::ErrorCode::PARAMETER_ERROR,
    ];
    type Path = crate::GetMeetingPath;
    type Request = crate::GetMeetingRequest;
    type Response = crate::GetMeetingResponse;
}
impl crate::PathParams for crate::GetMeetingPath {
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
impl crate::EncodeRequest for crate::GetMeetingRequest {
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        query.pair("operator_id", &self.operator_id);
        query.pair("operator_id_type", &self.operator_id_type);
        query.pair("instanceid", &self.instanceid);
        if let ::std::option::Option::Some(value) = &self.userid {
            query.pair("userid", value);
        }
        ::std::result::Result::Ok(query.finish())
    }
}
/// `POST /v1/meetings/{meeting_id}/cancel`: Cancel a meeting (取消会议).
///
/// - path parameters: [`CancelMeetingPath`](crate::CancelMeetingPath)
/// - request: [`CancelMeetingRequest`](crate::CancelMeetingRequest), in the JSON body
/// - response: an empty body (`()`; any JSON body is accepted too)
/// - retries: re-sent only when it certainly never reached the server
/// - authentication: accepts OAuth 2.0 access tokens
/// - documented error codes: 500014, 9042, 9002, 9007, 13602, 13603, 13000, 960000, 190001, 9003, 202007
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CancelMeeting;
impl crate::Endpoint for CancelMeeting {
    const NAME: &'static str = "cancel_meeting";
    const METHOD: crate::Method = crate::Method::Post;
    const PATH_TEMPLATE: &'static str = "/v1/meetings/{meeting_id}/cancel";
    const RETRY: crate::RetryClass = crate::RetryClass::IfNotSent;
    const OAUTH2: bool = true;
    const ERRORS: &'static [crate::ErrorCode] = &[
        crate::ErrorCode::ACCOUNT_NO_PERMISSION,
        crate::ErrorCode::NO_PERMISSION,
        crate::ErrorCode::ILLEGAL_REQUEST,
        crate::ErrorCode::MEETING_CANCELLED,
        crate::ErrorCode::MEETING_STARTED,
        crate::ErrorCode::MEETING_ENDED,
        crate::ErrorCode::MEETING_CACHE_QUERY_FAILED,
        crate::ErrorCode::NETWORK_ERROR,
        crate::ErrorCode::USER_NOT_REGISTERED,
        crate::ErrorCode::MEETING_NOT_EXIST,
        crate::ErrorCode::MEMBER_NOT_IN_MEETING,
    ];
    type Path = crate::CancelMeetingPath;
    type Request = crate::CancelMeetingRequest;
    type Response = ();
}
impl crate::PathParams for crate::CancelMeetingPath {
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
impl crate::EncodeRequest for crate::CancelMeetingRequest {
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `PUT /v1/meetings/{meeting_id}/default-backgrounds`: Set the default background of a meeting (设置会议默认背景).
///
/// - path parameters: [`SetDefaultBackgroundPath`](crate::SetDefaultBackgroundPath)
/// - request: [`SetDefaultBackgroundRequest`](crate::SetDefaultBackgroundRequest), in the JSON body
/// - response: an empty body (`()`; any JSON body is accepted too)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes: 9003, 190001, 20019, 9042, 13703
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct SetDefaultBackground;
impl crate::Endpoint for SetDefaultBackground {
    const NAME: &'static str = "set_default_background";
    const METHOD: crate::Method = crate::Method::Put;
    const PATH_TEMPLATE: &'static str = "/v1/meetings/{meeting_id}/default-backgrounds";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[
        crate::ErrorCode::MEETING_NOT_EXIST,
        crate::ErrorCode::USER_NOT_REGISTERED,
        crate::ErrorCode::BACKGROUND_NOT_EXIST,
        crate::ErrorCode::NO_PERMISSION,
        crate::ErrorCode::MEETING_QUERY_FAILED,
    ];
    type Path = crate::SetDefaultBackgroundPath;
    type Request = crate::SetDefaultBackgroundRequest;
    type Response = ();
}
impl crate::PathParams for crate::SetDefaultBackgroundPath {
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
impl crate::EncodeRequest for crate::SetDefaultBackgroundRequest {
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        crate::request::Encoded::json(self)
    }
}
/// `GET /v1/meetings/{meeting_id}/live-play/push-stream-info`: Read the live-stream push addresses of a meeting (查询直播推流地址).
///
/// - path parameters: [`GetPushStreamInfoPath`](crate::GetPushStreamInfoPath)
/// - request: [`GetPushStreamInfoRequest`](crate::GetPushStreamInfoRequest), in the query string (no body)
/// - response: [`GetPushStreamInfoResponse`](crate::GetPushStreamInfoResponse)
/// - retries: may be re-sent after timeouts and gateway errors (idempotent)
/// - authentication: does not accept OAuth 2.0 access tokens
/// - documented error codes: 400007
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct GetPushStreamInfo;
impl crate::Endpoint for GetPushStreamInfo {
    const NAME: &'static str = "get_push_stream_info";
    const METHOD: crate::Method = crate::Method::Get;
    const PATH_TEMPLATE: &'static str = "/v1/meetings/{meeting_id}/live-play/push-stream-info";
    const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;
    const OAUTH2: bool = false;
    const ERRORS: &'static [crate::ErrorCode] = &[crate::ErrorCode::NOT_CREATOR_OR_HOST];
    type Path = crate::GetPushStreamInfoPath;
    type Request = crate::GetPushStreamInfoRequest;
    type Response = crate::GetPushStreamInfoResponse;
}
impl crate::PathParams for crate::GetPushStreamInfoPath {
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
impl crate::EncodeRequest for crate::GetPushStreamInfoRequest {
    fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
        let mut query = crate::Query::new();
        query.pair("operator_id", &self.operator_id);
        query.pair("operator_id_type", &self.operator_id_type);
        query.pair("instanceid", &self.instanceid);
        ::std::result::Result::Ok(query.finish())
    }
}
impl crate::ResponseBody for crate::ErrorResponse {
    fn from_body(body: &[u8]) -> ::std::result::Result<Self, ::serde_json::Error> {
        ::serde_json::from_slice(body)
    }
    fn to_body(
        &self,
    ) -> ::std::result::Result<::std::vec::Vec<u8>, ::serde_json::Error> {
        ::serde_json::to_vec(self)
    }
}
impl crate::ResponseBody for crate::CreateMeetingResponse {
    fn from_body(body: &[u8]) -> ::std::result::Result<Self, ::serde_json::Error> {
        ::serde_json::from_slice(body)
    }
    fn to_body(
        &self,
    ) -> ::std::result::Result<::std::vec::Vec<u8>, ::serde_json::Error> {
        ::serde_json::to_vec(self)
    }
}
impl crate::ResponseBody for crate::AddMeetingBackgroundsResponse {
    fn from_body(body: &[u8]) -> ::std::result::Result<Self, ::serde_json::Error> {
        ::serde_json::from_slice(body)
    }
    fn to_body(
        &self,
    ) -> ::std::result::Result<::std::vec::Vec<u8>, ::serde_json::Error> {
        ::serde_json::to_vec(self)
    }
}
impl crate::ResponseBody for crate::GetMeetingResponse {
    fn from_body(body: &[u8]) -> ::std::result::Result<Self, ::serde_json::Error> {
        ::serde_json::from_slice(body)
    }
    fn to_body(
        &self,
    ) -> ::std::result::Result<::std::vec::Vec<u8>, ::serde_json::Error> {
        ::serde_json::to_vec(self)
    }
}
impl crate::ResponseBody for crate::GetPushStreamInfoResponse {
    fn from_body(body: &[u8]) -> ::std::result::Result<Self, ::serde_json::Error> {
        ::serde_json::from_slice(body)
    }
    fn to_body(
        &self,
    ) -> ::std::result::Result<::std::vec::Vec<u8>, ::serde_json::Error> {
        ::serde_json::to_vec(self)
    }
}

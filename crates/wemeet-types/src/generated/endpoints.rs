// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! The endpoint table: every endpoint compiled in, each row and visit with its service's feature.
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
/// Every endpoint of the API compiled in (each service with its cargo feature), service by service in the
/// order of `schemas/api.json`, each in the order of its manifest.
pub static ENDPOINTS: &[crate::EndpointInfo] = &[
    #[cfg(feature = "meetings")]
    crate::EndpointInfo {
        name: "create_meeting",
        method: crate::Method::Post,
        path_template: "/v1/meetings",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::meetings::schemas::CREATE_MEETING_REQUEST,
        ),
        response_schema: ::std::option::Option::Some(
            crate::meetings::schemas::CREATE_MEETING_RESPONSE,
        ),
        retry: crate::RetryClass::IfNotSent,
        oauth2: true,
        errors: &[
            crate::ErrorCode::USER_NOT_REGISTERED,
            crate::ErrorCode::CREATE_QUOTA_PER_HOUR,
            crate::ErrorCode::CREATE_QUOTA_PER_MONTH,
        ],
    },
    #[cfg(feature = "meetings")]
    crate::EndpointInfo {
        name: "add_meeting_backgrounds",
        method: crate::Method::Post,
        path_template: "/v1/meetings/{meeting_id}/backgrounds",
        path_schema: ::std::option::Option::Some(
            crate::meetings::schemas::ADD_MEETING_BACKGROUNDS_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::meetings::schemas::ADD_MEETING_BACKGROUNDS_REQUEST,
        ),
        response_schema: ::std::option::Option::Some(
            crate::meetings::schemas::ADD_MEETING_BACKGROUNDS_RESPONSE,
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
    #[cfg(feature = "meetings")]
    crate::EndpointInfo {
        name: "set_live_stream_address",
        method: crate::Method::Post,
        path_template: "/v1/meetings/{meeting_id}/live_play/live-stream-address",
        path_schema: ::std::option::Option::Some(
            crate::meetings::schemas::SET_LIVE_STREAM_ADDRESS_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::meetings::schemas::SET_LIVE_STREAM_ADDRESS_REQUEST,
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
    #[cfg(feature = "meetings")]
    crate::EndpointInfo {
        name: "get_meeting",
        method: crate::Method::Get,
        path_template: "/v1/meetings/{meeting_id}",
        path_schema: ::std::option::Option::Some(
            crate::meetings::schemas::GET_MEETING_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::meetings::schemas::GET_MEETING_REQUEST,
        ),
        response_schema: ::std::option::Option::Some(
            crate::meetings::schemas::GET_MEETING_RESPONSE,
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
    #[cfg(feature = "meetings")]
    crate::EndpointInfo {
        name: "cancel_meeting",
        method: crate::Method::Post,
        path_template: "/v1/meetings/{meeting_id}/cancel",
        path_schema: ::std::option::Option::Some(
            crate::meetings::schemas::CANCEL_MEETING_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::meetings::schemas::CANCEL_MEETING_REQUEST,
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
    #[cfg(feature = "meetings")]
    crate::EndpointInfo {
        name: "set_default_background",
        method: crate::Method::Put,
        path_template: "/v1/meetings/{meeting_id}/default-backgrounds",
        path_schema: ::std::option::Option::Some(
            crate::meetings::schemas::SET_DEFAULT_BACKGROUND_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::meetings::schemas::SET_DEFAULT_BACKGROUND_REQUEST,
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
    #[cfg(feature = "meetings")]
    crate::EndpointInfo {
        name: "get_push_stream_info",
        method: crate::Method::Get,
        path_template: "/v1/meetings/{meeting_id}/live-play/push-stream-info",
        path_schema: ::std::option::Option::Some(
            crate::meetings::schemas::GET_PUSH_STREAM_INFO_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::meetings::schemas::GET_PUSH_STREAM_INFO_REQUEST,
        ),
        response_schema: ::std::option::Option::Some(
            crate::meetings::schemas::GET_PUSH_STREAM_INFO_RESPONSE,
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
/// Calls `visitor.visit::<E>()` for every endpoint `E` compiled in, in the order of [`ENDPOINTS`]: how
/// code generic over endpoints reaches each of them.
#[allow(unused_variables)]
pub fn visit_endpoints<V: crate::EndpointVisitor + ?::std::marker::Sized>(
    visitor: &mut V,
) {
    #[cfg(feature = "meetings")] visitor.visit::<crate::meetings::CreateMeeting>();
    #[cfg(feature = "meetings")]
    visitor.visit::<crate::meetings::AddMeetingBackgrounds>();
    #[cfg(feature = "meetings")]
    visitor.visit::<crate::meetings::SetLiveStreamAddress>();
    #[cfg(feature = "meetings")] visitor.visit::<crate::meetings::GetMeeting>();
    #[cfg(feature = "meetings")] visitor.visit::<crate::meetings::CancelMeeting>();
    #[cfg(feature = "meetings")]
    visitor.visit::<crate::meetings::SetDefaultBackground>();
    #[cfg(feature = "meetings")] visitor.visit::<crate::meetings::GetPushStreamInfo>();
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
#[cfg(feature = "meetings")]
#[doc(hidden)]
pub use crate::meetings::{
    AddMeetingBackgrounds, CancelMeeting, CreateMeeting, GetMeeting, GetPushStreamInfo,
    SetDefaultBackground, SetLiveStreamAddress,
};

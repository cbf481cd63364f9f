// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
//! The error vocabulary, from `schemas/error-codes.json` and the services' `error-codes.json`.
//!
//! Generated from `schemas/` by `cargo xtask codegen`: do not edit.
impl crate::ErrorCode {
    /// 9002: Illegal request (非法请求), for example a wrong meeting ID (获取 TinyId 错误或者 meetingId 错误). (HTTP 500, class `Request`).
    pub const ILLEGAL_REQUEST: crate::ErrorCode = crate::ErrorCode::new(9002i64);
    /// 9003: The meeting does not exist (会议不存在). (HTTP 500, class `Request`).
    pub const MEETING_NOT_EXIST: crate::ErrorCode = crate::ErrorCode::new(9003i64);
    /// 9007: The meeting is already cancelled (`MEETING CANCLED`, sic). (HTTP 500, class `Request`).
    pub const MEETING_CANCELLED: crate::ErrorCode = crate::ErrorCode::new(9007i64);
    /// 9042: No permission for this operation (无权限进行该操作): check the operator's identity and the resource's owner. The cancel doc answers it with HTTP 403, the default-background doc with 500. (HTTP 403, class `Request`).
    pub const NO_PERMISSION: crate::ErrorCode = crate::ErrorCode::new(9042i64);
    /// 9061: The meeting is queried too often (查询会议过于频繁). (HTTP 500, class `RateLimit`).
    pub const QUERY_TOO_FREQUENT: crate::ErrorCode = crate::ErrorCode::new(9061i64);
    /// 10002: Saving an event subscription (消息通知) failed: the URL verification (a signed GET with `check_str`) was not answered in time with HTTP 200 and exactly the decoded `check_str` (通知 URL 不可用,请修改后重试). A console error, not an answer of the REST API; wemeet-mock reports it when a subscription's URL verification fails. (HTTP 400, class `Request`).
    pub const WEBHOOK_URL_UNAVAILABLE: crate::ErrorCode = crate::ErrorCode::new(
        10002i64,
    );
    /// 13000: Querying the meeting from the cache failed (缓存查询会议信息失败). (HTTP 500, class `Service`).
    pub const MEETING_CACHE_QUERY_FAILED: crate::ErrorCode = crate::ErrorCode::new(
        13000i64,
    );
    /// 13602: A meeting that has started cannot be cancelled (已开始的会议不能取消). (HTTP 500, class `Request`).
    pub const MEETING_STARTED: crate::ErrorCode = crate::ErrorCode::new(13602i64);
    /// 13603: The meeting has ended (会议已结束). (HTTP 500, class `Request`).
    pub const MEETING_ENDED: crate::ErrorCode = crate::ErrorCode::new(13603i64);
    /// 13703: Querying the meeting failed (查询会议失败). (HTTP 500, class `Service`).
    pub const MEETING_QUERY_FAILED: crate::ErrorCode = crate::ErrorCode::new(13703i64);
    /// 20013: Backgrounds: the image URL is invalid. (HTTP 500, class `Request`).
    pub const BACKGROUND_IMAGE_URL_INVALID: crate::ErrorCode = crate::ErrorCode::new(
        20013i64,
    );
    /// 20014: Backgrounds: the image size is invalid (背景图片大小非法). (HTTP 500, class `Request`).
    pub const BACKGROUND_IMAGE_SIZE_INVALID: crate::ErrorCode = crate::ErrorCode::new(
        20014i64,
    );
    /// 20018: Backgrounds: the meeting would hold more than its maximum of backgrounds (会议背景数量超过最大值). (HTTP 400, class `Request`).
    pub const BACKGROUND_LIMIT_EXCEEDED: crate::ErrorCode = crate::ErrorCode::new(
        20018i64,
    );
    /// 20019: Backgrounds: no background with this ID (不存在的背景 ID). (HTTP 500, class `Request`).
    pub const BACKGROUND_NOT_EXIST: crate::ErrorCode = crate::ErrorCode::new(20019i64);
    /// 20026: Backgrounds: `default_image_order` is out of range (应用背景序号超出范围). (HTTP 400, class `Request`).
    pub const BACKGROUND_ORDER_OUT_OF_RANGE: crate::ErrorCode = crate::ErrorCode::new(
        20026i64,
    );
    /// 190001: A user is not registered (存在未注册的用户). (HTTP 500, class `Request`).
    pub const USER_NOT_REGISTERED: crate::ErrorCode = crate::ErrorCode::new(190001i64);
    /// 190004: Invalid parameter (参数非法): check the parameters against the endpoint's docs. (HTTP 400, class `Request`).
    pub const INVALID_PARAMETER: crate::ErrorCode = crate::ErrorCode::new(190004i64);
    /// 190300: X-TC-Timestamp is more than 5 minutes away from the server's clock (the signature expired): fix the clock; a retry would fail the same way. (HTTP 400, class `Auth`).
    pub const TIMESTAMP_EXPIRED: crate::ErrorCode = crate::ErrorCode::new(190300i64);
    /// 190301: The same X-TC-Nonce and X-TC-Timestamp were used within 5 minutes: the request is a replay. (HTTP 400, class `Auth`).
    pub const NONCE_REPLAYED: crate::ErrorCode = crate::ErrorCode::new(190301i64);
    /// 190303: Authentication failed (鉴权失败): a wrong AppId or X-TC-Key, an SdkId sent when none was allocated, or an expired or unknown OAuth 2.0 access token. (HTTP 400, class `Auth`).
    pub const AUTHENTICATION_FAILED: crate::ErrorCode = crate::ErrorCode::new(190303i64);
    /// 190310: The app's calls per minute exceeded the limit of 300 (每分钟总接口调用次数超过限制). (HTTP 400, class `RateLimit`).
    pub const RATE_LIMIT_PER_MINUTE: crate::ErrorCode = crate::ErrorCode::new(190310i64);
    /// 190311: The app's calls per day exceeded the limit of 200 000. (HTTP 400, class `Quota`).
    pub const QUOTA_PER_DAY: crate::ErrorCode = crate::ErrorCode::new(190311i64);
    /// 190312: The calls of this API per day exceeded its limit. (HTTP 400, class `Quota`).
    pub const API_QUOTA_PER_DAY: crate::ErrorCode = crate::ErrorCode::new(190312i64);
    /// 190313: The account's calls of this API per minute exceeded the limit of 100. (HTTP 400, class `RateLimit`).
    pub const API_RATE_LIMIT_PER_MINUTE: crate::ErrorCode = crate::ErrorCode::new(
        190313i64,
    );
    /// 200001: A required header is missing. (HTTP 400, class `Auth`).
    pub const MISSING_HEADER: crate::ErrorCode = crate::ErrorCode::new(200001i64);
    /// 200002: The request was replayed. (HTTP 400, class `Auth`).
    pub const REPLAYED_REQUEST: crate::ErrorCode = crate::ErrorCode::new(200002i64);
    /// 200003: The signature check failed. (HTTP 400, class `Auth`).
    pub const SIGNATURE_INVALID: crate::ErrorCode = crate::ErrorCode::new(200003i64);
    /// 200004: The request is not supported. (HTTP 400, class `Request`).
    pub const UNSUPPORTED_REQUEST: crate::ErrorCode = crate::ErrorCode::new(200004i64);
    /// 200005: The request body is not valid JSON. (HTTP 400, class `Request`).
    pub const JSON_PARSE_ERROR: crate::ErrorCode = crate::ErrorCode::new(200005i64);
    /// 200006: A parameter is wrong. (HTTP 400, class `Request`).
    pub const PARAMETER_ERROR: crate::ErrorCode = crate::ErrorCode::new(200006i64);
    /// 202001: Getting the meeting's details failed: check that the meeting exists. (HTTP 500, class `Request`).
    pub const MEETING_LOOKUP_FAILED: crate::ErrorCode = crate::ErrorCode::new(202001i64);
    /// 202007: The member is not in the meeting (成员不在会中). (HTTP 500, class `Request`).
    pub const MEMBER_NOT_IN_MEETING: crate::ErrorCode = crate::ErrorCode::new(202007i64);
    /// 400001: Live stream: too many third-party push platforms. (HTTP 500, class `Request`).
    pub const TOO_MANY_THIRD_PARTY_PUSHES: crate::ErrorCode = crate::ErrorCode::new(
        400001i64,
    );
    /// 400004: Live stream: check the push address: no duplicates, only one WeChat Channels address, and a WeChat Channels address must have its prefix. (HTTP 500, class `Request`).
    pub const PUSH_ADDRESS_INVALID: crate::ErrorCode = crate::ErrorCode::new(400004i64);
    /// 400005: Live stream: check `meeting_id`. (HTTP 500, class `Request`).
    pub const LIVE_MEETING_ID_INVALID: crate::ErrorCode = crate::ErrorCode::new(
        400005i64,
    );
    /// 400006: Live stream: only the meeting's creator may do this. (HTTP 500, class `Request`).
    pub const NOT_MEETING_CREATOR: crate::ErrorCode = crate::ErrorCode::new(400006i64);
    /// 400007: Live stream: only the meeting's creator or a host may do this (无权限,需要会议创建者、主持人). (HTTP 500, class `Request`).
    pub const NOT_CREATOR_OR_HOST: crate::ErrorCode = crate::ErrorCode::new(400007i64);
    /// 500014: The account has no permission (账号无权限). (HTTP 400, class `Request`).
    pub const ACCOUNT_NO_PERMISSION: crate::ErrorCode = crate::ErrorCode::new(500014i64);
    /// 500029: Create meeting: the user's hourly limit of 2 000 meetings is reached. (HTTP 500, class `Quota`).
    pub const CREATE_QUOTA_PER_HOUR: crate::ErrorCode = crate::ErrorCode::new(500029i64);
    /// 500168: Create meeting: the monthly quota is used up. (HTTP 500, class `Quota`).
    pub const CREATE_QUOTA_PER_MONTH: crate::ErrorCode = crate::ErrorCode::new(
        500168i64,
    );
    /// 960000: A network error inside the service: try again later (网络错误,请稍后重试). (HTTP 500, class `Transient`).
    pub const NETWORK_ERROR: crate::ErrorCode = crate::ErrorCode::new(960000i64);
}
/// Every error code of `schemas/error-codes.json`, sorted by code.
pub static ERROR_CODES: &[crate::ErrorCodeInfo] = &[
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::ILLEGAL_REQUEST,
        name: "IllegalRequest",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "Illegal request (非法请求), for example a wrong meeting ID (获取 TinyId 错误或者 meetingId 错误).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::MEETING_NOT_EXIST,
        name: "MeetingNotExist",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "The meeting does not exist (会议不存在).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::MEETING_CANCELLED,
        name: "MeetingCancelled",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "The meeting is already cancelled (`MEETING CANCLED`, sic).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::NO_PERMISSION,
        name: "NoPermission",
        status: 403u16,
        class: crate::ErrorClass::Request,
        meaning: "No permission for this operation (无权限进行该操作): check the operator's identity and the resource's owner. The cancel doc answers it with HTTP 403, the default-background doc with 500.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::QUERY_TOO_FREQUENT,
        name: "QueryTooFrequent",
        status: 500u16,
        class: crate::ErrorClass::RateLimit,
        meaning: "The meeting is queried too often (查询会议过于频繁).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::WEBHOOK_URL_UNAVAILABLE,
        name: "WebhookUrlUnavailable",
        status: 400u16,
        class: crate::ErrorClass::Request,
        meaning: "Saving an event subscription (消息通知) failed: the URL verification (a signed GET with `check_str`) was not answered in time with HTTP 200 and exactly the decoded `check_str` (通知 URL 不可用,请修改后重试). A console error, not an answer of the REST API; wemeet-mock reports it when a subscription's URL verification fails.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::MEETING_CACHE_QUERY_FAILED,
        name: "MeetingCacheQueryFailed",
        status: 500u16,
        class: crate::ErrorClass::Service,
        meaning: "Querying the meeting from the cache failed (缓存查询会议信息失败).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::MEETING_STARTED,
        name: "MeetingStarted",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "A meeting that has started cannot be cancelled (已开始的会议不能取消).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::MEETING_ENDED,
        name: "MeetingEnded",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "The meeting has ended (会议已结束).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::MEETING_QUERY_FAILED,
        name: "MeetingQueryFailed",
        status: 500u16,
        class: crate::ErrorClass::Service,
        meaning: "Querying the meeting failed (查询会议失败).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::BACKGROUND_IMAGE_URL_INVALID,
        name: "BackgroundImageUrlInvalid",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "Backgrounds: the image URL is invalid.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::BACKGROUND_IMAGE_SIZE_INVALID,
        name: "BackgroundImageSizeInvalid",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "Backgrounds: the image size is invalid (背景图片大小非法).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::BACKGROUND_LIMIT_EXCEEDED,
        name: "BackgroundLimitExceeded",
        status: 400u16,
        class: crate::ErrorClass::Request,
        meaning: "Backgrounds: the meeting would hold more than its maximum of backgrounds (会议背景数量超过最大值).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::BACKGROUND_NOT_EXIST,
        name: "BackgroundNotExist",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "Backgrounds: no background with this ID (不存在的背景 ID).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::BACKGROUND_ORDER_OUT_OF_RANGE,
        name: "BackgroundOrderOutOfRange",
        status: 400u16,
        class: crate::ErrorClass::Request,
        meaning: "Backgrounds: `default_image_order` is out of range (应用背景序号超出范围).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::USER_NOT_REGISTERED,
        name: "UserNotRegistered",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "A user is not registered (存在未注册的用户).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::INVALID_PARAMETER,
        name: "InvalidParameter",
        status: 400u16,
        class: crate::ErrorClass::Request,
        meaning: "Invalid parameter (参数非法): check the parameters against the endpoint's docs.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::TIMESTAMP_EXPIRED,
        name: "TimestampExpired",
        status: 400u16,
        class: crate::ErrorClass::Auth,
        meaning: "X-TC-Timestamp is more than 5 minutes away from the server's clock (the signature expired): fix the clock; a retry would fail the same way.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::NONCE_REPLAYED,
        name: "NonceReplayed",
        status: 400u16,
        class: crate::ErrorClass::Auth,
        meaning: "The same X-TC-Nonce and X-TC-Timestamp were used within 5 minutes: the request is a replay.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::AUTHENTICATION_FAILED,
        name: "AuthenticationFailed",
        status: 400u16,
        class: crate::ErrorClass::Auth,
        meaning: "Authentication failed (鉴权失败): a wrong AppId or X-TC-Key, an SdkId sent when none was allocated, or an expired or unknown OAuth 2.0 access token.",
        new_code: ::std::option::Option::Some(200190303i64),
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::RATE_LIMIT_PER_MINUTE,
        name: "RateLimitPerMinute",
        status: 400u16,
        class: crate::ErrorClass::RateLimit,
        meaning: "The app's calls per minute exceeded the limit of 300 (每分钟总接口调用次数超过限制).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::QUOTA_PER_DAY,
        name: "QuotaPerDay",
        status: 400u16,
        class: crate::ErrorClass::Quota,
        meaning: "The app's calls per day exceeded the limit of 200 000.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::API_QUOTA_PER_DAY,
        name: "ApiQuotaPerDay",
        status: 400u16,
        class: crate::ErrorClass::Quota,
        meaning: "The calls of this API per day exceeded its limit.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::API_RATE_LIMIT_PER_MINUTE,
        name: "ApiRateLimitPerMinute",
        status: 400u16,
        class: crate::ErrorClass::RateLimit,
        meaning: "The account's calls of this API per minute exceeded the limit of 100.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::MISSING_HEADER,
        name: "MissingHeader",
        status: 400u16,
        class: crate::ErrorClass::Auth,
        meaning: "A required header is missing.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::REPLAYED_REQUEST,
        name: "ReplayedRequest",
        status: 400u16,
        class: crate::ErrorClass::Auth,
        meaning: "The request was replayed.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::SIGNATURE_INVALID,
        name: "SignatureInvalid",
        status: 400u16,
        class: crate::ErrorClass::Auth,
        meaning: "The signature check failed.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::UNSUPPORTED_REQUEST,
        name: "UnsupportedRequest",
        status: 400u16,
        class: crate::ErrorClass::Request,
        meaning: "The request is not supported.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::JSON_PARSE_ERROR,
        name: "JsonParseError",
        status: 400u16,
        class: crate::ErrorClass::Request,
        meaning: "The request body is not valid JSON.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::PARAMETER_ERROR,
        name: "ParameterError",
        status: 400u16,
        class: crate::ErrorClass::Request,
        meaning: "A parameter is wrong.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::MEETING_LOOKUP_FAILED,
        name: "MeetingLookupFailed",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "Getting the meeting's details failed: check that the meeting exists.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::MEMBER_NOT_IN_MEETING,
        name: "MemberNotInMeeting",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "The member is not in the meeting (成员不在会中).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::TOO_MANY_THIRD_PARTY_PUSHES,
        name: "TooManyThirdPartyPushes",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "Live stream: too many third-party push platforms.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::PUSH_ADDRESS_INVALID,
        name: "PushAddressInvalid",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "Live stream: check the push address: no duplicates, only one WeChat Channels address, and a WeChat Channels address must have its prefix.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::LIVE_MEETING_ID_INVALID,
        name: "LiveMeetingIdInvalid",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "Live stream: check `meeting_id`.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::NOT_MEETING_CREATOR,
        name: "NotMeetingCreator",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "Live stream: only the meeting's creator may do this.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::NOT_CREATOR_OR_HOST,
        name: "NotCreatorOrHost",
        status: 500u16,
        class: crate::ErrorClass::Request,
        meaning: "Live stream: only the meeting's creator or a host may do this (无权限,需要会议创建者、主持人).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::ACCOUNT_NO_PERMISSION,
        name: "AccountNoPermission",
        status: 400u16,
        class: crate::ErrorClass::Request,
        meaning: "The account has no permission (账号无权限).",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::CREATE_QUOTA_PER_HOUR,
        name: "CreateQuotaPerHour",
        status: 500u16,
        class: crate::ErrorClass::Quota,
        meaning: "Create meeting: the user's hourly limit of 2 000 meetings is reached.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::CREATE_QUOTA_PER_MONTH,
        name: "CreateQuotaPerMonth",
        status: 500u16,
        class: crate::ErrorClass::Quota,
        meaning: "Create meeting: the monthly quota is used up.",
        new_code: ::std::option::Option::None,
    },
    crate::ErrorCodeInfo {
        code: crate::ErrorCode::NETWORK_ERROR,
        name: "NetworkError",
        status: 500u16,
        class: crate::ErrorClass::Transient,
        meaning: "A network error inside the service: try again later (网络错误,请稍后重试).",
        new_code: ::std::option::Option::None,
    },
];

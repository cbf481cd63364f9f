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
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
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
        name: "get_meeting",
        method: crate::Method::Get,
        path_template: "/v1/meetings/{meeting_id}",
        path_schema: ::std::option::Option::Some(
            crate::meetings::schemas::GET_MEETING_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::meetings::schemas::GET_MEETING_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
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
        name: "update_meeting",
        method: crate::Method::Put,
        path_template: "/v1/meetings/{meeting_id}",
        path_schema: ::std::option::Option::Some(
            crate::meetings::schemas::UPDATE_MEETING_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::meetings::schemas::UPDATE_MEETING_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::Some(
            crate::meetings::schemas::UPDATE_MEETING_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[],
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
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
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
        name: "list_meetings",
        method: crate::Method::Get,
        path_template: "/v1/meetings",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::meetings::schemas::LIST_MEETINGS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::meetings::schemas::LIST_MEETINGS_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[],
    },
    #[cfg(feature = "meetings")]
    crate::EndpointInfo {
        name: "list_history_meetings",
        method: crate::Method::Get,
        path_template: "/v1/history/meetings/{userid}",
        path_schema: ::std::option::Option::Some(
            crate::meetings::schemas::LIST_HISTORY_MEETINGS_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::meetings::schemas::LIST_HISTORY_MEETINGS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::meetings::schemas::LIST_HISTORY_MEETINGS_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[
            crate::ErrorCode::ACCOUNT_NO_PERMISSION,
            crate::ErrorCode::SERVICE_NETWORK_ERROR,
            crate::ErrorCode::NETWORK_ERROR,
        ],
    },
    #[cfg(feature = "meetings")]
    crate::EndpointInfo {
        name: "list_pmi_meetings",
        method: crate::Method::Get,
        path_template: "/v1/pmi-meetings",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::meetings::schemas::LIST_PMI_MEETINGS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::meetings::schemas::LIST_PMI_MEETINGS_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: false,
        errors: &[],
    },
    #[cfg(feature = "meetings")]
    crate::EndpointInfo {
        name: "list_user_device_meetings",
        method: crate::Method::Post,
        path_template: "/v1/meetings/query/meetingid-for-device",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::meetings::schemas::LIST_USER_DEVICE_MEETINGS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::Some(
            crate::meetings::schemas::LIST_USER_DEVICE_MEETINGS_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: false,
        errors: &[crate::ErrorCode::USER_NOT_REGISTERED],
    },
    #[cfg(feature = "meetings")]
    crate::EndpointInfo {
        name: "list_meeting_participants",
        method: crate::Method::Get,
        path_template: "/v1/meetings/{meeting_id}/participants",
        path_schema: ::std::option::Option::Some(
            crate::meetings::schemas::LIST_MEETING_PARTICIPANTS_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::meetings::schemas::LIST_MEETING_PARTICIPANTS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::meetings::schemas::LIST_MEETING_PARTICIPANTS_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[],
    },
    #[cfg(feature = "meetings")]
    crate::EndpointInfo {
        name: "list_real_time_participants",
        method: crate::Method::Get,
        path_template: "/v1/meetings/{meeting_id}/real-time-participants",
        path_schema: ::std::option::Option::Some(
            crate::meetings::schemas::LIST_REAL_TIME_PARTICIPANTS_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::meetings::schemas::LIST_REAL_TIME_PARTICIPANTS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::meetings::schemas::LIST_REAL_TIME_PARTICIPANTS_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[],
    },
    #[cfg(feature = "meetings")]
    crate::EndpointInfo {
        name: "list_meeting_invitees",
        method: crate::Method::Get,
        path_template: "/v1/meetings/{meeting_id}/invitees",
        path_schema: ::std::option::Option::Some(
            crate::meetings::schemas::LIST_MEETING_INVITEES_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::meetings::schemas::LIST_MEETING_INVITEES_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::meetings::schemas::LIST_MEETING_INVITEES_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[
            crate::ErrorCode::NO_PERMISSION,
            crate::ErrorCode::MEETING_ID_NOT_FOUND,
            crate::ErrorCode::INVITEE_TICKET_SET_FAILED,
            crate::ErrorCode::USER_NOT_REGISTERED,
        ],
    },
    #[cfg(feature = "meetings")]
    crate::EndpointInfo {
        name: "set_meeting_invitees",
        method: crate::Method::Put,
        path_template: "/v1/meetings/{meeting_id}/invitees",
        path_schema: ::std::option::Option::Some(
            crate::meetings::schemas::SET_MEETING_INVITEES_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::meetings::schemas::SET_MEETING_INVITEES_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::Some(
            crate::meetings::schemas::SET_MEETING_INVITEES_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[
            crate::ErrorCode::GUEST_CREATE_FAILED,
            crate::ErrorCode::NO_PERMISSION,
            crate::ErrorCode::MEETING_ID_NOT_FOUND,
            crate::ErrorCode::USER_NOT_REGISTERED,
            crate::ErrorCode::TINY_ID_QUERY_FAILED,
            crate::ErrorCode::INVITEE_TICKET_SET_FAILED,
        ],
    },
    #[cfg(feature = "meetings")]
    crate::EndpointInfo {
        name: "list_meeting_qos",
        method: crate::Method::Get,
        path_template: "/v1/meetings/{meeting_id}/qos",
        path_schema: ::std::option::Option::Some(
            crate::meetings::schemas::LIST_MEETING_QOS_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::meetings::schemas::LIST_MEETING_QOS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::meetings::schemas::LIST_MEETING_QOS_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: false,
        errors: &[],
    },
    #[cfg(feature = "meetings")]
    crate::EndpointInfo {
        name: "get_meeting_quality",
        method: crate::Method::Get,
        path_template: "/v1/meetings/{meeting_id}/quality",
        path_schema: ::std::option::Option::Some(
            crate::meetings::schemas::GET_MEETING_QUALITY_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::meetings::schemas::GET_MEETING_QUALITY_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::meetings::schemas::GET_MEETING_QUALITY_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[],
    },
    #[cfg(feature = "meetings")]
    crate::EndpointInfo {
        name: "get_enrollment_config",
        method: crate::Method::Get,
        path_template: "/v1/meetings/{meeting_id}/enroll/config",
        path_schema: ::std::option::Option::Some(
            crate::meetings::schemas::GET_ENROLLMENT_CONFIG_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::meetings::schemas::GET_ENROLLMENT_CONFIG_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::meetings::schemas::GET_ENROLLMENT_CONFIG_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[],
    },
    #[cfg(feature = "meetings")]
    crate::EndpointInfo {
        name: "update_enrollment_config",
        method: crate::Method::Put,
        path_template: "/v1/meetings/{meeting_id}/enroll/config",
        path_schema: ::std::option::Option::Some(
            crate::meetings::schemas::UPDATE_ENROLLMENT_CONFIG_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::meetings::schemas::UPDATE_ENROLLMENT_CONFIG_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::Some(
            crate::meetings::schemas::UPDATE_ENROLLMENT_CONFIG_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[],
    },
    #[cfg(feature = "meetings")]
    crate::EndpointInfo {
        name: "list_enrollments",
        method: crate::Method::Get,
        path_template: "/v1/meetings/{meeting_id}/enroll/approvals",
        path_schema: ::std::option::Option::Some(
            crate::meetings::schemas::LIST_ENROLLMENTS_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::meetings::schemas::LIST_ENROLLMENTS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::meetings::schemas::LIST_ENROLLMENTS_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[],
    },
    #[cfg(feature = "meetings")]
    crate::EndpointInfo {
        name: "review_enrollments",
        method: crate::Method::Put,
        path_template: "/v1/meetings/{meeting_id}/enroll/approvals",
        path_schema: ::std::option::Option::Some(
            crate::meetings::schemas::REVIEW_ENROLLMENTS_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::meetings::schemas::REVIEW_ENROLLMENTS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::Some(
            crate::meetings::schemas::REVIEW_ENROLLMENTS_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[
            crate::ErrorCode::ENROLL_NOT_ENABLED,
            crate::ErrorCode::USER_NOT_REGISTERED,
            crate::ErrorCode::ENROLL_NO_PERMISSION,
            crate::ErrorCode::ENROLL_MEETING_ENDED,
            crate::ErrorCode::ENROLL_ID_NOT_EXIST,
        ],
    },
    #[cfg(feature = "meetings")]
    crate::EndpointInfo {
        name: "list_enrollment_ids",
        method: crate::Method::Post,
        path_template: "/v1/meetings/{meeting_id}/enroll/ids",
        path_schema: ::std::option::Option::Some(
            crate::meetings::schemas::LIST_ENROLLMENT_IDS_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::meetings::schemas::LIST_ENROLLMENT_IDS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::Some(
            crate::meetings::schemas::LIST_ENROLLMENT_IDS_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[],
    },
    #[cfg(feature = "meetings")]
    crate::EndpointInfo {
        name: "import_enrollments",
        method: crate::Method::Post,
        path_template: "/v1/meetings/{meeting_id}/enroll/import",
        path_schema: ::std::option::Option::Some(
            crate::meetings::schemas::IMPORT_ENROLLMENTS_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::meetings::schemas::IMPORT_ENROLLMENTS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::Some(
            crate::meetings::schemas::IMPORT_ENROLLMENTS_RESPONSE,
        ),
        retry: crate::RetryClass::IfNotSent,
        oauth2: true,
        errors: &[],
    },
    #[cfg(feature = "meetings")]
    crate::EndpointInfo {
        name: "delete_enrollments",
        method: crate::Method::Delete,
        path_template: "/v1/meetings/{meeting_id}/enroll/unregistration",
        path_schema: ::std::option::Option::Some(
            crate::meetings::schemas::DELETE_ENROLLMENTS_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::meetings::schemas::DELETE_ENROLLMENTS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::Some(
            crate::meetings::schemas::DELETE_ENROLLMENTS_RESPONSE,
        ),
        retry: crate::RetryClass::IfNotSent,
        oauth2: true,
        errors: &[
            crate::ErrorCode::ENROLL_NOT_ENABLED,
            crate::ErrorCode::USER_NOT_REGISTERED,
            crate::ErrorCode::ENROLL_NO_PERMISSION,
        ],
    },
    #[cfg(feature = "meetings")]
    crate::EndpointInfo {
        name: "set_asr_hot_words",
        method: crate::Method::Put,
        path_template: "/v1/asr/config",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::meetings::schemas::SET_ASR_HOT_WORDS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::Some(
            crate::meetings::schemas::SET_ASR_HOT_WORDS_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[
            crate::ErrorCode::REQUEST_TIMEOUT,
            crate::ErrorCode::HOT_WORDS_MEETING_NOT_FOUND,
            crate::ErrorCode::OPERATION_NOT_PERMITTED,
            crate::ErrorCode::NO_MATCHING_HOT_WORDS,
            crate::ErrorCode::MEETING_NOT_UPCOMING_OR_STARTED,
            crate::ErrorCode::RECORD_FILE_NOT_EXIST,
        ],
    },
    #[cfg(feature = "meetings")]
    crate::EndpointInfo {
        name: "set_asr_push_status",
        method: crate::Method::Post,
        path_template: "/v1/asr/push-status",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::meetings::schemas::SET_ASR_PUSH_STATUS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::None,
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[crate::ErrorCode::REQUEST_TIMEOUT, crate::ErrorCode::NO_PERMISSION],
    },
    #[cfg(feature = "meetings")]
    crate::EndpointInfo {
        name: "export_asr_records",
        method: crate::Method::Get,
        path_template: "/v1/asr/details",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::meetings::schemas::EXPORT_ASR_RECORDS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::meetings::schemas::EXPORT_ASR_RECORDS_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[crate::ErrorCode::NO_PERMISSION],
    },
    #[cfg(feature = "meetings")]
    crate::EndpointInfo {
        name: "list_waiting_room_participants",
        method: crate::Method::Get,
        path_template: "/v1/meetings/{meeting_id}/waiting-room-participants",
        path_schema: ::std::option::Option::Some(
            crate::meetings::schemas::LIST_WAITING_ROOM_PARTICIPANTS_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::meetings::schemas::LIST_WAITING_ROOM_PARTICIPANTS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::meetings::schemas::LIST_WAITING_ROOM_PARTICIPANTS_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[],
    },
    #[cfg(feature = "meetings")]
    crate::EndpointInfo {
        name: "list_waiting_room_records",
        method: crate::Method::Get,
        path_template: "/v1/meeting/{meeting_id}/waiting-room",
        path_schema: ::std::option::Option::Some(
            crate::meetings::schemas::LIST_WAITING_ROOM_RECORDS_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::meetings::schemas::LIST_WAITING_ROOM_RECORDS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::meetings::schemas::LIST_WAITING_ROOM_RECORDS_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[],
    },
    #[cfg(feature = "meetings")]
    crate::EndpointInfo {
        name: "get_waiting_room_welcome_message",
        method: crate::Method::Get,
        path_template: "/v1/meeting/{meeting_id}/waiting-room-welcome-message",
        path_schema: ::std::option::Option::Some(
            crate::meetings::schemas::GET_WAITING_ROOM_WELCOME_MESSAGE_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::meetings::schemas::GET_WAITING_ROOM_WELCOME_MESSAGE_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::meetings::schemas::WAITING_ROOM_WELCOME_MESSAGE_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[
            crate::ErrorCode::NO_PERMISSION,
            crate::ErrorCode::USER_NOT_REGISTERED,
            crate::ErrorCode::MEETING_ID_NOT_FOUND,
        ],
    },
    #[cfg(feature = "meetings")]
    crate::EndpointInfo {
        name: "set_waiting_room_welcome_message",
        method: crate::Method::Post,
        path_template: "/v1/meeting/set-waiting-room-welcome-message",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::meetings::schemas::SET_WAITING_ROOM_WELCOME_MESSAGE_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::Some(
            crate::meetings::schemas::WAITING_ROOM_WELCOME_MESSAGE_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[],
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
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
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
        name: "set_default_background",
        method: crate::Method::Put,
        path_template: "/v1/meetings/{meeting_id}/default-backgrounds",
        path_schema: ::std::option::Option::Some(
            crate::meetings::schemas::SET_DEFAULT_BACKGROUND_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::meetings::schemas::SET_DEFAULT_BACKGROUND_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
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
        name: "set_virtual_background",
        method: crate::Method::Post,
        path_template: "/v1/meetings/{meeting_id}/virtual-background",
        path_schema: ::std::option::Option::Some(
            crate::meetings::schemas::SET_VIRTUAL_BACKGROUND_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::meetings::schemas::SET_VIRTUAL_BACKGROUND_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::Some(
            crate::meetings::schemas::SET_VIRTUAL_BACKGROUND_RESPONSE,
        ),
        retry: crate::RetryClass::IfNotSent,
        oauth2: true,
        errors: &[
            crate::ErrorCode::MEETING_ID_NOT_FOUND,
            crate::ErrorCode::VIRTUAL_BACKGROUND_SET_FAILED,
            crate::ErrorCode::VIRTUAL_BACKGROUND_NO_PERMISSION,
            crate::ErrorCode::USER_NOT_REGISTERED,
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
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
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
        name: "get_push_stream_info",
        method: crate::Method::Get,
        path_template: "/v1/meetings/{meeting_id}/live-play/push-stream-info",
        path_schema: ::std::option::Option::Some(
            crate::meetings::schemas::GET_PUSH_STREAM_INFO_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::meetings::schemas::GET_PUSH_STREAM_INFO_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::meetings::schemas::GET_PUSH_STREAM_INFO_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: false,
        errors: &[crate::ErrorCode::NOT_CREATOR_OR_HOST],
    },
    #[cfg(feature = "meetings")]
    crate::EndpointInfo {
        name: "create_customer_short_url",
        method: crate::Method::Post,
        path_template: "/v1/meetings/customer-short-url",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::meetings::schemas::CREATE_CUSTOMER_SHORT_URL_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::Some(
            crate::meetings::schemas::CREATE_CUSTOMER_SHORT_URL_RESPONSE,
        ),
        retry: crate::RetryClass::IfNotSent,
        oauth2: false,
        errors: &[
            crate::ErrorCode::CUSTOMER_SHORT_URL_CREATE_FAILED,
            crate::ErrorCode::NO_PERMISSION,
            crate::ErrorCode::CUSTOMER_SHORT_URL_LIMIT_REACHED,
        ],
    },
    #[cfg(feature = "meetings")]
    crate::EndpointInfo {
        name: "list_customer_short_urls",
        method: crate::Method::Get,
        path_template: "/v1/meetings/{meeting_id}/customer-short-url",
        path_schema: ::std::option::Option::Some(
            crate::meetings::schemas::LIST_CUSTOMER_SHORT_URLS_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::meetings::schemas::LIST_CUSTOMER_SHORT_URLS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::meetings::schemas::LIST_CUSTOMER_SHORT_URLS_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: false,
        errors: &[crate::ErrorCode::NO_PERMISSION],
    },
    #[cfg(feature = "meetings")]
    crate::EndpointInfo {
        name: "get_pstn_call_detail_job",
        method: crate::Method::Get,
        path_template: "/v1/meeting/{job_id}",
        path_schema: ::std::option::Option::Some(
            crate::meetings::schemas::GET_PSTN_CALL_DETAIL_JOB_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::meetings::schemas::GET_PSTN_CALL_DETAIL_JOB_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::meetings::schemas::GET_PSTN_CALL_DETAIL_JOB_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: false,
        errors: &[
            crate::ErrorCode::NO_PERMISSION,
            crate::ErrorCode::USER_NOT_REGISTERED,
            crate::ErrorCode::JOB_NOT_EXIST,
        ],
    },
    #[cfg(feature = "users")]
    crate::EndpointInfo {
        name: "create_user",
        method: crate::Method::Post,
        path_template: "/v1/users",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::users::schemas::CREATE_USER_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::Some(
            crate::users::schemas::CREATE_USER_RESPONSE,
        ),
        retry: crate::RetryClass::IfNotSent,
        oauth2: false,
        errors: &[],
    },
    #[cfg(feature = "users")]
    crate::EndpointInfo {
        name: "get_user",
        method: crate::Method::Get,
        path_template: "/v1/users/{userid}",
        path_schema: ::std::option::Option::Some(crate::users::schemas::GET_USER_PATH),
        request_schema: ::std::option::Option::Some(
            crate::users::schemas::GET_USER_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::users::schemas::GET_USER_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: false,
        errors: &[],
    },
    #[cfg(feature = "users")]
    crate::EndpointInfo {
        name: "get_user_by_uuid",
        method: crate::Method::Get,
        path_template: "/v1/users",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::users::schemas::GET_USER_BY_UUID_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::users::schemas::GET_USER_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: false,
        errors: &[],
    },
    #[cfg(feature = "users")]
    crate::EndpointInfo {
        name: "update_user",
        method: crate::Method::Put,
        path_template: "/v1/users/{userid}",
        path_schema: ::std::option::Option::Some(
            crate::users::schemas::UPDATE_USER_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::users::schemas::UPDATE_USER_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::None,
        retry: crate::RetryClass::Idempotent,
        oauth2: false,
        errors: &[],
    },
    #[cfg(feature = "users")]
    crate::EndpointInfo {
        name: "update_user_by_uuid",
        method: crate::Method::Put,
        path_template: "/v1/users",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::users::schemas::UPDATE_USER_BY_UUID_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::None,
        retry: crate::RetryClass::Idempotent,
        oauth2: false,
        errors: &[],
    },
    #[cfg(feature = "users")]
    crate::EndpointInfo {
        name: "delete_user",
        method: crate::Method::Delete,
        path_template: "/v1/users/{userid}",
        path_schema: ::std::option::Option::Some(
            crate::users::schemas::DELETE_USER_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::users::schemas::DELETE_USER_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::None,
        retry: crate::RetryClass::IfNotSent,
        oauth2: false,
        errors: &[
            crate::ErrorCode::ACCOUNT_NO_PERMISSION,
            crate::ErrorCode::USER_INFO_API_ERROR,
            crate::ErrorCode::USER_NOT_EXIST_OR_ROOM_BOOKING_TOO_LONG,
            crate::ErrorCode::CANNOT_DELETE_SUPER_ADMIN,
            crate::ErrorCode::SERVICE_NETWORK_ERROR,
        ],
    },
    #[cfg(feature = "users")]
    crate::EndpointInfo {
        name: "delete_user_by_uuid",
        method: crate::Method::Delete,
        path_template: "/v1/users",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::users::schemas::DELETE_USER_BY_UUID_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::None,
        retry: crate::RetryClass::IfNotSent,
        oauth2: false,
        errors: &[],
    },
    #[cfg(feature = "users")]
    crate::EndpointInfo {
        name: "list_users",
        method: crate::Method::Get,
        path_template: "/v1/users/list",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::users::schemas::LIST_USERS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::users::schemas::LIST_USERS_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: false,
        errors: &[],
    },
    #[cfg(feature = "users")]
    crate::EndpointInfo {
        name: "list_users_advanced",
        method: crate::Method::Get,
        path_template: "/v1/users/advance/list",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::users::schemas::LIST_USERS_ADVANCED_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::users::schemas::LIST_USERS_ADVANCED_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: false,
        errors: &[],
    },
    #[cfg(feature = "users")]
    crate::EndpointInfo {
        name: "get_user_basic_info",
        method: crate::Method::Get,
        path_template: "/v1/users/info/basic",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::users::schemas::GET_USER_BASIC_INFO_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::users::schemas::GET_USER_BASIC_INFO_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[],
    },
    #[cfg(feature = "users")]
    crate::EndpointInfo {
        name: "get_user_account_statistics",
        method: crate::Method::Get,
        path_template: "/v1/users/account/statistics",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::users::schemas::GET_USER_ACCOUNT_STATISTICS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::users::schemas::GET_USER_ACCOUNT_STATISTICS_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[],
    },
    #[cfg(feature = "users")]
    crate::EndpointInfo {
        name: "set_user_ai_account",
        method: crate::Method::Post,
        path_template: "/v1/users/account/ai-account",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::users::schemas::SET_USER_AI_ACCOUNT_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::None,
        retry: crate::RetryClass::IfNotSent,
        oauth2: false,
        errors: &[
            crate::ErrorCode::ALREADY_GIFTED_AI_ACCOUNT,
            crate::ErrorCode::ALREADY_PURCHASED_AI_ACCOUNT,
            crate::ErrorCode::ALREADY_HAS_AI_ACCOUNT,
            crate::ErrorCode::NO_AI_ACCOUNT,
            crate::ErrorCode::DAILY_LIMIT_REACHED,
            crate::ErrorCode::AI_ACCOUNT_NOT_SUPPORTED,
            crate::ErrorCode::USER_INFO_QUERY_FAILED,
            crate::ErrorCode::AI_ACCOUNT_INVALID_PARAMETER,
            crate::ErrorCode::AI_ACCOUNT_NO_PERMISSION,
            crate::ErrorCode::RESOURCE_QUERY_FAILED,
            crate::ErrorCode::ACCOUNT_RESOURCE_INSUFFICIENT,
            crate::ErrorCode::ACCOUNT_TYPE_NOT_PURCHASED,
            crate::ErrorCode::AI_ACCOUNT_RESOURCE_INSUFFICIENT,
            crate::ErrorCode::INTERNAL_SERVICE_FAILURE,
        ],
    },
    #[cfg(feature = "users")]
    crate::EndpointInfo {
        name: "delete_user_ai_account",
        method: crate::Method::Delete,
        path_template: "/v1/users/account/ai-account",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::users::schemas::DELETE_USER_AI_ACCOUNT_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::None,
        retry: crate::RetryClass::IfNotSent,
        oauth2: true,
        errors: &[],
    },
    #[cfg(feature = "users")]
    crate::EndpointInfo {
        name: "transfer_deleted_user_assets",
        method: crate::Method::Post,
        path_template: "/v1/users/delete-transfer",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::users::schemas::TRANSFER_DELETED_USER_ASSETS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::None,
        retry: crate::RetryClass::IfNotSent,
        oauth2: false,
        errors: &[],
    },
    #[cfg(feature = "users")]
    crate::EndpointInfo {
        name: "get_activation_links",
        method: crate::Method::Post,
        path_template: "/v1/users/invite-activate",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::users::schemas::GET_ACTIVATION_LINKS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::Some(
            crate::users::schemas::GET_ACTIVATION_LINKS_RESPONSE,
        ),
        retry: crate::RetryClass::IfNotSent,
        oauth2: false,
        errors: &[],
    },
    #[cfg(feature = "users")]
    crate::EndpointInfo {
        name: "get_verification_links",
        method: crate::Method::Post,
        path_template: "/v1/users/invite-auth",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::users::schemas::GET_VERIFICATION_LINKS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::Some(
            crate::users::schemas::GET_VERIFICATION_LINKS_RESPONSE,
        ),
        retry: crate::RetryClass::IfNotSent,
        oauth2: false,
        errors: &[
            crate::ErrorCode::USER_NOT_EXIST_OR_ROOM_BOOKING_TOO_LONG,
            crate::ErrorCode::USER_NOT_ACTIVATED,
            crate::ErrorCode::OPERATION_NOT_PERMITTED,
            crate::ErrorCode::USER_PHONE_NOT_BOUND,
            crate::ErrorCode::DAILY_LIMIT_REACHED,
        ],
    },
    #[cfg(feature = "users")]
    crate::EndpointInfo {
        name: "send_activation_invite",
        method: crate::Method::Put,
        path_template: "/v1/users/{userid}/invite-activate",
        path_schema: ::std::option::Option::Some(
            crate::users::schemas::SEND_ACTIVATION_INVITE_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::users::schemas::SEND_ACTIVATION_INVITE_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::None,
        retry: crate::RetryClass::IfNotSent,
        oauth2: false,
        errors: &[
            crate::ErrorCode::USER_NOT_EXIST_OR_ROOM_BOOKING_TOO_LONG,
            crate::ErrorCode::ACTIVATION_INVITE_SENT_TODAY,
        ],
    },
    #[cfg(feature = "users")]
    crate::EndpointInfo {
        name: "send_verification_sms",
        method: crate::Method::Put,
        path_template: "/v1/users/{userid}/invite-auth",
        path_schema: ::std::option::Option::Some(
            crate::users::schemas::SEND_VERIFICATION_SMS_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::users::schemas::SEND_VERIFICATION_SMS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::None,
        retry: crate::RetryClass::IfNotSent,
        oauth2: false,
        errors: &[
            crate::ErrorCode::USER_NOT_EXIST_OR_ROOM_BOOKING_TOO_LONG,
            crate::ErrorCode::VERIFICATION_SENT_TODAY,
            crate::ErrorCode::USER_NOT_ACTIVATED,
            crate::ErrorCode::OPERATION_NOT_PERMITTED,
            crate::ErrorCode::USER_PHONE_NOT_BOUND,
        ],
    },
    #[cfg(feature = "users")]
    crate::EndpointInfo {
        name: "set_user_enabled",
        method: crate::Method::Put,
        path_template: "/v1/users/{userid}/enable",
        path_schema: ::std::option::Option::Some(
            crate::users::schemas::SET_USER_ENABLED_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::users::schemas::SET_USER_ENABLED_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::None,
        retry: crate::RetryClass::Idempotent,
        oauth2: false,
        errors: &[
            crate::ErrorCode::USER_NOT_EXIST_OR_ROOM_BOOKING_TOO_LONG,
            crate::ErrorCode::USER_MISSING_OR_INACTIVE,
            crate::ErrorCode::ADMIN_ACCOUNT_PROTECTED,
        ],
    },
    #[cfg(feature = "users")]
    crate::EndpointInfo {
        name: "get_meeting_ms_open_id",
        method: crate::Method::Get,
        path_template: "/v1/meetings/{meeting_id}/ms-open-id",
        path_schema: ::std::option::Option::Some(
            crate::users::schemas::GET_MEETING_MS_OPEN_ID_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::users::schemas::GET_MEETING_MS_OPEN_ID_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::users::schemas::GET_MEETING_MS_OPEN_ID_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[
            crate::ErrorCode::NO_MEETING_QUERY_PERMISSION,
            crate::ErrorCode::USER_NOT_REGISTERED,
        ],
    },
    #[cfg(feature = "users")]
    crate::EndpointInfo {
        name: "get_pmi_config",
        method: crate::Method::Get,
        path_template: "/v1/pmi-meetings/pmi-config",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::users::schemas::GET_PMI_CONFIG_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::users::schemas::GET_PMI_CONFIG_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: false,
        errors: &[
            crate::ErrorCode::USER_NOT_REGISTERED,
            crate::ErrorCode::REQUEST_TIMEOUT,
            crate::ErrorCode::OPERATOR_NO_PERMISSION,
        ],
    },
    #[cfg(feature = "users")]
    crate::EndpointInfo {
        name: "update_pmi_config",
        method: crate::Method::Put,
        path_template: "/v1/pmi-meetings/pmi-config",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::users::schemas::UPDATE_PMI_CONFIG_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::None,
        retry: crate::RetryClass::Idempotent,
        oauth2: false,
        errors: &[
            crate::ErrorCode::REQUEST_TIMEOUT,
            crate::ErrorCode::OPERATOR_NO_PERMISSION,
        ],
    },
    #[cfg(feature = "users")]
    crate::EndpointInfo {
        name: "cancel_user_auth",
        method: crate::Method::Put,
        path_template: "/v1/auth-users/cancel-auth",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::users::schemas::CANCEL_USER_AUTH_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::None,
        retry: crate::RetryClass::IfNotSent,
        oauth2: true,
        errors: &[crate::ErrorCode::NO_OPERATION_PERMISSION],
    },
    #[cfg(feature = "users")]
    crate::EndpointInfo {
        name: "convert_open_ids",
        method: crate::Method::Post,
        path_template: "/v1/users/open-id-to-userid",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::users::schemas::CONVERT_OPEN_IDS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::Some(
            crate::users::schemas::CONVERT_OPEN_IDS_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: false,
        errors: &[],
    },
    #[cfg(feature = "records")]
    crate::EndpointInfo {
        name: "list_records",
        method: crate::Method::Get,
        path_template: "/v1/records",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::records::schemas::LIST_RECORDS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::records::schemas::LIST_RECORDS_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[],
    },
    #[cfg(feature = "records")]
    crate::EndpointInfo {
        name: "list_record_addresses",
        method: crate::Method::Get,
        path_template: "/v1/addresses",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::records::schemas::LIST_RECORD_ADDRESSES_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::records::schemas::LIST_RECORD_ADDRESSES_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[],
    },
    #[cfg(feature = "records")]
    crate::EndpointInfo {
        name: "get_record_file",
        method: crate::Method::Get,
        path_template: "/v1/addresses/{record_file_id}",
        path_schema: ::std::option::Option::Some(
            crate::records::schemas::GET_RECORD_FILE_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::records::schemas::GET_RECORD_FILE_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::records::schemas::GET_RECORD_FILE_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[],
    },
    #[cfg(feature = "records")]
    crate::EndpointInfo {
        name: "upload_record_file",
        method: crate::Method::Post,
        path_template: "/v1/files/records/upload-all",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::records::schemas::UPLOAD_RECORD_FILE_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Multipart),
        response_schema: ::std::option::Option::Some(
            crate::records::schemas::RECORD_UPLOAD_JOB_RESPONSE,
        ),
        retry: crate::RetryClass::IfNotSent,
        oauth2: false,
        errors: &[],
    },
    #[cfg(feature = "records")]
    crate::EndpointInfo {
        name: "prepare_record_upload",
        method: crate::Method::Post,
        path_template: "/v1/files/records/upload-prepare",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::records::schemas::PREPARE_RECORD_UPLOAD_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::Some(
            crate::records::schemas::PREPARE_RECORD_UPLOAD_RESPONSE,
        ),
        retry: crate::RetryClass::IfNotSent,
        oauth2: false,
        errors: &[],
    },
    #[cfg(feature = "records")]
    crate::EndpointInfo {
        name: "upload_record_part",
        method: crate::Method::Post,
        path_template: "/v1/files/records/upload-part",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::records::schemas::UPLOAD_RECORD_PART_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Multipart),
        response_schema: ::std::option::Option::None,
        retry: crate::RetryClass::Idempotent,
        oauth2: false,
        errors: &[],
    },
    #[cfg(feature = "records")]
    crate::EndpointInfo {
        name: "finish_record_upload",
        method: crate::Method::Post,
        path_template: "/v1/files/records/upload-finish",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::records::schemas::FINISH_RECORD_UPLOAD_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::Some(
            crate::records::schemas::RECORD_UPLOAD_JOB_RESPONSE,
        ),
        retry: crate::RetryClass::IfNotSent,
        oauth2: false,
        errors: &[],
    },
    #[cfg(feature = "records")]
    crate::EndpointInfo {
        name: "get_record_metrics",
        method: crate::Method::Get,
        path_template: "/v1/metrics/records",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::records::schemas::GET_RECORD_METRICS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::records::schemas::GET_RECORD_METRICS_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[
            crate::ErrorCode::RECORD_NOT_EXIST,
            crate::ErrorCode::NO_RESOURCE_PERMISSION,
        ],
    },
    #[cfg(feature = "records")]
    crate::EndpointInfo {
        name: "delete_meeting_record",
        method: crate::Method::Delete,
        path_template: "/v1/records",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::records::schemas::DELETE_MEETING_RECORD_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::None,
        retry: crate::RetryClass::IfNotSent,
        oauth2: false,
        errors: &[
            crate::ErrorCode::MEETING_INFO_NOT_FOUND,
            crate::ErrorCode::NO_RESOURCE_PERMISSION,
            crate::ErrorCode::USER_NOT_REGISTERED,
        ],
    },
    #[cfg(feature = "records")]
    crate::EndpointInfo {
        name: "delete_record_file",
        method: crate::Method::Delete,
        path_template: "/v1/records/{record_file_id}",
        path_schema: ::std::option::Option::Some(
            crate::records::schemas::DELETE_RECORD_FILE_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::records::schemas::DELETE_RECORD_FILE_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::None,
        retry: crate::RetryClass::IfNotSent,
        oauth2: false,
        errors: &[
            crate::ErrorCode::USER_NOT_REGISTERED,
            crate::ErrorCode::RECORD_FILE_ALREADY_DELETED,
            crate::ErrorCode::RECORD_FILE_NOT_FOUND,
            crate::ErrorCode::NO_RESOURCE_PERMISSION,
        ],
    },
    #[cfg(feature = "records")]
    crate::EndpointInfo {
        name: "add_record_access_members",
        method: crate::Method::Post,
        path_template: "/v1/records/access/{meeting_record_id}",
        path_schema: ::std::option::Option::Some(
            crate::records::schemas::ADD_RECORD_ACCESS_MEMBERS_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::records::schemas::ADD_RECORD_ACCESS_MEMBERS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::Some(
            crate::records::schemas::ADD_RECORD_ACCESS_MEMBERS_RESPONSE,
        ),
        retry: crate::RetryClass::IfNotSent,
        oauth2: true,
        errors: &[crate::ErrorCode::SERVICE_NETWORK_ERROR],
    },
    #[cfg(feature = "records")]
    crate::EndpointInfo {
        name: "remove_record_access_members",
        method: crate::Method::Delete,
        path_template: "/v1/records/access/{meeting_record_id}",
        path_schema: ::std::option::Option::Some(
            crate::records::schemas::REMOVE_RECORD_ACCESS_MEMBERS_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::records::schemas::REMOVE_RECORD_ACCESS_MEMBERS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::None,
        retry: crate::RetryClass::IfNotSent,
        oauth2: true,
        errors: &[],
    },
    #[cfg(feature = "records")]
    crate::EndpointInfo {
        name: "approve_record_applications",
        method: crate::Method::Put,
        path_template: "/v1/records/approvals/{meeting_record_id}",
        path_schema: ::std::option::Option::Some(
            crate::records::schemas::APPROVE_RECORD_APPLICATIONS_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::records::schemas::APPROVE_RECORD_APPLICATIONS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::None,
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[],
    },
    #[cfg(feature = "records")]
    crate::EndpointInfo {
        name: "list_record_operations",
        method: crate::Method::Get,
        path_template: "/v1/records/events",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::records::schemas::LIST_RECORD_OPERATIONS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::records::schemas::LIST_RECORD_OPERATIONS_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[
            crate::ErrorCode::RECORD_NOT_EXIST,
            crate::ErrorCode::RECORD_NOT_FINISHED,
            crate::ErrorCode::NO_RESOURCE_PERMISSION,
        ],
    },
    #[cfg(feature = "records")]
    crate::EndpointInfo {
        name: "get_record_settings",
        method: crate::Method::Get,
        path_template: "/v1/records/settings/{meeting_record_id}",
        path_schema: ::std::option::Option::Some(
            crate::records::schemas::GET_RECORD_SETTINGS_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::records::schemas::GET_RECORD_SETTINGS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::records::schemas::GET_RECORD_SETTINGS_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[],
    },
    #[cfg(feature = "records")]
    crate::EndpointInfo {
        name: "update_record_settings",
        method: crate::Method::Put,
        path_template: "/v1/records/settings/{meeting_record_id}",
        path_schema: ::std::option::Option::Some(
            crate::records::schemas::UPDATE_RECORD_SETTINGS_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::records::schemas::UPDATE_RECORD_SETTINGS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::None,
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[],
    },
    #[cfg(feature = "records")]
    crate::EndpointInfo {
        name: "get_record_transcript",
        method: crate::Method::Get,
        path_template: "/v1/records/transcripts/details",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::records::schemas::GET_RECORD_TRANSCRIPT_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::records::schemas::GET_RECORD_TRANSCRIPT_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[],
    },
    #[cfg(feature = "records")]
    crate::EndpointInfo {
        name: "list_transcript_paragraphs",
        method: crate::Method::Get,
        path_template: "/v1/records/transcripts/paragraphs",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::records::schemas::LIST_TRANSCRIPT_PARAGRAPHS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::records::schemas::LIST_TRANSCRIPT_PARAGRAPHS_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[],
    },
    #[cfg(feature = "records")]
    crate::EndpointInfo {
        name: "search_transcript",
        method: crate::Method::Get,
        path_template: "/v1/records/transcripts/search",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::records::schemas::SEARCH_TRANSCRIPT_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::records::schemas::SEARCH_TRANSCRIPT_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[],
    },
    #[cfg(feature = "records")]
    crate::EndpointInfo {
        name: "set_record_transfer",
        method: crate::Method::Put,
        path_template: "/v1/records/transfer-recording",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::records::schemas::SET_RECORD_TRANSFER_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::None,
        retry: crate::RetryClass::IfNotSent,
        oauth2: false,
        errors: &[],
    },
    #[cfg(feature = "records")]
    crate::EndpointInfo {
        name: "list_record_views",
        method: crate::Method::Get,
        path_template: "/v1/records/view-details",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::records::schemas::LIST_RECORD_VIEWS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::records::schemas::LIST_RECORD_VIEWS_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[crate::ErrorCode::NO_PERMISSION],
    },
    #[cfg(feature = "records")]
    crate::EndpointInfo {
        name: "get_smart_chapters",
        method: crate::Method::Get,
        path_template: "/v1/smart/chapters",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::smart::schemas::GET_SMART_CHAPTERS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::smart::schemas::GET_SMART_CHAPTERS_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[],
    },
    #[cfg(feature = "records")]
    crate::EndpointInfo {
        name: "get_smart_full_summary",
        method: crate::Method::Get,
        path_template: "/v1/smart/fullsummary",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::smart::schemas::GET_SMART_FULL_SUMMARY_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::smart::schemas::GET_SMART_FULL_SUMMARY_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[],
    },
    #[cfg(feature = "records")]
    crate::EndpointInfo {
        name: "get_smart_topics",
        method: crate::Method::Get,
        path_template: "/v1/smart/topics",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::smart::schemas::GET_SMART_TOPICS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::smart::schemas::GET_SMART_TOPICS_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[],
    },
    #[cfg(feature = "records")]
    crate::EndpointInfo {
        name: "list_smart_speakers",
        method: crate::Method::Get,
        path_template: "/v1/smart/speakers",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::smart::schemas::LIST_SMART_SPEAKERS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::smart::schemas::LIST_SMART_SPEAKERS_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[],
    },
    #[cfg(feature = "rooms")]
    crate::EndpointInfo {
        name: "list_meeting_rooms",
        method: crate::Method::Get,
        path_template: "/v1/meeting-rooms",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::rooms::schemas::LIST_MEETING_ROOMS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::rooms::schemas::LIST_MEETING_ROOMS_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: false,
        errors: &[],
    },
    #[cfg(feature = "rooms")]
    crate::EndpointInfo {
        name: "get_meeting_room",
        method: crate::Method::Get,
        path_template: "/v1/meeting-rooms/{meeting_room_id}",
        path_schema: ::std::option::Option::Some(
            crate::rooms::schemas::GET_MEETING_ROOM_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::rooms::schemas::GET_MEETING_ROOM_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::rooms::schemas::GET_MEETING_ROOM_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: false,
        errors: &[],
    },
    #[cfg(feature = "rooms")]
    crate::EndpointInfo {
        name: "list_room_meetings",
        method: crate::Method::Get,
        path_template: "/v1/meeting-rooms/{operator_id}/meetings",
        path_schema: ::std::option::Option::Some(
            crate::rooms::schemas::LIST_ROOM_MEETINGS_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::rooms::schemas::LIST_ROOM_MEETINGS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::rooms::schemas::LIST_ROOM_MEETINGS_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: false,
        errors: &[],
    },
    #[cfg(feature = "rooms")]
    crate::EndpointInfo {
        name: "list_room_devices",
        method: crate::Method::Get,
        path_template: "/v1/devices",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::rooms::schemas::LIST_ROOM_DEVICES_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::rooms::schemas::LIST_ROOM_DEVICES_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: false,
        errors: &[],
    },
    #[cfg(feature = "rooms")]
    crate::EndpointInfo {
        name: "list_room_controllers",
        method: crate::Method::Get,
        path_template: "/v1/meeting-rooms-monitor/device-controller-info",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::rooms::schemas::LIST_ROOM_CONTROLLERS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::rooms::schemas::LIST_ROOM_CONTROLLERS_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: false,
        errors: &[],
    },
    #[cfg(feature = "rooms")]
    crate::EndpointInfo {
        name: "get_room_config",
        method: crate::Method::Post,
        path_template: "/v1/meeting-rooms/room-config-info",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::rooms::schemas::GET_ROOM_CONFIG_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::Some(
            crate::rooms::schemas::GET_ROOM_CONFIG_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: false,
        errors: &[],
    },
    #[cfg(feature = "rooms")]
    crate::EndpointInfo {
        name: "get_room_call_status",
        method: crate::Method::Post,
        path_template: "/v1/meeting-rooms/room-call-info",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::rooms::schemas::GET_ROOM_CALL_STATUS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::Some(
            crate::rooms::schemas::GET_ROOM_CALL_STATUS_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: false,
        errors: &[],
    },
    #[cfg(feature = "rooms")]
    crate::EndpointInfo {
        name: "get_rooms_account_statistics",
        method: crate::Method::Get,
        path_template: "/v1/rooms-inventory/account-statistics",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::rooms::schemas::GET_ROOMS_ACCOUNT_STATISTICS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::rooms::schemas::GET_ROOMS_ACCOUNT_STATISTICS_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: false,
        errors: &[],
    },
    #[cfg(feature = "rooms")]
    crate::EndpointInfo {
        name: "get_rooms_inventory",
        method: crate::Method::Get,
        path_template: "/v1/rooms-inventory",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::rooms::schemas::GET_ROOMS_INVENTORY_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::rooms::schemas::GET_ROOMS_INVENTORY_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: false,
        errors: &[crate::ErrorCode::MEETING_ROOM_QUERY_FAILED],
    },
    #[cfg(feature = "rooms")]
    crate::EndpointInfo {
        name: "get_room_background",
        method: crate::Method::Get,
        path_template: "/v1/meeting-rooms/{meeting_room_id}/background",
        path_schema: ::std::option::Option::Some(
            crate::rooms::schemas::GET_ROOM_BACKGROUND_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::rooms::schemas::GET_ROOM_BACKGROUND_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::rooms::schemas::GET_ROOM_BACKGROUND_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: false,
        errors: &[],
    },
    #[cfg(feature = "rooms")]
    crate::EndpointInfo {
        name: "get_room_by_screencast_code",
        method: crate::Method::Get,
        path_template: "/v1/meeting-rooms/{screencast_code}/rooms-info",
        path_schema: ::std::option::Option::Some(
            crate::rooms::schemas::GET_ROOM_BY_SCREENCAST_CODE_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::rooms::schemas::GET_ROOM_BY_SCREENCAST_CODE_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::rooms::schemas::GET_ROOM_BY_SCREENCAST_CODE_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: false,
        errors: &[],
    },
    #[cfg(feature = "rooms")]
    crate::EndpointInfo {
        name: "book_rooms",
        method: crate::Method::Post,
        path_template: "/v1/meetings/{meeting_id}/book-rooms",
        path_schema: ::std::option::Option::Some(crate::rooms::schemas::BOOK_ROOMS_PATH),
        request_schema: ::std::option::Option::Some(
            crate::rooms::schemas::BOOK_ROOMS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::Some(
            crate::rooms::schemas::BOOK_ROOMS_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: false,
        errors: &[
            crate::ErrorCode::MEETING_CANCELLED,
            crate::ErrorCode::MEETING_CACHE_SET_FAILED,
            crate::ErrorCode::PARAMETER_TYPE_MISMATCH,
            crate::ErrorCode::USER_NOT_EXIST_OR_ROOM_BOOKING_TOO_LONG,
            crate::ErrorCode::MEETING_ROOM_QUERY_FAILED,
            crate::ErrorCode::MEETING_STARTED_NOT_MODIFIABLE,
            crate::ErrorCode::MEETING_ROOM_OCCUPIED,
            crate::ErrorCode::USER_EXISTS_OR_ROOM_BOOKING_RECURRING,
            crate::ErrorCode::MEETING_ENDED_NOT_MODIFIABLE,
            crate::ErrorCode::USER_UNAVAILABLE_OR_ROOM_NOT_BOOKABLE,
            crate::ErrorCode::MEETING_INFO_NOT_EXIST,
            crate::ErrorCode::NO_PERMISSION_TO_MODIFY_MEETING,
        ],
    },
    #[cfg(feature = "rooms")]
    crate::EndpointInfo {
        name: "release_rooms",
        method: crate::Method::Post,
        path_template: "/v1/meetings/{meeting_id}/release-rooms",
        path_schema: ::std::option::Option::Some(
            crate::rooms::schemas::RELEASE_ROOMS_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::rooms::schemas::RELEASE_ROOMS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::None,
        retry: crate::RetryClass::IfNotSent,
        oauth2: false,
        errors: &[
            crate::ErrorCode::ILLEGAL_REQUEST,
            crate::ErrorCode::NO_PERMISSION_TO_MODIFY_MEETING,
            crate::ErrorCode::MEETING_ENDED_NOT_MODIFIABLE,
            crate::ErrorCode::MEETING_QUERY_FAILED,
            crate::ErrorCode::USER_EXISTS_OR_ROOM_BOOKING_RECURRING,
            crate::ErrorCode::USER_NOT_EXIST_OR_ROOM_BOOKING_TOO_LONG,
            crate::ErrorCode::MEETING_STARTED_NOT_MODIFIABLE,
            crate::ErrorCode::MEETING_CANCELLED,
            crate::ErrorCode::PARAMETER_TYPE_MISMATCH,
            crate::ErrorCode::MEETING_NOT_EXIST,
            crate::ErrorCode::MEETING_ROOM_QUERY_FAILED,
        ],
    },
    #[cfg(feature = "rooms")]
    crate::EndpointInfo {
        name: "update_meeting_room",
        method: crate::Method::Put,
        path_template: "/v1/meeting-rooms/modify",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::rooms::schemas::UPDATE_MEETING_ROOM_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::None,
        retry: crate::RetryClass::Idempotent,
        oauth2: false,
        errors: &[],
    },
    #[cfg(feature = "rooms")]
    crate::EndpointInfo {
        name: "update_room_config",
        method: crate::Method::Post,
        path_template: "/v1/meeting-rooms/modify-room-config-info",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::rooms::schemas::UPDATE_ROOM_CONFIG_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::None,
        retry: crate::RetryClass::Idempotent,
        oauth2: false,
        errors: &[],
    },
    #[cfg(feature = "rooms")]
    crate::EndpointInfo {
        name: "call_room",
        method: crate::Method::Put,
        path_template: "/v1/meeting-rooms/room-call",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::rooms::schemas::CALL_ROOM_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::Some(
            crate::rooms::schemas::CALL_ROOM_RESPONSE,
        ),
        retry: crate::RetryClass::IfNotSent,
        oauth2: false,
        errors: &[
            crate::ErrorCode::ROOM_CALL_FAILED,
            crate::ErrorCode::WEBHOOK_URL_UNAVAILABLE,
            crate::ErrorCode::PARAMETER_TYPE_MISMATCH,
        ],
    },
    #[cfg(feature = "rooms")]
    crate::EndpointInfo {
        name: "cancel_room_call",
        method: crate::Method::Put,
        path_template: "/v1/meeting-rooms/cancel-room-call",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::rooms::schemas::CANCEL_ROOM_CALL_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::None,
        retry: crate::RetryClass::IfNotSent,
        oauth2: false,
        errors: &[],
    },
    #[cfg(feature = "rooms")]
    crate::EndpointInfo {
        name: "create_room_active_code",
        method: crate::Method::Post,
        path_template: "/v1/meeting-rooms/{meeting_room_id}/active-code",
        path_schema: ::std::option::Option::Some(
            crate::rooms::schemas::CREATE_ROOM_ACTIVE_CODE_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::rooms::schemas::CREATE_ROOM_ACTIVE_CODE_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::rooms::schemas::CREATE_ROOM_ACTIVE_CODE_RESPONSE,
        ),
        retry: crate::RetryClass::IfNotSent,
        oauth2: false,
        errors: &[
            crate::ErrorCode::PARAMETER_TYPE_MISMATCH,
            crate::ErrorCode::MEETING_ROOM_QUERY_FAILED,
        ],
    },
    #[cfg(feature = "rooms")]
    crate::EndpointInfo {
        name: "set_room_background",
        method: crate::Method::Post,
        path_template: "/v1/meeting-rooms/{meeting_room_id}/background",
        path_schema: ::std::option::Option::Some(
            crate::rooms::schemas::SET_ROOM_BACKGROUND_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::rooms::schemas::SET_ROOM_BACKGROUND_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::Some(
            crate::rooms::schemas::SET_ROOM_BACKGROUND_RESPONSE,
        ),
        retry: crate::RetryClass::IfNotSent,
        oauth2: false,
        errors: &[],
    },
    #[cfg(feature = "control")]
    crate::EndpointInfo {
        name: "dismiss_meeting",
        method: crate::Method::Post,
        path_template: "/v1/meetings/{meeting_id}/dismiss",
        path_schema: ::std::option::Option::Some(
            crate::control::schemas::DISMISS_MEETING_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::control::schemas::DISMISS_MEETING_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::None,
        retry: crate::RetryClass::IfNotSent,
        oauth2: true,
        errors: &[
            crate::ErrorCode::SERVICE_NETWORK_ERROR,
            crate::ErrorCode::NO_PERMISSION,
            crate::ErrorCode::MEETING_CACHE_SET_FAILED,
            crate::ErrorCode::NETWORK_ERROR,
            crate::ErrorCode::TINY_ID_QUERY_FAILED,
        ],
    },
    #[cfg(feature = "control")]
    crate::EndpointInfo {
        name: "set_meeting_asr",
        method: crate::Method::Put,
        path_template: "/v1/real-control/meetings/{meeting_id}/asr",
        path_schema: ::std::option::Option::Some(
            crate::control::schemas::SET_MEETING_ASR_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::control::schemas::SET_MEETING_ASR_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::Some(
            crate::control::schemas::SET_MEETING_ASR_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[],
    },
    #[cfg(feature = "control")]
    crate::EndpointInfo {
        name: "set_cohost",
        method: crate::Method::Put,
        path_template: "/v1/real-control/meetings/{meeting_id}/cohosts",
        path_schema: ::std::option::Option::Some(
            crate::control::schemas::SET_COHOST_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::control::schemas::SET_COHOST_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::None,
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[],
    },
    #[cfg(feature = "control")]
    crate::EndpointInfo {
        name: "set_doc_upload_permission",
        method: crate::Method::Put,
        path_template: "/v1/real-control/meetings/{meeting_id}/doc",
        path_schema: ::std::option::Option::Some(
            crate::control::schemas::SET_DOC_UPLOAD_PERMISSION_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::control::schemas::SET_DOC_UPLOAD_PERMISSION_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::None,
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[
            crate::ErrorCode::MEETING_NOT_IN_PROGRESS,
            crate::ErrorCode::NO_PERMISSION,
            crate::ErrorCode::QUERIED_USER_NOT_EXIST,
            crate::ErrorCode::USER_NOT_REGISTERED,
        ],
    },
    #[cfg(feature = "control")]
    crate::EndpointInfo {
        name: "remove_participants",
        method: crate::Method::Put,
        path_template: "/v1/real-control/meetings/{meeting_id}/kickout",
        path_schema: ::std::option::Option::Some(
            crate::control::schemas::REMOVE_PARTICIPANTS_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::control::schemas::REMOVE_PARTICIPANTS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::None,
        retry: crate::RetryClass::IfNotSent,
        oauth2: true,
        errors: &[],
    },
    #[cfg(feature = "control")]
    crate::EndpointInfo {
        name: "set_participant_mute",
        method: crate::Method::Put,
        path_template: "/v1/real-control/meetings/{meeting_id}/mutes",
        path_schema: ::std::option::Option::Some(
            crate::control::schemas::SET_PARTICIPANT_MUTE_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::control::schemas::SET_PARTICIPANT_MUTE_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::None,
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[],
    },
    #[cfg(feature = "control")]
    crate::EndpointInfo {
        name: "set_participant_names",
        method: crate::Method::Put,
        path_template: "/v1/real-control/meetings/{meeting_id}/names",
        path_schema: ::std::option::Option::Some(
            crate::control::schemas::SET_PARTICIPANT_NAMES_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::control::schemas::SET_PARTICIPANT_NAMES_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::None,
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[],
    },
    #[cfg(feature = "control")]
    crate::EndpointInfo {
        name: "stop_screen_share",
        method: crate::Method::Put,
        path_template: "/v1/real-control/meetings/{meeting_id}/screen-shared",
        path_schema: ::std::option::Option::Some(
            crate::control::schemas::STOP_SCREEN_SHARE_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::control::schemas::STOP_SCREEN_SHARE_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::None,
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[],
    },
    #[cfg(feature = "control")]
    crate::EndpointInfo {
        name: "set_in_meeting_settings",
        method: crate::Method::Put,
        path_template: "/v1/real-control/meetings/{meeting_id}/status",
        path_schema: ::std::option::Option::Some(
            crate::control::schemas::SET_IN_MEETING_SETTINGS_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::control::schemas::SET_IN_MEETING_SETTINGS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::None,
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[],
    },
    #[cfg(feature = "control")]
    crate::EndpointInfo {
        name: "set_participant_video",
        method: crate::Method::Put,
        path_template: "/v1/real-control/meetings/{meeting_id}/video",
        path_schema: ::std::option::Option::Some(
            crate::control::schemas::SET_PARTICIPANT_VIDEO_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::control::schemas::SET_PARTICIPANT_VIDEO_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::None,
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[],
    },
    #[cfg(feature = "control")]
    crate::EndpointInfo {
        name: "manage_waiting_room_participants",
        method: crate::Method::Put,
        path_template: "/v1/real-control/meetings/{meeting_id}/waiting-room",
        path_schema: ::std::option::Option::Some(
            crate::control::schemas::MANAGE_WAITING_ROOM_PARTICIPANTS_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::control::schemas::MANAGE_WAITING_ROOM_PARTICIPANTS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::None,
        retry: crate::RetryClass::IfNotSent,
        oauth2: true,
        errors: &[],
    },
    #[cfg(feature = "layouts")]
    crate::EndpointInfo {
        name: "add_meeting_layouts",
        method: crate::Method::Post,
        path_template: "/v1/meetings/{meeting_id}/layouts",
        path_schema: ::std::option::Option::Some(
            crate::layouts::schemas::ADD_MEETING_LAYOUTS_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::layouts::schemas::ADD_MEETING_LAYOUTS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::Some(
            crate::layouts::schemas::ADD_MEETING_LAYOUTS_RESPONSE,
        ),
        retry: crate::RetryClass::IfNotSent,
        oauth2: false,
        errors: &[],
    },
    #[cfg(feature = "layouts")]
    crate::EndpointInfo {
        name: "add_advanced_layouts",
        method: crate::Method::Post,
        path_template: "/v1/meetings/{meeting_id}/advanced-layouts",
        path_schema: ::std::option::Option::Some(
            crate::layouts::schemas::ADD_ADVANCED_LAYOUTS_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::layouts::schemas::ADD_ADVANCED_LAYOUTS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::Some(
            crate::layouts::schemas::ADD_ADVANCED_LAYOUTS_RESPONSE,
        ),
        retry: crate::RetryClass::IfNotSent,
        oauth2: false,
        errors: &[],
    },
    #[cfg(feature = "layouts")]
    crate::EndpointInfo {
        name: "apply_meeting_layout",
        method: crate::Method::Put,
        path_template: "/v1/meetings/{meeting_id}/applying-layout",
        path_schema: ::std::option::Option::Some(
            crate::layouts::schemas::APPLY_MEETING_LAYOUT_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::layouts::schemas::APPLY_MEETING_LAYOUT_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::None,
        retry: crate::RetryClass::Idempotent,
        oauth2: false,
        errors: &[
            crate::ErrorCode::NO_PERMISSION,
            crate::ErrorCode::MEETING_LOOKUP_FAILED,
            crate::ErrorCode::USER_NOT_REGISTERED,
        ],
    },
    #[cfg(feature = "guests")]
    crate::EndpointInfo {
        name: "get_meeting_guests",
        method: crate::Method::Get,
        path_template: "/v1/guests/{meeting_id}",
        path_schema: ::std::option::Option::Some(
            crate::guests::schemas::GET_MEETING_GUESTS_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::guests::schemas::GET_MEETING_GUESTS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Query),
        response_schema: ::std::option::Option::Some(
            crate::guests::schemas::GET_MEETING_GUESTS_RESPONSE,
        ),
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[
            crate::ErrorCode::NO_PERMISSION,
            crate::ErrorCode::MEETING_QUERY_FAILED,
            crate::ErrorCode::MEETING_NOT_EXIST,
            crate::ErrorCode::USER_NOT_REGISTERED,
        ],
    },
    #[cfg(feature = "guests")]
    crate::EndpointInfo {
        name: "set_meeting_guests",
        method: crate::Method::Put,
        path_template: "/v1/guests/{meeting_id}",
        path_schema: ::std::option::Option::Some(
            crate::guests::schemas::SET_MEETING_GUESTS_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::guests::schemas::SET_MEETING_GUESTS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::None,
        retry: crate::RetryClass::IfNotSent,
        oauth2: true,
        errors: &[
            crate::ErrorCode::ILLEGAL_REQUEST,
            crate::ErrorCode::NO_PERMISSION,
            crate::ErrorCode::USER_NOT_REGISTERED,
            crate::ErrorCode::MEETING_QUERY_FAILED,
            crate::ErrorCode::GUEST_CREATE_FAILED,
        ],
    },
    #[cfg(feature = "pstn")]
    crate::EndpointInfo {
        name: "call_out_phones",
        method: crate::Method::Post,
        path_template: "/v1/meeting/{meeting_id}/phone/callout",
        path_schema: ::std::option::Option::Some(
            crate::pstn::schemas::CALL_OUT_PHONES_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::pstn::schemas::CALL_OUT_PHONES_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::Some(
            crate::pstn::schemas::CALL_OUT_PHONES_RESPONSE,
        ),
        retry: crate::RetryClass::IfNotSent,
        oauth2: false,
        errors: &[
            crate::ErrorCode::MEETING_ID_NOT_FOUND,
            crate::ErrorCode::NO_PERMISSION,
            crate::ErrorCode::MEETING_OVER,
            crate::ErrorCode::PHONE_NUMBER_INVALID,
            crate::ErrorCode::INVITE_TO_MEETING_FAILED,
        ],
    },
    #[cfg(feature = "pstn")]
    crate::EndpointInfo {
        name: "cancel_phone_calls",
        method: crate::Method::Post,
        path_template: "/v1/meeting/{meeting_id}/phone/cancelcall",
        path_schema: ::std::option::Option::Some(
            crate::pstn::schemas::CANCEL_PHONE_CALLS_PATH,
        ),
        request_schema: ::std::option::Option::Some(
            crate::pstn::schemas::CANCEL_PHONE_CALLS_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::Some(
            crate::pstn::schemas::CANCEL_PHONE_CALLS_RESPONSE,
        ),
        retry: crate::RetryClass::IfNotSent,
        oauth2: false,
        errors: &[
            crate::ErrorCode::MEETING_ID_NOT_FOUND,
            crate::ErrorCode::REQUEST_TIMEOUT,
            crate::ErrorCode::OPERATOR_NO_PERMISSION,
            crate::ErrorCode::CANCEL_CALL_FAILED,
        ],
    },
    #[cfg(feature = "toolkit")]
    crate::EndpointInfo {
        name: "set_meeting_toolkit",
        method: crate::Method::Post,
        path_template: "/v1/app/toolkit",
        path_schema: ::std::option::Option::None,
        request_schema: ::std::option::Option::Some(
            crate::toolkit::schemas::SET_MEETING_TOOLKIT_REQUEST,
        ),
        request_in: ::std::option::Option::Some(crate::RequestIn::Body),
        response_schema: ::std::option::Option::None,
        retry: crate::RetryClass::Idempotent,
        oauth2: true,
        errors: &[],
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
    #[cfg(feature = "meetings")] visitor.visit::<crate::meetings::GetMeeting>();
    #[cfg(feature = "meetings")] visitor.visit::<crate::meetings::UpdateMeeting>();
    #[cfg(feature = "meetings")] visitor.visit::<crate::meetings::CancelMeeting>();
    #[cfg(feature = "meetings")] visitor.visit::<crate::meetings::ListMeetings>();
    #[cfg(feature = "meetings")] visitor.visit::<crate::meetings::ListHistoryMeetings>();
    #[cfg(feature = "meetings")] visitor.visit::<crate::meetings::ListPmiMeetings>();
    #[cfg(feature = "meetings")]
    visitor.visit::<crate::meetings::ListUserDeviceMeetings>();
    #[cfg(feature = "meetings")]
    visitor.visit::<crate::meetings::ListMeetingParticipants>();
    #[cfg(feature = "meetings")]
    visitor.visit::<crate::meetings::ListRealTimeParticipants>();
    #[cfg(feature = "meetings")] visitor.visit::<crate::meetings::ListMeetingInvitees>();
    #[cfg(feature = "meetings")] visitor.visit::<crate::meetings::SetMeetingInvitees>();
    #[cfg(feature = "meetings")] visitor.visit::<crate::meetings::ListMeetingQos>();
    #[cfg(feature = "meetings")] visitor.visit::<crate::meetings::GetMeetingQuality>();
    #[cfg(feature = "meetings")] visitor.visit::<crate::meetings::GetEnrollmentConfig>();
    #[cfg(feature = "meetings")]
    visitor.visit::<crate::meetings::UpdateEnrollmentConfig>();
    #[cfg(feature = "meetings")] visitor.visit::<crate::meetings::ListEnrollments>();
    #[cfg(feature = "meetings")] visitor.visit::<crate::meetings::ReviewEnrollments>();
    #[cfg(feature = "meetings")] visitor.visit::<crate::meetings::ListEnrollmentIds>();
    #[cfg(feature = "meetings")] visitor.visit::<crate::meetings::ImportEnrollments>();
    #[cfg(feature = "meetings")] visitor.visit::<crate::meetings::DeleteEnrollments>();
    #[cfg(feature = "meetings")] visitor.visit::<crate::meetings::SetAsrHotWords>();
    #[cfg(feature = "meetings")] visitor.visit::<crate::meetings::SetAsrPushStatus>();
    #[cfg(feature = "meetings")] visitor.visit::<crate::meetings::ExportAsrRecords>();
    #[cfg(feature = "meetings")]
    visitor.visit::<crate::meetings::ListWaitingRoomParticipants>();
    #[cfg(feature = "meetings")]
    visitor.visit::<crate::meetings::ListWaitingRoomRecords>();
    #[cfg(feature = "meetings")]
    visitor.visit::<crate::meetings::GetWaitingRoomWelcomeMessage>();
    #[cfg(feature = "meetings")]
    visitor.visit::<crate::meetings::SetWaitingRoomWelcomeMessage>();
    #[cfg(feature = "meetings")]
    visitor.visit::<crate::meetings::AddMeetingBackgrounds>();
    #[cfg(feature = "meetings")]
    visitor.visit::<crate::meetings::SetDefaultBackground>();
    #[cfg(feature = "meetings")]
    visitor.visit::<crate::meetings::SetVirtualBackground>();
    #[cfg(feature = "meetings")]
    visitor.visit::<crate::meetings::SetLiveStreamAddress>();
    #[cfg(feature = "meetings")] visitor.visit::<crate::meetings::GetPushStreamInfo>();
    #[cfg(feature = "meetings")]
    visitor.visit::<crate::meetings::CreateCustomerShortUrl>();
    #[cfg(feature = "meetings")]
    visitor.visit::<crate::meetings::ListCustomerShortUrls>();
    #[cfg(feature = "meetings")]
    visitor.visit::<crate::meetings::GetPstnCallDetailJob>();
    #[cfg(feature = "users")] visitor.visit::<crate::users::CreateUser>();
    #[cfg(feature = "users")] visitor.visit::<crate::users::GetUser>();
    #[cfg(feature = "users")] visitor.visit::<crate::users::GetUserByUuid>();
    #[cfg(feature = "users")] visitor.visit::<crate::users::UpdateUser>();
    #[cfg(feature = "users")] visitor.visit::<crate::users::UpdateUserByUuid>();
    #[cfg(feature = "users")] visitor.visit::<crate::users::DeleteUser>();
    #[cfg(feature = "users")] visitor.visit::<crate::users::DeleteUserByUuid>();
    #[cfg(feature = "users")] visitor.visit::<crate::users::ListUsers>();
    #[cfg(feature = "users")] visitor.visit::<crate::users::ListUsersAdvanced>();
    #[cfg(feature = "users")] visitor.visit::<crate::users::GetUserBasicInfo>();
    #[cfg(feature = "users")] visitor.visit::<crate::users::GetUserAccountStatistics>();
    #[cfg(feature = "users")] visitor.visit::<crate::users::SetUserAiAccount>();
    #[cfg(feature = "users")] visitor.visit::<crate::users::DeleteUserAiAccount>();
    #[cfg(feature = "users")] visitor.visit::<crate::users::TransferDeletedUserAssets>();
    #[cfg(feature = "users")] visitor.visit::<crate::users::GetActivationLinks>();
    #[cfg(feature = "users")] visitor.visit::<crate::users::GetVerificationLinks>();
    #[cfg(feature = "users")] visitor.visit::<crate::users::SendActivationInvite>();
    #[cfg(feature = "users")] visitor.visit::<crate::users::SendVerificationSms>();
    #[cfg(feature = "users")] visitor.visit::<crate::users::SetUserEnabled>();
    #[cfg(feature = "users")] visitor.visit::<crate::users::GetMeetingMsOpenId>();
    #[cfg(feature = "users")] visitor.visit::<crate::users::GetPmiConfig>();
    #[cfg(feature = "users")] visitor.visit::<crate::users::UpdatePmiConfig>();
    #[cfg(feature = "users")] visitor.visit::<crate::users::CancelUserAuth>();
    #[cfg(feature = "users")] visitor.visit::<crate::users::ConvertOpenIds>();
    #[cfg(feature = "records")] visitor.visit::<crate::records::ListRecords>();
    #[cfg(feature = "records")] visitor.visit::<crate::records::ListRecordAddresses>();
    #[cfg(feature = "records")] visitor.visit::<crate::records::GetRecordFile>();
    #[cfg(feature = "records")] visitor.visit::<crate::records::UploadRecordFile>();
    #[cfg(feature = "records")] visitor.visit::<crate::records::PrepareRecordUpload>();
    #[cfg(feature = "records")] visitor.visit::<crate::records::UploadRecordPart>();
    #[cfg(feature = "records")] visitor.visit::<crate::records::FinishRecordUpload>();
    #[cfg(feature = "records")] visitor.visit::<crate::records::GetRecordMetrics>();
    #[cfg(feature = "records")] visitor.visit::<crate::records::DeleteMeetingRecord>();
    #[cfg(feature = "records")] visitor.visit::<crate::records::DeleteRecordFile>();
    #[cfg(feature = "records")]
    visitor.visit::<crate::records::AddRecordAccessMembers>();
    #[cfg(feature = "records")]
    visitor.visit::<crate::records::RemoveRecordAccessMembers>();
    #[cfg(feature = "records")]
    visitor.visit::<crate::records::ApproveRecordApplications>();
    #[cfg(feature = "records")] visitor.visit::<crate::records::ListRecordOperations>();
    #[cfg(feature = "records")] visitor.visit::<crate::records::GetRecordSettings>();
    #[cfg(feature = "records")] visitor.visit::<crate::records::UpdateRecordSettings>();
    #[cfg(feature = "records")] visitor.visit::<crate::records::GetRecordTranscript>();
    #[cfg(feature = "records")]
    visitor.visit::<crate::records::ListTranscriptParagraphs>();
    #[cfg(feature = "records")] visitor.visit::<crate::records::SearchTranscript>();
    #[cfg(feature = "records")] visitor.visit::<crate::records::SetRecordTransfer>();
    #[cfg(feature = "records")] visitor.visit::<crate::records::ListRecordViews>();
    #[cfg(feature = "records")] visitor.visit::<crate::smart::GetSmartChapters>();
    #[cfg(feature = "records")] visitor.visit::<crate::smart::GetSmartFullSummary>();
    #[cfg(feature = "records")] visitor.visit::<crate::smart::GetSmartTopics>();
    #[cfg(feature = "records")] visitor.visit::<crate::smart::ListSmartSpeakers>();
    #[cfg(feature = "rooms")] visitor.visit::<crate::rooms::ListMeetingRooms>();
    #[cfg(feature = "rooms")] visitor.visit::<crate::rooms::GetMeetingRoom>();
    #[cfg(feature = "rooms")] visitor.visit::<crate::rooms::ListRoomMeetings>();
    #[cfg(feature = "rooms")] visitor.visit::<crate::rooms::ListRoomDevices>();
    #[cfg(feature = "rooms")] visitor.visit::<crate::rooms::ListRoomControllers>();
    #[cfg(feature = "rooms")] visitor.visit::<crate::rooms::GetRoomConfig>();
    #[cfg(feature = "rooms")] visitor.visit::<crate::rooms::GetRoomCallStatus>();
    #[cfg(feature = "rooms")] visitor.visit::<crate::rooms::GetRoomsAccountStatistics>();
    #[cfg(feature = "rooms")] visitor.visit::<crate::rooms::GetRoomsInventory>();
    #[cfg(feature = "rooms")] visitor.visit::<crate::rooms::GetRoomBackground>();
    #[cfg(feature = "rooms")] visitor.visit::<crate::rooms::GetRoomByScreencastCode>();
    #[cfg(feature = "rooms")] visitor.visit::<crate::rooms::BookRooms>();
    #[cfg(feature = "rooms")] visitor.visit::<crate::rooms::ReleaseRooms>();
    #[cfg(feature = "rooms")] visitor.visit::<crate::rooms::UpdateMeetingRoom>();
    #[cfg(feature = "rooms")] visitor.visit::<crate::rooms::UpdateRoomConfig>();
    #[cfg(feature = "rooms")] visitor.visit::<crate::rooms::CallRoom>();
    #[cfg(feature = "rooms")] visitor.visit::<crate::rooms::CancelRoomCall>();
    #[cfg(feature = "rooms")] visitor.visit::<crate::rooms::CreateRoomActiveCode>();
    #[cfg(feature = "rooms")] visitor.visit::<crate::rooms::SetRoomBackground>();
    #[cfg(feature = "control")] visitor.visit::<crate::control::DismissMeeting>();
    #[cfg(feature = "control")] visitor.visit::<crate::control::SetMeetingAsr>();
    #[cfg(feature = "control")] visitor.visit::<crate::control::SetCohost>();
    #[cfg(feature = "control")]
    visitor.visit::<crate::control::SetDocUploadPermission>();
    #[cfg(feature = "control")] visitor.visit::<crate::control::RemoveParticipants>();
    #[cfg(feature = "control")] visitor.visit::<crate::control::SetParticipantMute>();
    #[cfg(feature = "control")] visitor.visit::<crate::control::SetParticipantNames>();
    #[cfg(feature = "control")] visitor.visit::<crate::control::StopScreenShare>();
    #[cfg(feature = "control")] visitor.visit::<crate::control::SetInMeetingSettings>();
    #[cfg(feature = "control")] visitor.visit::<crate::control::SetParticipantVideo>();
    #[cfg(feature = "control")]
    visitor.visit::<crate::control::ManageWaitingRoomParticipants>();
    #[cfg(feature = "layouts")] visitor.visit::<crate::layouts::AddMeetingLayouts>();
    #[cfg(feature = "layouts")] visitor.visit::<crate::layouts::AddAdvancedLayouts>();
    #[cfg(feature = "layouts")] visitor.visit::<crate::layouts::ApplyMeetingLayout>();
    #[cfg(feature = "guests")] visitor.visit::<crate::guests::GetMeetingGuests>();
    #[cfg(feature = "guests")] visitor.visit::<crate::guests::SetMeetingGuests>();
    #[cfg(feature = "pstn")] visitor.visit::<crate::pstn::CallOutPhones>();
    #[cfg(feature = "pstn")] visitor.visit::<crate::pstn::CancelPhoneCalls>();
    #[cfg(feature = "toolkit")] visitor.visit::<crate::toolkit::SetMeetingToolkit>();
}
impl crate::ResponseBody for crate::ErrorResponse {
    #[inline]
    fn from_body(body: &[u8]) -> ::std::result::Result<Self, ::serde_json::Error> {
        ::serde_json::from_slice(body)
    }
    #[inline]
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

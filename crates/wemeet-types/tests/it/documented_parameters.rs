//! Every parameter of the docs' tables is a property of the schemas, with the documented type and
//! requiredness (必选 是 = required), and the schemas add nothing the docs or the API notes do not name.
//!
//! The tables are transcribed here by hand, independently of the schemas, from `create-meeting.md`,
//! `add-meeting-backgrounds.md`, `set-live-stream-address.md`, the error model of the API notes, and the
//! current-version tables of the four fact sheets of `api-docs/extra/` (`get-meeting.md`, `cancel-meeting.md`,
//! `set-default-background.md`, `get-push-stream-info.md`).

use serde_json::Value;
use wemeet_types::schemas;

/// Required (必选 是), optional (否), or an output field (the output tables have no 必选 column: optional).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Need {
    Yes,
    No,
    Output,
}
use Need::{No, Output, Yes};

/// One row of a doc table: name, JSON type, requiredness.
type Row = (&'static str, &'static str, Need);

fn check(schema: &str, definition: &str, rows: &[Row], additions: &[&str]) {
    let document: Value = serde_json::from_str(schema).unwrap();
    let object = &document["definitions"][definition];
    let properties = object["properties"]
        .as_object()
        .unwrap_or_else(|| panic!("{definition} has no properties"));
    let required: Vec<&str> = object["required"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    for &(name, json_type, need) in rows {
        let property = properties
            .get(name)
            .unwrap_or_else(|| panic!("{definition}.{name} is not in the schema"));
        let resolved = match property["$ref"]
            .as_str()
            .and_then(|r| r.strip_prefix("#/definitions/"))
        {
            Some(target) => &document["definitions"][target],
            None => property,
        };
        let actual_type = resolved["type"]
            .as_str()
            .unwrap_or("(user: string or UserObj)");
        // `UnixSeconds` writes a string of digits and reads an integer too: an output timestamp the docs type as
        // an integer (a sub-meeting's times) fits it.
        let timestamp = resolved["x-rust-type"]["path"]
            .as_str()
            .is_some_and(|path| path.ends_with("::UnixSeconds"));
        let fits =
            actual_type == json_type || (need == Output && timestamp && json_type == "integer");
        assert!(
            fits,
            "{definition}.{name} type: {actual_type}, documented {json_type}"
        );
        assert_eq!(
            required.contains(&name),
            need == Yes,
            "{definition}.{name} requiredness"
        );
        let description = property["description"].as_str().unwrap_or("");
        assert!(
            description
                .chars()
                .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{definition}.{name} keeps the Chinese term"
        );
    }
    let mut expected: Vec<&str> = rows
        .iter()
        .map(|row| row.0)
        .chain(additions.iter().copied())
        .collect();
    let mut actual: Vec<&str> = properties.keys().map(String::as_str).collect();
    expected.sort_unstable();
    actual.sort_unstable();
    assert_eq!(actual, expected, "{definition}: properties beyond the docs");
}

/// The settings of `create-meeting.md`'s table. That seed page marks six of them 是; the current page (doc 42417)
/// and every official SDK require none (schemas/README.md, Readings), which the schemas follow.
const SETTINGS: [Row; 9] = [
    ("mute_enable_join", "boolean", No),
    ("allow_unmute_self", "boolean", No),
    ("mute_all", "boolean", No),
    ("host_video", "boolean", No),
    ("participant_video", "boolean", No),
    ("enable_record", "boolean", No),
    ("play_ivr_on_leave", "boolean", No),
    ("play_ivr_on_join", "boolean", No),
    ("live_url", "boolean", No),
];

/// The settings the current create-meeting page (doc 42417) and the official SDKs add to the seed page's.
const CURRENT_SETTINGS: [&str; 13] = [
    "allow_in_before_host",
    "auto_in_waiting_room",
    "allow_screen_shared_watermark",
    "water_mark_type",
    "only_enterprise_user_allowed",
    "only_user_join_type",
    "mute_enable_type_join",
    "auto_record_type",
    "participant_join_auto_record",
    "enable_host_pause_auto_record",
    "allow_multi_device",
    "change_nickname",
    "only_invitees_allowed",
];

#[test]
fn create_meeting_input() {
    let schema = schemas::CREATE_MEETING_REQUEST;
    check(
        schema,
        "CreateMeetingRequest",
        &[
            ("userid", "string", Yes),
            ("instanceid", "integer", Yes),
            ("subject", "string", Yes),
            ("type", "integer", Yes),
            ("hosts", "array", No),
            ("invitees", "array", No),
            ("start_time", "string", Yes),
            ("end_time", "string", Yes),
            ("password", "string", No),
            // Required by the seed page; optional in the current page and the SDKs (Readings).
            ("settings", "object", No),
        ],
        // The current page's (doc 42417) parameters beyond the seed page's table.
        &[
            "meeting_type",
            "recurring_rule",
            "enable_live",
            "live_config",
            "enable_doc_upload_permission",
            "guests",
            "enable_host_key",
            "host_key",
            "enable_enroll",
            "enable_interpreter",
            "allow_enterprise_intranet_only",
            "media_set_type",
            "time_zone",
            "location",
            "sync_to_wework",
        ],
    );
    check(
        schema,
        "UserObj",
        &[
            ("userid", "string", Yes),
            ("is_anonymous", "string", No),
            ("nick_name", "string", No),
            ("profile_photo", "string", No),
        ],
        &[],
    );
    check(schema, "Settings", &SETTINGS, &CURRENT_SETTINGS);
}

#[test]
fn create_meeting_output() {
    let schema = schemas::CREATE_MEETING_RESPONSE;
    check(
        schema,
        "CreateMeetingResponse",
        &[
            ("meeting_number", "integer", Output),
            ("meeting_info_list", "array", Output),
        ],
        &[],
    );
    check(
        schema,
        "MeetingInfo",
        &[
            ("subject", "string", Output),
            ("meeting_id", "string", Output),
            ("meeting_code", "string", Output),
            ("password", "string", Output),
            ("hosts", "array", Output),
            ("participants", "array", Output),
            ("start_time", "string", Output),
            ("end_time", "string", Output),
            ("join_url", "string", Output),
            ("settings", "object", Output),
        ],
        // The output example's name for `participants`, and the current page's and the SDKs' output fields.
        &[
            "ParticipantsList",
            "current_co_hosts",
            "user_non_registered",
            "enable_live",
            "live_config",
            "host_key",
        ],
    );
    let output_settings: Vec<Row> = SETTINGS
        .iter()
        .map(|&(name, ty, _)| (name, ty, Output))
        .collect();
    // The answer echoes the settings of the current page but `only_invitees_allowed`.
    let current_output_settings: Vec<&str> = CURRENT_SETTINGS
        .iter()
        .copied()
        .filter(|name| *name != "only_invitees_allowed")
        .collect();
    check(
        schema,
        "MeetingInfoSettings",
        &output_settings,
        &current_output_settings,
    );
}

#[test]
fn add_meeting_backgrounds_input() {
    check(
        schemas::ADD_MEETING_BACKGROUNDS_PATH,
        "AddMeetingBackgroundsPath",
        &[("meeting_id", "string", Yes)],
        &[],
    );
    let schema = schemas::ADD_MEETING_BACKGROUNDS_REQUEST;
    check(
        schema,
        "AddMeetingBackgroundsRequest",
        &[
            ("userid", "string", Yes),
            ("instanceid", "integer", Yes),
            ("default_image_order", "integer", No),
            ("image_list", "array", Yes),
        ],
        // The live API's caller identification, offered as optional additions (API notes §4).
        &["operator_id", "operator_id_type"],
    );
    check(
        schema,
        "BackgroundImage",
        &[("image_md5", "string", Yes), ("image_url", "string", Yes)],
        &[],
    );
}

#[test]
fn add_meeting_backgrounds_output() {
    let schema = schemas::ADD_MEETING_BACKGROUNDS_RESPONSE;
    check(
        schema,
        "AddMeetingBackgroundsResponse",
        &[
            ("background_number", "integer", Output),
            ("selected_background_id", "string", Output),
            ("background_list", "array", Output),
        ],
        &[],
    );
    check(
        schema,
        "Background",
        &[
            ("background_id", "string", Output),
            ("image_md5", "string", Output),
        ],
        &[],
    );
}

#[test]
fn set_live_stream_address_input() {
    check(
        schemas::SET_LIVE_STREAM_ADDRESS_PATH,
        "SetLiveStreamAddressPath",
        &[("meeting_id", "string", Yes)],
        &[],
    );
    let schema = schemas::SET_LIVE_STREAM_ADDRESS_REQUEST;
    check(
        schema,
        "SetLiveStreamAddressRequest",
        &[
            ("userid", "string", Yes),
            ("instanceid", "integer", Yes),
            ("push_stream_info", "array", Yes),
        ],
        &[],
    );
    check(
        schema,
        "PushStreamInfo",
        &[
            ("platform_type", "integer", Yes),
            ("platform_name", "string", Yes),
            ("enable_push_addres", "boolean", Yes),
            ("push_address", "string", Yes),
            ("push_password", "string", Yes),
        ],
        &[],
    );
}

#[test]
fn get_meeting_input() {
    check(
        schemas::GET_MEETING_PATH,
        "GetMeetingPath",
        &[("meeting_id", "string", Yes)],
        &[],
    );
    check(
        schemas::GET_MEETING_REQUEST,
        "GetMeetingRequest",
        &[
            ("operator_id", "string", Yes),
            ("operator_id_type", "integer", Yes),
            ("instanceid", "integer", Yes),
        ],
        // The older versions' caller identification, accepted as an optional addition.
        &["userid"],
    );
}

#[test]
fn get_meeting_output() {
    let schema = schemas::GET_MEETING_RESPONSE;
    check(
        schema,
        "GetMeetingResponse",
        &[
            ("meeting_number", "integer", Output),
            ("meeting_info_list", "array", Output),
        ],
        &[],
    );
    check(
        schema,
        "MeetingDetail",
        &[
            ("subject", "string", Output),
            ("meeting_id", "string", Output),
            ("meeting_code", "string", Output),
            ("password", "string", Output),
            ("need_password", "boolean", Output),
            ("status", "string", Output),
            ("type", "integer", Output),
            ("join_url", "string", Output),
            ("hosts", "array", Output),
            ("current_hosts", "array", Output),
            ("current_co_hosts", "array", Output),
            ("participants", "array", Output),
            ("start_time", "string", Output),
            ("end_time", "string", Output),
            ("settings", "object", Output),
            ("meeting_type", "integer", Output),
            ("recurring_rule", "object", Output),
            ("sub_meetings", "array", Output),
            ("has_more_sub_meeting", "integer", Output),
            ("remain_sub_meetings", "integer", Output),
            ("current_sub_meeting_id", "string", Output),
            ("enable_live", "boolean", Output),
            ("live_config", "object", Output),
            ("enable_doc_upload_permission", "boolean", Output),
            ("guests", "array", Output),
            ("has_vote", "boolean", Output),
            // The fields of the official SDKs' models the sheet lists.
            ("enable_enroll", "boolean", Output),
            ("enable_host_key", "boolean", Output),
            ("host_key", "string", Output),
            ("location", "string", Output),
            ("sync_to_wework", "boolean", Output),
            ("time_zone", "string", Output),
            ("media_set_type", "integer", Output),
            ("allow_enterprise_intranet_only", "boolean", Output),
        ],
        // The recurring example's name for `has_more_sub_meeting`, and list meetings' field of the same shared
        // meeting object.
        &["has_more_sub_meetings", "join_meeting_role"],
    );
    check(
        schema,
        "MeetingDetailSettings",
        &[
            ("mute_enable_join", "boolean", Output),
            ("allow_unmute_self", "boolean", Output),
            ("allow_in_before_host", "boolean", Output),
            ("auto_in_waiting_room", "boolean", Output),
            ("allow_screen_shared_watermark", "boolean", Output),
            ("water_mark_type", "integer", Output),
            ("only_allow_enterprise_user_join", "boolean", Output),
            ("auto_record_type", "string", Output),
            ("participant_join_auto_record", "boolean", Output),
            ("enable_host_pause_auto_record", "boolean", Output),
            ("mute_enable_type_join", "integer", Output),
            ("only_user_join_type", "integer", Output),
            ("change_nickname", "integer", Output),
            ("allow_multi_device", "boolean", Output),
            ("auto_asr", "boolean", Output),
            ("open_asr_view", "boolean", Output),
        ],
        // The examples' fields: another name for `only_allow_enterprise_user_join`, and one the table lacks; and
        // the official SDKs' `only_invitees_allowed`.
        &[
            "only_enterprise_user_allowed",
            "play_ivr_on_leave",
            "only_invitees_allowed",
        ],
    );
    check(
        schema,
        "RecurringRule",
        &[
            ("recurring_type", "integer", Output),
            ("until_type", "integer", Output),
            ("until_date", "integer", Output),
            ("until_count", "integer", Output),
            ("customized_recurring_type", "integer", Output),
            ("customized_recurring_step", "integer", Output),
            ("customized_recurring_days", "integer", Output),
        ],
        &[],
    );
    check(
        schema,
        "SubMeeting",
        &[
            ("sub_meeting_id", "string", Output),
            ("status", "integer", Output),
            ("start_time", "integer", Output),
            ("end_time", "integer", Output),
        ],
        &[],
    );
    check(
        schema,
        "LiveConfig",
        &[
            ("live_subject", "string", Output),
            ("live_summary", "string", Output),
            ("live_password", "string", Output),
            ("enable_live_im", "boolean", Output),
            ("enable_live_replay", "boolean", Output),
            ("live_addr", "string", Output),
            ("live_watermark", "object", Output),
            ("enable_live_password", "boolean", Output),
        ],
        &[],
    );
    check(
        schema,
        "LiveWatermark",
        &[("watermark_opt", "integer", Output)],
        &[],
    );
    check(
        schema,
        "Guest",
        &[
            ("area", "string", Output),
            ("phone_number", "string", Output),
            ("guest_name", "string", Output),
        ],
        &[],
    );
    keeps_unknown_fields(
        schema,
        &[
            "MeetingDetail",
            "MeetingDetailSettings",
            "RecurringRule",
            "SubMeeting",
            "LiveConfig",
            "LiveWatermark",
            "Guest",
        ],
    );
}

/// Each of `definitions` keeps the fields it does not list (`x-keep-unknown`), as every response object must.
fn keeps_unknown_fields(schema: &str, definitions: &[&str]) {
    let document: Value = serde_json::from_str(schema).unwrap();
    for name in definitions {
        assert_eq!(
            document["definitions"][name]["x-keep-unknown"],
            Value::Bool(true),
            "{name}"
        );
    }
}

#[test]
fn cancel_meeting_input() {
    check(
        schemas::CANCEL_MEETING_PATH,
        "CancelMeetingPath",
        &[("meeting_id", "string", Yes)],
        &[],
    );
    check(
        schemas::CANCEL_MEETING_REQUEST,
        "CancelMeetingRequest",
        &[
            ("userid", "string", Yes),
            ("instanceid", "integer", Yes),
            ("reason_code", "integer", Yes),
            ("meeting_type", "integer", No),
            ("sub_meeting_id", "string", No),
            ("reason_detail", "string", No),
        ],
        &[],
    );
}

#[test]
fn set_default_background_input() {
    check(
        schemas::SET_DEFAULT_BACKGROUND_PATH,
        "SetDefaultBackgroundPath",
        &[("meeting_id", "string", Yes)],
        &[],
    );
    check(
        schemas::SET_DEFAULT_BACKGROUND_REQUEST,
        "SetDefaultBackgroundRequest",
        &[
            ("instanceid", "integer", Yes),
            ("selected_background_id", "string", Yes),
            ("operator_id", "string", Yes),
            ("operator_id_type", "integer", Yes),
        ],
        // The older version's caller identification, accepted as an optional addition.
        &["userid"],
    );
}

#[test]
fn get_push_stream_info_input() {
    check(
        schemas::GET_PUSH_STREAM_INFO_PATH,
        "GetPushStreamInfoPath",
        &[("meeting_id", "string", Yes)],
        &[],
    );
    check(
        schemas::GET_PUSH_STREAM_INFO_REQUEST,
        "GetPushStreamInfoRequest",
        &[
            ("operator_id", "string", Yes),
            ("operator_id_type", "integer", Yes),
            ("instanceid", "integer", Yes),
        ],
        &[],
    );
}

#[test]
fn get_push_stream_info_output() {
    let schema = schemas::GET_PUSH_STREAM_INFO_RESPONSE;
    check(
        schema,
        "GetPushStreamInfoResponse",
        &[("push_stream_info", "array", Output)],
        &[],
    );
    check(
        schema,
        "PushStreamEntry",
        &[
            ("platform_type", "integer", Output),
            ("enable_push_addres", "boolean", Output),
            ("push_address", "string", Output),
            ("push_password", "string", Output),
            ("platform_name", "string", Output),
        ],
        &[],
    );
    keeps_unknown_fields(schema, &["PushStreamEntry"]);
}

#[test]
fn error_body() {
    let schema = schemas::ERROR_RESPONSE;
    check(
        schema,
        "ErrorResponse",
        &[("error_info", "object", Yes)],
        &[],
    );
    check(
        schema,
        "ErrorInfo",
        &[
            ("error_code", "integer", Yes),
            ("new_error_code", "integer", No),
            ("message", "string", Yes),
        ],
        &[],
    );
}

/// No schema closes an object (the service ignores fields it does not know, and so do the models and the mock);
/// response schemas keep what they do not list (`x-keep-unknown`) and carry no rule a new server value could
/// break (a hand-written type's definition, `UnixSeconds` say, describes the form it writes; what it reads is up to
/// its own code, and it reads integers as well as strings of digits).
#[test]
fn no_schema_is_closed_and_responses_are_lenient() {
    for (schema, response) in [
        (schemas::CREATE_MEETING_REQUEST, false),
        (schemas::ADD_MEETING_BACKGROUNDS_REQUEST, false),
        (schemas::SET_LIVE_STREAM_ADDRESS_REQUEST, false),
        (schemas::GET_MEETING_REQUEST, false),
        (schemas::CANCEL_MEETING_REQUEST, false),
        (schemas::SET_DEFAULT_BACKGROUND_REQUEST, false),
        (schemas::GET_PUSH_STREAM_INFO_REQUEST, false),
        (schemas::CREATE_MEETING_RESPONSE, true),
        (schemas::ADD_MEETING_BACKGROUNDS_RESPONSE, true),
        (schemas::GET_MEETING_RESPONSE, true),
        (schemas::GET_PUSH_STREAM_INFO_RESPONSE, true),
        (schemas::ERROR_RESPONSE, false),
    ] {
        let document: Value = serde_json::from_str(schema).unwrap();
        let root = document["$ref"]
            .as_str()
            .unwrap()
            .trim_start_matches("#/definitions/");
        assert!(
            !schema.contains("\"additionalProperties\": false"),
            "{root} closes an object"
        );
        if response {
            assert_eq!(
                document["definitions"][root]["x-keep-unknown"],
                Value::Bool(true),
                "{root}"
            );
            let generated = document["definitions"]
                .as_object()
                .unwrap()
                .iter()
                .filter(|(_, definition)| definition.get("x-rust-type").is_none());
            for (name, definition) in generated {
                let text = definition.to_string();
                for strict in ["\"pattern\"", "\"enum\"", "\"x-max-bytes\"", "\"format\""] {
                    assert!(!text.contains(strict), "{root}: {name} has {strict}");
                }
            }
        }
    }
}

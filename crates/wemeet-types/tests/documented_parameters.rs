//! Every parameter of the three docs' tables is a property of the schemas, with the documented type and
//! requiredness (必选 是 = required), and the schemas add nothing the docs or the API notes do not name.
//!
//! The tables are transcribed here by hand, independently of the schemas, from `create-meeting.md`,
//! `add-meeting-backgrounds.md`, `set-live-stream-address.md` and the error model of the API notes.

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
        assert_eq!(actual_type, json_type, "{definition}.{name} type");
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

const SETTINGS: [Row; 9] = [
    ("mute_enable_join", "boolean", Yes),
    ("allow_unmute_self", "boolean", Yes),
    ("mute_all", "boolean", No),
    ("host_video", "boolean", No),
    ("participant_video", "boolean", Yes),
    ("enable_record", "boolean", Yes),
    ("play_ivr_on_leave", "boolean", Yes),
    ("play_ivr_on_join", "boolean", No),
    ("live_url", "boolean", Yes),
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
            ("settings", "object", Yes),
        ],
        &[],
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
    check(schema, "Settings", &SETTINGS, &[]);
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
        // The output example's name for `participants`.
        &["ParticipantsList"],
    );
    let output_settings: Vec<Row> = SETTINGS
        .iter()
        .map(|&(name, ty, _)| (name, ty, Output))
        .collect();
    check(schema, "MeetingInfoSettings", &output_settings, &[]);
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
        (schemas::CREATE_MEETING_RESPONSE, true),
        (schemas::ADD_MEETING_BACKGROUNDS_RESPONSE, true),
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

//! Every field a request schema marks required, left out of a doc example, is a decode error naming it.
//!
//! The required fields are read from the embedded schemas (`wemeet_types::schemas`), so a field the schema
//! requires but the Rust type quietly defaults would fail here.

use crate::support;

use serde::de::DeserializeOwned;
use serde_json::Value;
use support::fixture_value;
use wemeet_types::{
    AddMeetingBackgroundsPath, AddMeetingBackgroundsRequest, CancelMeetingPath,
    CancelMeetingRequest, CreateMeetingRequest, GetMeetingPath, GetMeetingRequest,
    GetPushStreamInfoPath, GetPushStreamInfoRequest, SetDefaultBackgroundPath,
    SetDefaultBackgroundRequest, SetLiveStreamAddressPath, SetLiveStreamAddressRequest, schemas,
};

/// A required field: where it sits in the example (object keys and array indices) and its name.
struct Required {
    parent: Vec<Step>,
    name: String,
}

#[derive(Clone)]
enum Step {
    Key(String),
    Index(usize),
}

/// Resolves `{"$ref": "#/definitions/X"}` against the standalone schema document.
fn resolve<'a>(document: &'a Value, schema: &'a Value) -> &'a Value {
    match schema
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix("#/definitions/"))
    {
        Some(name) => resolve(document, &document["definitions"][name]),
        None => schema,
    }
}

/// Collects the required fields of `schema` and of the objects nested in `example` that it describes.
fn collect(
    document: &Value,
    schema: &Value,
    example: &Value,
    at: &[Step],
    out: &mut Vec<Required>,
) {
    let schema = resolve(document, schema);
    match example {
        Value::Object(fields) => {
            for name in schema["required"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
            {
                out.push(Required {
                    parent: at.to_vec(),
                    name: name.to_owned(),
                });
            }
            for (key, value) in fields {
                let mut path = at.to_vec();
                path.push(Step::Key(key.clone()));
                collect(document, &schema["properties"][key], value, &path, out);
            }
        }
        Value::Array(items) => {
            if let Some(first) = items.first() {
                let mut path = at.to_vec();
                path.push(Step::Index(0));
                collect(document, &schema["items"], first, &path, out);
            }
        }
        _ => {}
    }
}

fn without(example: &Value, field: &Required) -> Value {
    let mut copy = example.clone();
    let mut node = &mut copy;
    for step in &field.parent {
        node = match step {
            Step::Key(key) => &mut node[key.as_str()],
            Step::Index(index) => &mut node[*index],
        };
    }
    node.as_object_mut()
        .expect("parent is an object")
        .remove(&field.name)
        .expect("the example has the field");
    copy
}

/// Checks each required field of `schema`, removed from `example`, fails decoding `T` with its name.
fn each_missing_field_is_named<T: DeserializeOwned>(schema: &str, example: &Value) -> usize {
    let document: Value = serde_json::from_str(schema).unwrap();
    let mut required = Vec::new();
    collect(&document, &document, example, &[], &mut required);
    for field in &required {
        let error = serde_json::from_value::<T>(without(example, field)).err();
        let message = error.map(|e| e.to_string()).unwrap_or_default();
        assert!(
            message.contains(&format!("missing field `{}`", field.name)),
            "removing `{}` gave {message:?}",
            field.name
        );
    }
    required.len()
}

#[test]
fn create_meeting_request() {
    let example = fixture_value("create-meeting.request.json");
    // userid, instanceid, subject, type, start_time, end_time. The current page requires neither `settings`
    // nor any of its fields (the seed page required `settings` and six of them): without them the example
    // still decodes.
    assert_eq!(
        each_missing_field_is_named::<CreateMeetingRequest>(
            schemas::CREATE_MEETING_REQUEST,
            &example
        ),
        6
    );
    let mut without_settings = example.clone();
    without_settings.as_object_mut().unwrap().remove("settings");
    let request: CreateMeetingRequest = serde_json::from_value(without_settings).unwrap();
    assert_eq!(request.settings, None);
    let settings = example["settings"].as_object().unwrap();
    assert!(!settings.is_empty());
    for field in settings.keys() {
        let mut without_field = example.clone();
        without_field["settings"]
            .as_object_mut()
            .unwrap()
            .remove(field);
        serde_json::from_value::<CreateMeetingRequest>(without_field)
            .unwrap_or_else(|error| panic!("without settings.{field}: {error}"));
    }
}

#[test]
fn add_meeting_backgrounds_request() {
    let example = fixture_value("add-meeting-backgrounds.request.json");
    // userid, instanceid, image_list + image_md5, image_url of the first image.
    let schema = schemas::ADD_MEETING_BACKGROUNDS_REQUEST;
    assert_eq!(
        each_missing_field_is_named::<AddMeetingBackgroundsRequest>(schema, &example),
        5
    );
}

#[test]
fn set_live_stream_address_request() {
    let example = fixture_value("set-live-stream-address.request.json");
    // userid, instanceid, push_stream_info + the five fields of the first entry.
    let schema = schemas::SET_LIVE_STREAM_ADDRESS_REQUEST;
    assert_eq!(
        each_missing_field_is_named::<SetLiveStreamAddressRequest>(schema, &example),
        8
    );
}

#[test]
fn path_parameters() {
    let example = serde_json::json!({"meeting_id": "6524541286408448530"});
    assert_eq!(
        each_missing_field_is_named::<AddMeetingBackgroundsPath>(
            schemas::ADD_MEETING_BACKGROUNDS_PATH,
            &example
        ),
        1
    );
    assert_eq!(
        each_missing_field_is_named::<SetLiveStreamAddressPath>(
            schemas::SET_LIVE_STREAM_ADDRESS_PATH,
            &example
        ),
        1
    );
    for count in [
        each_missing_field_is_named::<GetMeetingPath>(schemas::GET_MEETING_PATH, &example),
        each_missing_field_is_named::<CancelMeetingPath>(schemas::CANCEL_MEETING_PATH, &example),
        each_missing_field_is_named::<SetDefaultBackgroundPath>(
            schemas::SET_DEFAULT_BACKGROUND_PATH,
            &example,
        ),
        each_missing_field_is_named::<GetPushStreamInfoPath>(
            schemas::GET_PUSH_STREAM_INFO_PATH,
            &example,
        ),
    ] {
        assert_eq!(count, 1);
    }
}

#[test]
fn get_meeting_request() {
    let example = fixture_value("get-meeting.request.json");
    // operator_id, operator_id_type, instanceid.
    let schema = schemas::GET_MEETING_REQUEST;
    assert_eq!(
        each_missing_field_is_named::<GetMeetingRequest>(schema, &example),
        3
    );
}

#[test]
fn cancel_meeting_request() {
    let example = fixture_value("cancel-meeting.request.json");
    // userid, instanceid, reason_code.
    let schema = schemas::CANCEL_MEETING_REQUEST;
    assert_eq!(
        each_missing_field_is_named::<CancelMeetingRequest>(schema, &example),
        3
    );
}

#[test]
fn set_default_background_request() {
    let example = fixture_value("set-default-background.request.json");
    // operator_id, operator_id_type, instanceid, selected_background_id.
    let schema = schemas::SET_DEFAULT_BACKGROUND_REQUEST;
    assert_eq!(
        each_missing_field_is_named::<SetDefaultBackgroundRequest>(schema, &example),
        4
    );
}

#[test]
fn get_push_stream_info_request() {
    let example = fixture_value("get-push-stream-info.request.json");
    // operator_id, operator_id_type, instanceid.
    let schema = schemas::GET_PUSH_STREAM_INFO_REQUEST;
    assert_eq!(
        each_missing_field_is_named::<GetPushStreamInfoRequest>(schema, &example),
        3
    );
}

#[test]
fn the_misspelt_wire_name_is_the_required_one() {
    // `enable_push_addres` is the documented wire name; the correctly spelt name is not accepted in its place.
    let mut example = fixture_value("set-live-stream-address.request.json");
    let entry = example["push_stream_info"][0].as_object_mut().unwrap();
    let flag = entry.remove("enable_push_addres").unwrap();
    entry.insert("enable_push_address".into(), flag);
    let message = serde_json::from_value::<SetLiveStreamAddressRequest>(example)
        .unwrap_err()
        .to_string();
    assert!(
        message.contains("missing field `enable_push_addres`"),
        "{message}"
    );
}

/// The service ignores fields it does not know (newer ones, say), and so do the models: a server built on them
/// (the mock) accepts what the service accepts.
#[test]
fn requests_ignore_unknown_fields() {
    let mut example = fixture_value("create-meeting.request.json");
    example["settings"]["a_setting_of_tomorrow"] = Value::from("cloud");
    example["a_field_of_tomorrow"] = Value::from("Shenzhen");
    let request: CreateMeetingRequest = serde_json::from_value(example).unwrap();
    assert_eq!(
        serde_json::to_value(&request).unwrap(),
        fixture_value("create-meeting.request.json")
    );
}

//! Helpers shared by the integration tests of wemeet-types.

use serde::de::DeserializeOwned;
use serde_json::Value;
use wemeet_types::{Rule, ValidationError};

/// The examples of the root type of an embedded schema (`wemeet_types::schemas::*`): the docs' own examples,
/// transcribed into the schemas.
pub fn examples(schema: &str) -> Vec<Value> {
    let document: Value = serde_json::from_str(schema).expect("an embedded schema is JSON");
    let root = document["$ref"]
        .as_str()
        .and_then(|r| r.strip_prefix("#/definitions/"))
        .expect("an embedded schema names its root");
    document["definitions"][root]["examples"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// The first example of the root type of an embedded schema.
pub fn example(schema: &str) -> Value {
    examples(schema)
        .into_iter()
        .next()
        .expect("the schema has an example")
}

/// The docs' example of the schema file `name` (e.g. `create-meeting.request.json`), from the embedded schemas.
pub fn fixture_value(name: &str) -> Value {
    use wemeet_types::schemas;
    let schema = match name {
        "create-meeting.request.json" => schemas::CREATE_MEETING_REQUEST,
        "create-meeting.response.json" => schemas::CREATE_MEETING_RESPONSE,
        "add-meeting-backgrounds.request.json" => schemas::ADD_MEETING_BACKGROUNDS_REQUEST,
        "add-meeting-backgrounds.response.json" => schemas::ADD_MEETING_BACKGROUNDS_RESPONSE,
        "set-live-stream-address.request.json" => schemas::SET_LIVE_STREAM_ADDRESS_REQUEST,
        "get-meeting.request.json" => schemas::GET_MEETING_REQUEST,
        "get-meeting.response.json" => schemas::GET_MEETING_RESPONSE,
        "cancel-meeting.request.json" => schemas::CANCEL_MEETING_REQUEST,
        "set-default-background.request.json" => schemas::SET_DEFAULT_BACKGROUND_REQUEST,
        "get-push-stream-info.request.json" => schemas::GET_PUSH_STREAM_INFO_REQUEST,
        "get-push-stream-info.response.json" => schemas::GET_PUSH_STREAM_INFO_RESPONSE,
        other => panic!("no example for {other}"),
    };
    example(schema)
}

/// [`fixture_value`] as JSON text.
pub fn fixture(name: &str) -> String {
    fixture_value(name).to_string()
}

/// The docs' example of an embedded schema, changed by `edit`, as its model.
pub fn edited_example<T: DeserializeOwned>(schema: &str, edit: impl FnOnce(&mut Value)) -> T {
    let mut body = example(schema);
    edit(&mut body);
    serde_json::from_value(body).expect("the edited example fits its model")
}

/// What `validate` answers for a request that breaks `rule` at `field`.
pub fn error(field: &str, rule: Rule) -> Result<(), ValidationError> {
    Err(ValidationError::new(field, rule))
}

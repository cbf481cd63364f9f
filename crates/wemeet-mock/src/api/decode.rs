//! Decoding a request body into its model, with errors (190004) that name the offending field.

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::api::error::ApiError;

/// The request of an endpoint that takes none (`()`), whatever was sent: the service ignores it.
pub(crate) fn nothing<T: DeserializeOwned>() -> Result<T, ApiError> {
    serde_json::from_value(Value::Null)
        .map_err(|error| ApiError::internal(format!("an endpoint without a request: {error}")))
}

/// Decodes a query string (a GET's request) into `T`; errors are 190004 naming what is wrong.
pub(crate) fn query<T: DeserializeOwned>(query: &str) -> Result<T, ApiError> {
    serde_urlencoded::from_str(query)
        .map_err(|error| ApiError::invalid_parameter(format!("invalid query string: {error}")))
}

/// Decodes `body` as one JSON value of type `T` and nothing after it, with the properties `schema` (the
/// request's embedded schema, parsed) marks `x-in: query` taken from `query`, and held to the JSON types of
/// `schema` when there is one.
///
/// Errors are 190004 and name the field by its path (`push_stream_info[0].platform_name`,
/// `push_stream_info[0].platform_type`): a missing field is named inside the object that lacks it, a wrong type
/// at the field itself.
pub(crate) fn json<T: DeserializeOwned>(
    body: &[u8],
    query: &str,
    schema: Option<&Value>,
) -> Result<T, ApiError> {
    let mut value: Value = serde_json::from_slice(body)
        .map_err(|error| ApiError::invalid_parameter(describe(".", &error)))?;
    if let Some(schema) = schema {
        add_query_properties(&mut value, query, schema)?;
        crate::api::wire_types::check(schema, &value)?;
    }
    serde_path_to_error::deserialize(value).map_err(|error| {
        let path = error.path().to_string();
        let inner = error.into_inner();
        ApiError::invalid_parameter(describe(&path, &inner))
    })
}

fn describe(path: &str, error: &serde_json::Error) -> String {
    use serde_json::error::Category;
    match error.classify() {
        Category::Io | Category::Syntax | Category::Eof => {
            format!("request body is not valid JSON: {error}")
        }
        Category::Data if path == "." => format!("invalid request body: {error}"),
        Category::Data => missing_field(error)
            .map(|field| format!("invalid parameter `{path}.{field}`: {error}"))
            .unwrap_or_else(|| format!("invalid parameter `{path}`: {error}")),
    }
}

/// Adds to the body's object each pair of `query` that names a property `schema`'s root marks `x-in: query`: as
/// text where the property is a string, else as the JSON the text spells (`5`, `true`), as the service reads it.
fn add_query_properties(value: &mut Value, query: &str, schema: &Value) -> Result<(), ApiError> {
    let Some(properties) = resolve(schema, schema)["properties"].as_object() else {
        return Ok(());
    };
    let in_query = |name: &str| {
        properties
            .get(name)
            .filter(|property| property["x-in"] == "query")
    };
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query)
        .map_err(|error| ApiError::invalid_parameter(format!("invalid query string: {error}")))?;
    for (name, text) in pairs {
        let Some(property) = in_query(&name) else {
            continue;
        };
        let Some(object) = value.as_object_mut() else {
            return Ok(());
        };
        let is_text = resolve(schema, property)["type"] == "string";
        let parsed = (!is_text)
            .then(|| serde_json::from_str(&text).ok())
            .flatten();
        object.insert(name, parsed.unwrap_or(Value::String(text)));
    }
    Ok(())
}

/// The definition `schema` refers to (`$ref`) in the self-contained `document`, or `schema` itself.
fn resolve<'a>(document: &'a Value, schema: &'a Value) -> &'a Value {
    schema["$ref"]
        .as_str()
        .and_then(|r| r.strip_prefix("#/definitions/"))
        .and_then(|name| document["definitions"].get(name))
        .unwrap_or(schema)
}

/// The field of a "missing field `x`" error, so that the message names its full path.
fn missing_field(error: &serde_json::Error) -> Option<String> {
    let text = error.to_string();
    let rest = text.strip_prefix("missing field `")?;
    Some(rest.split('`').next()?.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use wemeet_types::{CreateMeetingRequest, SetLiveStreamAddressRequest};

    fn message<T: DeserializeOwned + std::fmt::Debug>(body: &str) -> String {
        let error = json::<T>(body.as_bytes(), "", None).expect_err("the body is invalid");
        assert_eq!(error.code(), wemeet_types::ErrorCode::INVALID_PARAMETER);
        error.message().to_owned()
    }

    const SETTINGS: &str = r#"{"mute_enable_join":true,"allow_unmute_self":false,"participant_video":false,
        "enable_record":false,"play_ivr_on_leave":false,"live_url":false}"#;

    #[test]
    fn a_missing_top_level_field_is_named() {
        let body = format!(
            r#"{{"instanceid":1,"subject":"s","type":0,"start_time":"1","end_time":"2","settings":{SETTINGS}}}"#
        );
        let text = message::<CreateMeetingRequest>(&body);
        assert!(text.contains("`userid`"), "{text}");
    }

    #[test]
    fn a_missing_nested_field_is_named_with_its_path() {
        let body = r#"{"userid":"u","instanceid":1,"push_stream_info":[{"platform_type":1,
            "enable_push_addres":true,"push_address":"rtmp://x/","push_password":"p"}]}"#;
        let text = message::<SetLiveStreamAddressRequest>(body);
        assert!(
            text.contains("`push_stream_info[0].platform_name`"),
            "{text}"
        );
    }

    #[test]
    fn a_wrong_type_is_named_at_the_field() {
        let body = r#"{"userid":"u","instanceid":1,"push_stream_info":[{"platform_type":"one","platform_name":"YQ==",
            "enable_push_addres":true,"push_address":"rtmp://x/","push_password":"p"}]}"#;
        let text = message::<SetLiveStreamAddressRequest>(body);
        assert!(
            text.contains("`push_stream_info[0].platform_type`"),
            "{text}"
        );
    }

    #[test]
    fn malformed_json_and_trailing_data_are_invalid_parameters() {
        assert!(message::<SetLiveStreamAddressRequest>("{").contains("not valid JSON"));
        assert!(message::<SetLiveStreamAddressRequest>("").contains("not valid JSON"));
        let trailing = r#"{"userid":"u","instanceid":1,"push_stream_info":[]} x"#;
        assert!(message::<SetLiveStreamAddressRequest>(trailing).contains("trailing"));
    }
}

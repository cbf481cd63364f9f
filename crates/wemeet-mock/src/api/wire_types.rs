//! Holding a request to the documented wire types, as the service does: a timestamp the docs type as a string
//! must be a string, a code an integer, whatever the shared models also accept (they are lenient, to decode
//! whatever the service may send). The types are read from the request's embedded schema, so every endpoint of
//! the table is held to its own.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde_json::Value;
use wemeet_types::ENDPOINTS;

use crate::api::error::ApiError;

/// The embedded request schema of the endpoint named `endpoint`, parsed once for the life of the process.
///
/// Parsing it per request (a schema with its descriptions is tens of kilobytes of JSON) cost the mock two thirds
/// of its throughput.
pub(crate) fn request_schema(endpoint: &str) -> Option<&'static Value> {
    static PARSED: OnceLock<HashMap<&'static str, Value>> = OnceLock::new();
    PARSED
        .get_or_init(|| {
            ENDPOINTS
                .iter()
                .filter_map(|info| {
                    let schema = serde_json::from_str(info.request_schema?).ok()?;
                    Some((info.name, schema))
                })
                .collect()
        })
        .get(endpoint)
}

/// Checks `value` against the `type` keywords of the self-contained schema `document`; the error names the first
/// field whose JSON type differs.
pub(crate) fn check(document: &Value, value: &Value) -> Result<(), ApiError> {
    let mut path = String::new();
    walk(document, document, value, &mut path, 0)
}

/// How deep the schema is followed (a recursive schema stops there).
const MAX_DEPTH: usize = 32;

/// The value of the top-level property `name` of the request schema `document` given as `text` (a query parameter
/// or a form's text part, which carry text only), in the JSON type the schema documents: an integer, a number or
/// a boolean parsed from its text, anything else (a string, a code list of strings, a property the schema does not
/// list) the text itself. A text that does not parse is 190004 naming the property.
///
/// A boolean is `true` or `false` in any ASCII case: the official Python SDK writes a form's boolean as Python
/// prints it (`True`, `False`), and the mock is never stricter than what an official SDK sends.
pub(crate) fn typed_text(document: &Value, name: &str, text: &str) -> Result<Value, ApiError> {
    let expected = property(document, name).and_then(|schema| json_type(document, schema, 0));
    let parsed = match expected {
        Some("integer") => text
            .parse::<i64>()
            .map(Value::from)
            .or_else(|_| text.parse::<u64>().map(Value::from))
            .ok(),
        Some("number") => text
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number),
        Some("boolean") if text.eq_ignore_ascii_case("true") => Some(Value::Bool(true)),
        Some("boolean") if text.eq_ignore_ascii_case("false") => Some(Value::Bool(false)),
        Some("boolean") => None,
        _ => Some(Value::String(text.to_owned())),
    };
    parsed.ok_or_else(|| {
        ApiError::invalid_parameter(format!(
            "invalid parameter `{name}`: must be of JSON type {}, not {text:?}",
            expected.unwrap_or("string")
        ))
    })
}

/// The schema of the top-level property `name` of `document`, if the schema lists it.
pub(crate) fn property<'d>(document: &'d Value, name: &str) -> Option<&'d Value> {
    resolve(document, document, 0)?.get("properties")?.get(name)
}

/// `schema` with its `$ref`s followed within `document`.
fn resolve<'d>(document: &'d Value, schema: &'d Value, depth: usize) -> Option<&'d Value> {
    if depth > MAX_DEPTH {
        return None;
    }
    match schema
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix("#/definitions/"))
    {
        Some(name) => resolve(document, document.get("definitions")?.get(name)?, depth + 1),
        None => Some(schema),
    }
}

/// The JSON type `schema` documents (`$ref`s followed), if it names one.
fn json_type<'d>(document: &'d Value, schema: &'d Value, depth: usize) -> Option<&'d str> {
    resolve(document, schema, depth)?
        .get("type")
        .and_then(Value::as_str)
}

fn walk(
    document: &Value,
    schema: &Value,
    value: &Value,
    path: &mut String,
    depth: usize,
) -> Result<(), ApiError> {
    if depth > MAX_DEPTH {
        return Ok(());
    }
    if let Some(target) = schema
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix("#/definitions/"))
        .and_then(|name| document.get("definitions")?.get(name))
    {
        return walk(document, target, value, path, depth + 1);
    }
    // A choice of forms (a user given by id or as an object): any form will do, the models decode them.
    if schema.get("oneOf").is_some() {
        return Ok(());
    }
    if let Some(expected) = schema.get("type").and_then(Value::as_str) {
        let matches = match expected {
            "string" => value.is_string(),
            "integer" => value.is_i64() || value.is_u64(),
            "number" => value.is_number(),
            "boolean" => value.is_boolean(),
            "array" => value.is_array(),
            "object" => value.is_object(),
            _ => true,
        };
        if !matches {
            let field = if path.is_empty() {
                "the request body"
            } else {
                path.as_str()
            };
            return Err(ApiError::invalid_parameter(format!(
                "invalid parameter `{field}`: must be of JSON type {expected}"
            )));
        }
    }
    match value {
        Value::Object(fields) => {
            let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
                return Ok(());
            };
            for (name, field) in fields {
                if let Some(property) = properties.get(name) {
                    let length = path.len();
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(name);
                    walk(document, property, field, path, depth + 1)?;
                    path.truncate(length);
                }
            }
            Ok(())
        }
        Value::Array(items) => {
            let Some(item_schema) = schema.get("items") else {
                return Ok(());
            };
            for (index, item) in items.iter().enumerate() {
                let length = path.len();
                path.push_str(&format!("[{index}]"));
                walk(document, item_schema, item, path, depth + 1)?;
                path.truncate(length);
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;
    use wemeet_types::{ErrorCode, schemas};

    use super::*;

    fn create_meeting() -> Value {
        serde_json::from_str(schemas::CREATE_MEETING_REQUEST).unwrap()
    }

    #[test]
    fn every_request_schema_of_the_table_parses_once_and_is_found_by_name() {
        for info in ENDPOINTS {
            assert_eq!(
                request_schema(info.name).is_some(),
                info.request_schema.is_some(),
                "{}",
                info.name
            );
        }
        assert_eq!(
            request_schema(<wemeet_types::CreateMeeting as wemeet_types::Endpoint>::NAME),
            Some(&create_meeting())
        );
        assert!(request_schema("no-such-endpoint").is_none());
    }

    #[test]
    fn a_boolean_text_is_read_in_any_case_and_nothing_else_passes_as_one() {
        let document = json!({"properties": {"ai_record": {"type": "boolean"}}});
        for (text, expected) in [
            ("true", true),
            ("True", true),
            ("FALSE", false),
            ("False", false),
        ] {
            assert_eq!(
                typed_text(&document, "ai_record", text).unwrap(),
                Value::Bool(expected),
                "{text}"
            );
        }
        for text in ["1", "yes", "None", ""] {
            let error = typed_text(&document, "ai_record", text).unwrap_err();
            assert!(
                error.message().contains("ai_record"),
                "{text}: {}",
                error.message()
            );
            assert_eq!(error.code(), ErrorCode::INVALID_PARAMETER, "{text}");
        }
    }

    #[test]
    fn documented_types_are_held_and_named() {
        let mut body = json!({
            "userid": "u", "instanceid": 1, "subject": "s", "type": 0,
            "start_time": "1", "end_time": "2", "hosts": ["a", {"userid": "b"}],
            "settings": {"mute_enable_join": true}
        });
        assert!(check(&create_meeting(), &body).is_ok());
        body["start_time"] = json!(1);
        let error = check(&create_meeting(), &body).unwrap_err();
        assert!(
            error.message().contains("`start_time`"),
            "{}",
            error.message()
        );
        body["start_time"] = json!("1");
        body["settings"]["mute_enable_join"] = json!("yes");
        let error = check(&create_meeting(), &body).unwrap_err();
        assert!(
            error.message().contains("`settings.mute_enable_join`"),
            "{}",
            error.message()
        );
    }

    #[test]
    fn unknown_fields_are_not_checked() {
        let body = json!({"userid": "u", "newer_field": [1, 2]});
        assert!(check(&create_meeting(), &body).is_ok());
    }
}

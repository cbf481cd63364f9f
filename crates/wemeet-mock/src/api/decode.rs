//! Decoding a request into its model, whatever form it arrived in, with errors (190004) that name the offending
//! field.
//!
//! A request's fields arrive in the query string (on any method), in a JSON body, in both (the properties a body
//! schema marks `x-in: query`), or in a multipart form's parts (the record uploads). [`request`] gathers them into
//! one JSON object, each text value (a query parameter, a form's text part) in the JSON type its schema documents
//! and the file part as the base64 string that is an [`Upload`](wemeet_types::Upload)'s JSON form, then decodes the
//! model from it; [`placement`] then checks that each field travelled where the model sends it.

use std::collections::BTreeSet;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};
use wemeet_types::{Encoded, FormPart as EncodedPart};

use crate::api::error::ApiError;
use crate::api::form::FormPart;
use crate::api::wire_types;

/// What arrived: the query string, the body, and the form's parts when the body is a multipart form.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Received<'a> {
    /// The query string without `?` (empty for none).
    pub(crate) query: &'a str,
    /// The body as received (not read as JSON when `form` is given).
    pub(crate) body: &'a [u8],
    /// The parts of a multipart form.
    pub(crate) form: Option<&'a [FormPart]>,
}

/// The names of the fields that arrived in each place, for [`placement`].
#[derive(Debug, Default)]
pub(crate) struct Arrival {
    query: Vec<String>,
    body: Vec<String>,
    form: Vec<String>,
    multipart: bool,
}

/// Decodes the request `received` into `T`, held to the JSON types of `schema` (the request's embedded schema,
/// parsed) when there is one.
///
/// Errors are 190004 and name the field by its path (`settings.mute_enable_join`,
/// `push_stream_info[0].platform_type`): a missing field is named inside the object that lacks it, a wrong type
/// at the field itself; a field given twice (twice in the query, or in the query and the body) is refused.
pub(crate) fn request<T: DeserializeOwned>(
    schema: Option<&Value>,
    received: Received<'_>,
) -> Result<(T, Arrival), ApiError> {
    let mut fields = Map::new();
    let mut arrival = Arrival {
        multipart: received.form.is_some(),
        ..Arrival::default()
    };
    for (name, text) in query_pairs(received.query)? {
        let value = text_value(schema, &name, &text)?;
        insert(&mut fields, &name, value, "the query string")?;
        arrival.query.push(name);
    }
    if let Some(parts) = received.form {
        for part in parts {
            let value = part_value(schema, part)?;
            insert(&mut fields, &part.name, value, "the form")?;
            arrival.form.push(part.name.clone());
        }
    } else if !received.body.iter().all(u8::is_ascii_whitespace) {
        for (name, value) in json_object(received.body)? {
            insert(&mut fields, &name, value, "the body")?;
            arrival.body.push(name);
        }
    }
    let value = if schema.is_none() && fields.is_empty() {
        Value::Null
    } else {
        Value::Object(fields)
    };
    if let Some(schema) = schema {
        wire_types::check(schema, &value)?;
    }
    let decoded = serde_path_to_error::deserialize(value).map_err(|error| {
        let path = error.path().to_string();
        let inner = error.into_inner();
        ApiError::invalid_parameter(describe(&path, &inner))
    })?;
    Ok((decoded, arrival))
}

/// Checks that every field arrived where the model sends it (`encoded`, the decoded request encoded again by its
/// generated `EncodeRequest`): a multipart form for an upload and only there, a query parameter in the query
/// string, a body field in the body. A field the model does not know is not checked.
pub(crate) fn placement(encoded: &Encoded, arrival: &Arrival) -> Result<(), ApiError> {
    if encoded.form.is_some() != arrival.multipart {
        return Err(ApiError::invalid_parameter(if arrival.multipart {
            "this endpoint does not take a multipart form"
        } else {
            "this endpoint takes a multipart form (Content-Type: multipart/form-data)"
        }));
    }
    let query: BTreeSet<String> = encoded
        .query
        .as_deref()
        .and_then(|query| query_pairs(query).ok())
        .unwrap_or_default()
        .into_iter()
        .map(|(name, _)| name)
        .collect();
    let body: BTreeSet<String> = serde_json::from_slice::<Map<String, Value>>(&encoded.body)
        .map(|object| object.into_iter().map(|(name, _)| name).collect())
        .unwrap_or_default();
    let form: BTreeSet<String> = encoded
        .form
        .iter()
        .flat_map(|form| form.parts())
        .filter_map(|part| match part {
            EncodedPart::Text { name, .. } | EncodedPart::File { name, .. } => Some(name.clone()),
            _ => None,
        })
        .collect();
    let expected = [
        ("the query string", query),
        ("the JSON body", body),
        ("the form", form),
    ];
    let arrived = [&arrival.query, &arrival.body, &arrival.form];
    for ((place, _), names) in expected.iter().zip(arrived) {
        for name in names {
            let belongs: Vec<&str> = expected
                .iter()
                .filter(|(_, names)| names.contains(name))
                .map(|(other, _)| *other)
                .collect();
            if !belongs.is_empty() && !belongs.contains(place) {
                return Err(ApiError::invalid_parameter(format!(
                    "invalid parameter `{name}`: it travels in {}, not in {place}",
                    belongs.join(" and ")
                )));
            }
        }
    }
    Ok(())
}

/// The pairs of a query string, percent-decoded, in order.
fn query_pairs(query: &str) -> Result<Vec<(String, String)>, ApiError> {
    serde_urlencoded::from_str(query)
        .map_err(|error| ApiError::invalid_parameter(format!("invalid query string: {error}")))
}

/// A text value (a query parameter, a form's text part) in the JSON type its schema documents.
fn text_value(schema: Option<&Value>, name: &str, text: &str) -> Result<Value, ApiError> {
    match schema {
        Some(schema) => wire_types::typed_text(schema, name, text),
        None => Ok(Value::String(text.to_owned())),
    }
}

/// A form part's value: the file part (`x-form-file`) as the base64 string of its bytes, a text part as UTF-8 text
/// in its documented JSON type.
fn part_value(schema: Option<&Value>, part: &FormPart) -> Result<Value, ApiError> {
    let is_file = schema
        .and_then(|schema| wire_types::property(schema, &part.name))
        .and_then(|property| property.get("x-form-file"))
        .and_then(Value::as_bool)
        .unwrap_or(false);
    if is_file {
        return Ok(Value::String(STANDARD.encode(&part.bytes)));
    }
    let text = std::str::from_utf8(&part.bytes).map_err(|_| {
        ApiError::invalid_parameter(format!(
            "invalid parameter `{}`: a text part of the form must be UTF-8",
            part.name
        ))
    })?;
    text_value(schema, &part.name, text)
}

fn insert(
    fields: &mut Map<String, Value>,
    name: &str,
    value: Value,
    place: &str,
) -> Result<(), ApiError> {
    if fields.contains_key(name) {
        return Err(ApiError::invalid_parameter(format!(
            "invalid parameter `{name}`: given twice (again in {place})"
        )));
    }
    fields.insert(name.to_owned(), value);
    Ok(())
}

/// Reads `body` as one JSON object and nothing after it.
pub(crate) fn json_object(body: &[u8]) -> Result<Map<String, Value>, ApiError> {
    let value: Value = serde_json::from_slice(body)
        .map_err(|error| ApiError::invalid_parameter(describe(".", &error)))?;
    match value {
        Value::Object(fields) => Ok(fields),
        other => Err(ApiError::invalid_parameter(format!(
            "invalid request body: a JSON object is expected, not {}",
            json_kind(&other)
        ))),
    }
}

fn json_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
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

/// The field of a "missing field `x`" error, so that the message names its full path.
fn missing_field(error: &serde_json::Error) -> Option<String> {
    let text = error.to_string();
    let rest = text.strip_prefix("missing field `")?;
    Some(rest.split('`').next()?.to_owned())
}

#[cfg(test)]
mod tests {
    use bytes::Bytes;
    use wemeet_types::users::DeleteUserRequest;
    use wemeet_types::{
        CreateMeetingRequest, EncodeRequest, Endpoint, SetLiveStreamAddressRequest,
    };

    use super::*;

    fn schema_of<E: Endpoint>() -> Option<&'static Value> {
        wire_types::request_schema(E::NAME)
    }

    fn body(body: &str) -> Received<'_> {
        Received {
            query: "",
            body: body.as_bytes(),
            form: None,
        }
    }

    fn message<T: DeserializeOwned + std::fmt::Debug>(received: Received<'_>) -> String {
        let error = request::<T>(None, received).expect_err("the request is invalid");
        assert_eq!(error.code(), wemeet_types::ErrorCode::INVALID_PARAMETER);
        error.message().to_owned()
    }

    /// Decodes `received` as `E`'s request and checks where each field arrived.
    fn decode<E: Endpoint>(received: Received<'_>) -> Result<E::Request, ApiError> {
        let (decoded, arrival) = request::<E::Request>(schema_of::<E>(), received)?;
        placement(&decoded.encode().expect("encodes"), &arrival)?;
        Ok(decoded)
    }

    #[test]
    fn a_missing_top_level_field_is_named() {
        let text = message::<CreateMeetingRequest>(body(
            r#"{"instanceid":1,"subject":"s","type":0,"start_time":"1","end_time":"2"}"#,
        ));
        assert!(text.contains("`userid`"), "{text}");
    }

    #[test]
    fn a_missing_nested_field_is_named_with_its_path() {
        let text = message::<SetLiveStreamAddressRequest>(body(
            r#"{"userid":"u","instanceid":1,"push_stream_info":[{"platform_type":1}]}"#,
        ));
        assert!(text.contains("`push_stream_info[0]."), "{text}");
    }

    #[test]
    fn a_wrong_type_is_named_at_the_field() {
        let text = message::<SetLiveStreamAddressRequest>(body(
            r#"{"userid":"u","instanceid":1,"push_stream_info":[{"platform_type":"one","platform_name":"YQ==",
            "enable_push_addres":true,"push_address":"rtmp://x/","push_password":"p"}]}"#,
        ));
        assert!(
            text.contains("`push_stream_info[0].platform_type`"),
            "{text}"
        );
    }

    #[test]
    fn malformed_json_trailing_data_and_non_objects_are_invalid_parameters() {
        let text = |body: &str| {
            json_object(body.as_bytes())
                .unwrap_err()
                .message()
                .to_owned()
        };
        assert!(text("{").contains("not valid JSON"));
        assert!(text("").contains("not valid JSON"));
        assert!(text(r#"{"userid":"u"} x"#).contains("trailing"));
        assert!(text("[1]").contains("not an array"));
    }

    #[test]
    fn a_query_on_a_delete_decodes_in_the_documented_types() {
        use wemeet_types::users::DeleteUser;
        let request = decode::<DeleteUser>(Received {
            query: "operator_id=admin&operator_id_type=1",
            body: b"",
            form: None,
        })
        .expect("a query-only DELETE");
        assert_eq!(
            request,
            DeleteUserRequest::builder()
                .operator_id("admin")
                .operator_id_type(1)
                .build()
        );
        let error = decode::<DeleteUser>(Received {
            query: "operator_id=admin&operator_id_type=one",
            body: b"",
            form: None,
        })
        .unwrap_err();
        assert!(
            error
                .message()
                .contains("`operator_id_type`: must be of JSON type integer"),
            "{}",
            error.message()
        );
    }

    #[test]
    fn fields_marked_x_in_query_are_merged_with_the_body() {
        use wemeet_types::records::SetRecordTransfer;
        let request = decode::<SetRecordTransfer>(Received {
            query: "meeting_id=m1&meeting_record_id=r1",
            body: br#"{"operator_id":"admin","operator_id_type":1,"instanceid":1}"#,
            form: None,
        })
        .expect("query and body together");
        assert_eq!(
            (
                request.meeting_id.as_str(),
                request.meeting_record_id.as_str()
            ),
            ("m1", "r1")
        );
        assert_eq!(request.operator_id, "admin");
        let encoded = request.encode().unwrap();
        assert_eq!(
            encoded.query.as_deref(),
            Some("meeting_id=m1&meeting_record_id=r1")
        );
    }

    #[test]
    fn a_field_in_the_wrong_place_or_given_twice_is_named() {
        use wemeet_types::records::SetRecordTransfer;
        use wemeet_types::users::DeleteUser;
        let misplaced = decode::<SetRecordTransfer>(Received {
            query: "meeting_record_id=r1",
            body:
                br#"{"meeting_id":"m1","operator_id":"admin","operator_id_type":1,"instanceid":1}"#,
            form: None,
        })
        .unwrap_err();
        assert_eq!(
            misplaced.message(),
            "invalid parameter `meeting_id`: it travels in the query string, not in the JSON body"
        );
        let in_body = decode::<DeleteUser>(body(r#"{"operator_id":"admin","operator_id_type":1}"#))
            .unwrap_err();
        assert!(
            in_body.message().contains("travels in the query string"),
            "{}",
            in_body.message()
        );
        let twice = decode::<SetRecordTransfer>(Received {
            query: "meeting_id=m1&meeting_record_id=r1",
            body:
                br#"{"meeting_id":"m2","operator_id":"admin","operator_id_type":1,"instanceid":1}"#,
            form: None,
        })
        .unwrap_err();
        assert!(
            twice.message().contains("`meeting_id`: given twice"),
            "{}",
            twice.message()
        );
    }

    fn upload_form(file: &'static [u8]) -> Vec<FormPart> {
        let text = |name: &str, value: &str| FormPart {
            name: name.to_owned(),
            file_name: None,
            bytes: Bytes::copy_from_slice(value.as_bytes()),
        };
        vec![
            text("operator_id", "tester"),
            text("operator_id_type", "1"),
            text("file_name", "dGVzdC5tcDQ="),
            text("file_type", "video"),
            text("file_size", "11"),
            text("file_checksum", "5eb63bbbe01eeed093cb22bb8f5acdc3"),
            FormPart {
                name: "file_content".to_owned(),
                file_name: Some("test.mp4".to_owned()),
                bytes: Bytes::from_static(file),
            },
            text("speak_number", "2"),
            text("ai_record", "true"),
        ]
    }

    #[test]
    fn a_multipart_form_decodes_its_text_parts_and_its_file() {
        use wemeet_types::records::UploadRecordFile;
        let parts = upload_form(b"hello world");
        let request = decode::<UploadRecordFile>(Received {
            query: "",
            body: b"(the form)",
            form: Some(&parts),
        })
        .expect("a well-formed upload");
        assert_eq!(request.file_content.bytes(), Some(&b"hello world"[..]));
        assert_eq!(
            (request.file_size, request.speak_number, request.ai_record),
            (11, 2, Some(true))
        );
        assert_eq!(request.operator_id, "tester");
        let encoded = request.encode().expect("encodes");
        assert!(encoded.form.is_some() && encoded.body.is_empty());
    }

    #[test]
    fn an_upload_must_be_a_form_and_a_form_only_an_upload() {
        use wemeet_types::records::UploadRecordFile;
        let as_json = decode::<UploadRecordFile>(body(
            r#"{"operator_id":"tester","operator_id_type":1,"file_name":"dGVzdC5tcDQ=","file_type":"video",
            "file_size":1,"file_checksum":"5eb63bbbe01eeed093cb22bb8f5acdc3","file_content":"eA==","speak_number":2}"#,
        ))
        .unwrap_err();
        assert_eq!(
            as_json.message(),
            "this endpoint takes a multipart form (Content-Type: multipart/form-data)"
        );
        let parts = upload_form(b"x");
        let error = decode::<wemeet_types::users::DeleteUser>(Received {
            query: "",
            body: b"",
            form: Some(&parts[..2]),
        })
        .unwrap_err();
        assert_eq!(
            error.message(),
            "this endpoint does not take a multipart form"
        );
        let mut bad = upload_form(b"x");
        bad[4].bytes = Bytes::from_static(b"eleven");
        let error = decode::<UploadRecordFile>(Received {
            query: "",
            body: b"",
            form: Some(&bad),
        })
        .unwrap_err();
        assert!(
            error
                .message()
                .contains("`file_size`: must be of JSON type integer"),
            "{}",
            error.message()
        );
    }
}

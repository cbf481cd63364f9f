//! The hand-written types (`UnixSeconds`, `User`) against the schema definitions naming them with `x-rust-type`.
//!
//! The generator uses only the name of such a type; the rest of its definition describes the wire form the
//! type's hand-written code reads and writes (a timestamp as a string of digits, a user as a string or an
//! object). This snapshot pins those definitions: an edit of one fails here, and is the moment to revisit the
//! type (its behaviour is tested in `users.rs` and the `UnixSeconds` unit tests) before accepting the snapshot.

use std::collections::BTreeMap;

use serde_json::Value;
use wemeet_types::{ENDPOINTS, schemas};

/// Every definition of the embedded schemas carrying `x-rust-type`, by name, with what it references.
fn hand_written_definitions() -> BTreeMap<String, Value> {
    let documents = ENDPOINTS
        .iter()
        .flat_map(|e| [e.path_schema, e.request_schema, e.response_schema])
        .flatten()
        .chain([schemas::ERROR_RESPONSE]);
    let mut found = BTreeMap::new();
    for text in documents {
        let document: Value = serde_json::from_str(text).unwrap();
        let definitions = document["definitions"].as_object().unwrap();
        for (name, definition) in definitions {
            if definition.get("x-rust-type").is_some() {
                found.insert(name.clone(), definition.clone());
                // What the definition refers to is part of its wire form (`User` names `UserObj`).
                for referenced in references(definition) {
                    found.insert(referenced.clone(), definitions[&referenced].clone());
                }
            }
        }
    }
    found
}

fn references(value: &Value) -> Vec<String> {
    match value {
        Value::Object(object) => object
            .iter()
            .flat_map(|(key, value)| match (key.as_str(), value) {
                ("$ref", Value::String(target)) => target
                    .strip_prefix("#/definitions/")
                    .map(str::to_owned)
                    .into_iter()
                    .collect(),
                _ => references(value),
            })
            .collect(),
        Value::Array(items) => items.iter().flat_map(references).collect(),
        _ => Vec::new(),
    }
}

#[test]
fn the_hand_written_types_match_the_definitions_they_were_written_for() {
    let definitions = hand_written_definitions();
    assert!(definitions.contains_key("UnixSeconds") && definitions.contains_key("User"));
    // Keys sorted: serde_json keeps them in document order when another crate of the build enables
    // `preserve_order`, and in sorted order otherwise.
    insta::with_settings!({ sort_maps => true }, {
        insta::assert_json_snapshot!(definitions);
    });
}

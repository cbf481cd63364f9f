//! Turns the bundle into typify's input: the type-shaping part of each schema, without the limits.
//!
//! Limits (`pattern`, `maxLength`, `minimum`, ...) are checked by the hand-written validation of
//! `wemeet-types`, not by constrained newtypes: typify would otherwise turn every limited string into its own
//! type. `x-rust-name` is consumed by the generator; `x-rust-type` stays, for typify to use the named type.

use std::collections::BTreeMap;

use anyhow::{Context, Result};
use schemars::schema::Schema;
use serde_json::Value;

use super::bundle::Bundle;

/// Keywords that only limit values and do not change the shape of the Rust type.
pub const LIMIT_KEYWORDS: &[&str] = &[
    "pattern",
    "minLength",
    "maxLength",
    "format",
    "contentEncoding",
    "contentMediaType",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minItems",
    "maxItems",
    "uniqueItems",
];

/// The extension naming the Rust field of a property whose wire name is not a good Rust name.
pub const RUST_NAME: &str = "x-rust-name";
/// The extension marking a property whose value is a credential: it never shows in `Debug` output.
pub const SENSITIVE: &str = "x-sensitive";
/// typify's extension naming the Rust type of a schema.
pub const RUST_TYPE: &str = "x-rust-type";

/// Typify's input: each definition with its limits removed.
pub fn definitions(bundle: &Bundle) -> Result<Vec<(String, Schema)>> {
    bundle
        .definitions
        .iter()
        .map(|(name, definition)| {
            let mut schema = definition.schema.clone();
            if schema.get(RUST_TYPE).is_some() {
                // typify uses the named type and ignores the rest; keep only what it reads.
                schema = shape_of_named_type(&schema);
            } else {
                strip_limits(&mut schema);
            }
            let schema: Schema = serde_json::from_value(schema).with_context(|| {
                format!(
                    "`{name}` of {} is not a schema typify reads",
                    definition.file
                )
            })?;
            Ok((name.clone(), schema))
        })
        .collect()
}

fn shape_of_named_type(schema: &Value) -> Value {
    let mut kept = serde_json::Map::new();
    for keyword in ["title", "description", RUST_TYPE] {
        if let Some(value) = schema.get(keyword) {
            kept.insert(keyword.to_owned(), value.clone());
        }
    }
    Value::Object(kept)
}

fn strip_limits(value: &mut Value) {
    match value {
        Value::Object(object) => {
            let shape_only = object.get(RUST_TYPE).is_some();
            if shape_only {
                *value = shape_of_named_type(value);
                return;
            }
            object.retain(|key, _| {
                !LIMIT_KEYWORDS.contains(&key.as_str()) && key != RUST_NAME && key != SENSITIVE
            });
            for (key, child) in object.iter_mut() {
                if !["const", "default", "enum", "examples"].contains(&key.as_str()) {
                    strip_limits(child);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(strip_limits),
        _ => {}
    }
}

/// What the generator needs to know of each property of an object definition, in schema order.
#[derive(Debug, Clone)]
pub struct Property {
    /// The name on the wire.
    pub wire_name: String,
    /// The Rust field name asked for with `x-rust-name`, if any.
    pub rust_name: Option<String>,
    /// Whether the schema lists it in `required`.
    pub required: bool,
    /// Whether the value is a credential (`x-sensitive: true`), hidden from `Debug`.
    pub sensitive: bool,
    /// The documented limits, in words, for the field's doc comment.
    pub limits: Vec<String>,
}

/// An object definition: a Rust struct.
#[derive(Debug, Clone)]
pub struct ObjectDefinition {
    /// The file defining it.
    pub file: String,
    /// Its properties.
    pub properties: Vec<Property>,
    /// Whether unknown properties are rejected (`additionalProperties: false`).
    pub closed: bool,
}

/// The object definitions of the bundle, by name.
pub fn objects(bundle: &Bundle) -> BTreeMap<String, ObjectDefinition> {
    let mut objects = BTreeMap::new();
    for (name, definition) in &bundle.definitions {
        let schema = &definition.schema;
        let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
            continue;
        };
        let required: Vec<&str> = schema
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let properties = properties
            .iter()
            .map(|(wire_name, property)| Property {
                wire_name: wire_name.clone(),
                rust_name: property
                    .get(RUST_NAME)
                    .and_then(Value::as_str)
                    .map(str::to_owned),
                required: required.contains(&wire_name.as_str()),
                sensitive: property.get(SENSITIVE) == Some(&Value::Bool(true)),
                limits: limits_in_words(property, bundle),
            })
            .collect();
        let closed = schema.get("additionalProperties") == Some(&Value::Bool(false));
        objects.insert(
            name.clone(),
            ObjectDefinition {
                file: definition.file.clone(),
                properties,
                closed,
            },
        );
    }
    objects
}

/// The limits of a property in words, e.g. "at most 128 characters". Limits of a referenced definition count.
fn limits_in_words(property: &Value, bundle: &Bundle) -> Vec<String> {
    let mut words = Vec::new();
    let mut describe = |schema: &Value| {
        let number = |k: &str| schema.get(k).map(Value::to_string);
        if let Some(n) = number("minLength") {
            words.push(format!("at least {n} characters (`minLength`)"));
        }
        if let Some(n) = number("maxLength") {
            words.push(format!("at most {n} characters (`maxLength`)"));
        }
        if let Some(p) = schema.get("pattern").and_then(Value::as_str) {
            words.push(format!("matches `{p}` (`pattern`)"));
        }
        if let Some(f) = schema.get("format").and_then(Value::as_str) {
            words.push(format!("format `{f}`"));
        }
        if let Some(e) = schema.get("contentEncoding").and_then(Value::as_str) {
            words.push(format!("{e}-encoded (`contentEncoding`)"));
        }
        if let Some(n) = number("minimum") {
            words.push(format!("at least {n} (`minimum`)"));
        }
        if let Some(n) = number("maximum") {
            words.push(format!("at most {n} (`maximum`)"));
        }
        if let Some(n) = number("minItems") {
            words.push(format!("at least {n} items (`minItems`)"));
        }
        if let Some(n) = number("maxItems") {
            words.push(format!("at most {n} items (`maxItems`)"));
        }
        if let Some(d) = schema.get("default") {
            words.push(format!("documented default `{d}`"));
        }
    };
    describe(property);
    if let Some(name) = property
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix("#/definitions/"))
        && let Some(definition) = bundle.definitions.get(name)
    {
        describe(&definition.schema);
    }
    words
}

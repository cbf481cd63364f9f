//! A definition of the bundle: an object (a generated struct), a hand-written type, or neither.

use anyhow::{Context, Result, bail};
use serde_json::{Map, Value};

use super::rules::{ImageLimits, Keywords, Rules};
use crate::codegen::bundle::Bundle;

/// One named definition.
#[derive(Debug, Clone)]
pub struct Model {
    /// The definition's name: the Rust type's name.
    pub name: String,
    /// The schema file defining it.
    pub file: String,
    /// Its description.
    pub description: Option<String>,
    /// The first entry of its `examples` (the docs' own example), if it has one.
    pub example: Option<Value>,
    /// What it is.
    pub shape: Shape,
}

/// What a definition is.
#[derive(Debug, Clone)]
pub enum Shape {
    /// An object: typify generates its struct, the generators add the rest.
    Object(Object),
    /// A hand-written type named with `x-rust-type` (a timestamp, a user reference).
    Named {
        /// The type's path, `wemeet_types::X`.
        path: String,
        /// Whether its schema holds rules (or references) that its hand-written validation checks.
        validated: bool,
    },
    /// A code list: an `anyOf` of documented codes (`const` and `title`) and one `Other` branch for the codes the
    /// docs do not list. Generated as an enum of the model's name.
    CodeList(CodeList),
    /// A `oneOf` of forms the service sends for one value (a user ID string or a user object; an ID as a string
    /// or a number): typify's untagged enum, a variant per form, each named by its branch's `title`.
    Union(Vec<UnionBranch>),
    /// Anything else (typify's business).
    Other,
}

/// One form of a [`Shape::Union`].
#[derive(Debug, Clone)]
pub struct UnionBranch {
    /// The variant's name (the branch's `title`).
    pub title: String,
    /// The form's type.
    pub ty: Ty,
    /// Whether a string form must not be empty (`minLength: 1`).
    pub non_empty: bool,
    /// What the form is (the branch's `description`).
    pub description: Option<String>,
}

/// An object definition.
#[derive(Debug, Clone)]
pub struct Object {
    /// The properties, in schema order.
    pub properties: Vec<Property>,
    /// `x-keep-unknown`: fields the schema does not list are kept (in `extra`), not dropped.
    pub keep_unknown: bool,
    /// `x-image-limits`: what the image a value of this model points to must be.
    pub image_limits: Option<ImageLimits>,
    /// `x-event`: the name of the event callback whose `payload` items this model describes (`meeting.created`).
    pub event: Option<String>,
    /// `x-accessors`: methods returning the values a caller needs next, `(method name, path)`; the path is
    /// property names joined by `.`, each optionally followed by `[0]` (the first item of a list).
    pub accessors: Vec<(String, String)>,
}

/// One property of an object.
#[derive(Debug, Clone)]
pub struct Property {
    /// The name on the wire.
    pub wire_name: String,
    /// The Rust field name (`x-rust-name`, else the wire name).
    pub rust_name: String,
    /// Its description.
    pub description: Option<String>,
    /// Whether the object's `required` lists it.
    pub required: bool,
    /// `x-sensitive`: a credential, never shown by `Debug`.
    pub sensitive: bool,
    /// Its type.
    pub ty: Ty,
    /// Its documented rules.
    pub rules: Rules,
    /// Its documented default (`default`).
    pub default: Option<Value>,
    /// `x-in: query`: a property of a JSON-body request that travels in the query string.
    pub in_query: bool,
    /// `x-form-file`: the file part of a multipart request.
    pub form_file: bool,
    /// `format: uint64`: an integer whose Rust type is `u64`.
    pub uint64: bool,
}

/// The type of a property.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ty {
    /// A string.
    String,
    /// An integer.
    Integer,
    /// A boolean.
    Boolean,
    /// A list of values of a type.
    Array(Box<Ty>),
    /// A definition of the bundle, by name.
    Model(String),
    /// A hand-written type named inline with `x-rust-type` (its path).
    Named(String),
    /// Anything.
    Any,
}

/// The documented codes of a code list.
#[derive(Debug, Clone)]
pub struct CodeList {
    /// Whether the codes are integers or strings.
    pub kind: CodeKind,
    /// Each documented code.
    pub values: Vec<CodeValue>,
    /// The description of the `Other` branch.
    pub other: String,
}

/// What the codes of a code list are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeKind {
    /// Integers from 0 to `u32::MAX` (`Other(u32)`).
    Integer,
    /// Non-empty strings (`Other(String)`).
    String,
}

impl CodeKind {
    fn what(self) -> &'static str {
        match self {
            CodeKind::Integer => "an integer from 0 to 4294967295",
            CodeKind::String => "a non-empty string",
        }
    }
}

/// One documented code of a code list.
#[derive(Debug, Clone)]
pub struct CodeValue {
    /// The code (an integer or a string).
    pub value: Value,
    /// The Rust variant's name.
    pub title: String,
    /// What the code means (the variant's doc and its label).
    pub description: String,
    /// `x-max-per-account`: how many entries of this kind one account may hold.
    pub max_per_account: Option<u64>,
}

impl Model {
    /// Reads the definition `name` of `file`.
    pub fn parse(name: &str, file: &str, schema: &Value, bundle: &Bundle) -> Result<Self> {
        let object = schema
            .as_object()
            .context("a definition must be an object")?;
        let description = object
            .get("description")
            .and_then(Value::as_str)
            .map(str::to_owned);
        let shape = if let Some(rust_type) = object.get("x-rust-type") {
            // The keywords describe the wire form the hand-written type reads and writes; they must still be
            // keywords the generator knows.
            check_keywords(object).with_context(|| format!("the hand-written type `{name}`"))?;
            Shape::Named {
                path: rust_type_path(rust_type)?,
                validated: holds_rules(schema),
            }
        } else if let Some(list) =
            code_list(object).with_context(|| format!("the code list `{name}`"))?
        {
            Shape::CodeList(list)
        } else if object.get("properties").is_some() {
            Shape::Object(parse_object(object, bundle)?)
        } else if let Some(branches) = object.get("oneOf") {
            Shape::Union(
                union(object, branches, bundle).with_context(|| format!("the union `{name}`"))?,
            )
        } else {
            Shape::Other
        };
        Ok(Model {
            name: name.to_owned(),
            file: file.to_owned(),
            description,
            example: object
                .get("examples")
                .and_then(|examples| examples.get(0))
                .cloned(),
            shape,
        })
    }

    /// The object, when the model is one.
    pub fn object(&self) -> Option<&Object> {
        match &self.shape {
            Shape::Object(object) => Some(object),
            _ => None,
        }
    }
}

/// The branches of a `oneOf` definition: each a string, an integer or a reference, titled (the variant's name).
fn union(
    object: &Map<String, Value>,
    branches: &Value,
    bundle: &Bundle,
) -> Result<Vec<UnionBranch>> {
    for key in object.keys() {
        if !matches!(
            key.as_str(),
            "title" | "description" | "oneOf" | "$comment" | "examples"
        ) {
            bail!("unknown keyword `{key}` beside a union's `oneOf`");
        }
    }
    let branches = branches.as_array().context("`oneOf` must be a list")?;
    if branches.len() < 2 {
        bail!("a union needs at least two forms");
    }
    branches
        .iter()
        .map(|branch| {
            let branch = branch
                .as_object()
                .context("a `oneOf` branch is an object")?;
            for key in branch.keys() {
                if !matches!(
                    key.as_str(),
                    "title" | "description" | "type" | "$ref" | "minLength"
                ) {
                    bail!("unknown keyword `{key}` in a union's branch");
                }
            }
            let ty = ty_of(branch, bundle)?;
            if !matches!(ty, Ty::String | Ty::Integer | Ty::Model(_)) {
                bail!("a union's branch is a string, an integer or a reference, not {ty:?}");
            }
            let title = match (branch.get("title").and_then(Value::as_str), &ty) {
                (Some(title), _) => title.to_owned(),
                (None, Ty::Model(name)) => name.clone(),
                (None, _) => {
                    bail!("a union's string or integer branch needs a `title` (its variant's name)")
                }
            };
            Ok(UnionBranch {
                title,
                ty,
                non_empty: branch.get("minLength").and_then(Value::as_u64) == Some(1),
                description: branch
                    .get("description")
                    .and_then(Value::as_str)
                    .map(str::to_owned),
            })
        })
        .collect()
}

/// Model-level keywords besides the annotations and the shape.
const OBJECT_KEYWORDS: &[&str] = &["x-keep-unknown", "x-image-limits", "x-event", "x-accessors"];

fn parse_object(object: &Map<String, Value>, bundle: &Bundle) -> Result<Object> {
    for key in object.keys() {
        let known = super::rules::ANNOTATIONS.contains(&key.as_str())
            || super::rules::SHAPE.contains(&key.as_str())
            || OBJECT_KEYWORDS.contains(&key.as_str());
        if !known {
            bail!("unknown keyword `{key}` on an object");
        }
    }
    if object.get("additionalProperties") == Some(&Value::Bool(false)) {
        bail!(
            "`additionalProperties: false`: the service ignores fields it does not know, and so do the models \
             (use `x-keep-unknown` to keep them)"
        );
    }
    let properties = parse_properties(object, bundle)?;
    check_siblings(&properties)?;
    let mut rust_names: Vec<&str> = properties.iter().map(|p| p.rust_name.as_str()).collect();
    rust_names.sort_unstable();
    if let Some(pair) = rust_names.windows(2).find(|pair| pair[0] == pair[1]) {
        bail!("two properties have the Rust name `{}`", pair[0]);
    }
    let keep_unknown = Keywords(object).flag("x-keep-unknown")?;
    if keep_unknown && properties.iter().any(|p| p.rust_name == "extra") {
        bail!(
            "`x-keep-unknown` keeps unknown fields in `extra`, which a property is already named"
        );
    }
    Ok(Object {
        properties,
        keep_unknown,
        image_limits: object
            .get("x-image-limits")
            .map(ImageLimits::parse)
            .transpose()?,
        event: object.get("x-event").map(event_name).transpose()?,
        accessors: accessors(object.get("x-accessors"))?,
    })
}

/// An `x-accessors` value: `{"method_name": "property.path[0].property"}`.
fn accessors(value: Option<&Value>) -> Result<Vec<(String, String)>> {
    let Some(value) = value else {
        return Ok(Vec::new());
    };
    let map = value
        .as_object()
        .context("`x-accessors` must map method names to property paths")?;
    map.iter()
        .map(|(name, path)| {
            if !is_snake_case(name) {
                bail!("`x-accessors`: `{name}` is not a snake_case method name");
            }
            let path = path
                .as_str()
                .with_context(|| format!("`x-accessors`: the path of `{name}` must be a string"))?;
            Ok((name.clone(), path.to_owned()))
        })
        .collect()
}

/// The properties of an object, in schema order, each knowing whether `required` lists it.
fn parse_properties(object: &Map<String, Value>, bundle: &Bundle) -> Result<Vec<Property>> {
    let required: Vec<&str> = object
        .get("required")
        .and_then(Value::as_array)
        .map(|names| names.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let properties_json = object
        .get("properties")
        .and_then(Value::as_object)
        .context("`properties` must be an object")?;
    for name in &required {
        if !properties_json.contains_key(*name) {
            bail!("`required` lists `{name}`, which is not a property");
        }
    }
    properties_json
        .iter()
        .map(|(wire_name, schema)| {
            parse_property(
                wire_name,
                schema,
                required.contains(&wire_name.as_str()),
                bundle,
            )
            .with_context(|| format!("property `{wire_name}`"))
        })
        .collect()
}

/// `x-max-is-count-of` and `x-after` must name a sibling property.
fn check_siblings(properties: &[Property]) -> Result<()> {
    for property in properties {
        let sibling = |name: &str, keyword: &str| -> Result<()> {
            if !properties.iter().any(|p| p.wire_name == name) {
                bail!(
                    "`{}`: `{keyword}: {name}` names no sibling property",
                    property.wire_name
                );
            }
            Ok(())
        };
        if let Some(list) = &property.rules.max_is_count_of {
            sibling(list, "x-max-is-count-of")?;
        }
        if let Some(other) = &property.rules.after {
            sibling(other, "x-after")?;
        }
    }
    Ok(())
}

/// An `x-event` value: an event name such as `meeting.created`.
fn event_name(name: &Value) -> Result<String> {
    name.as_str()
        .filter(|name| {
            name.contains('.')
                && name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '.' || c == '-' || c == '_')
        })
        .map(str::to_owned)
        .context("`x-event` must be an event name such as `meeting.created`")
}

fn parse_property(
    wire_name: &str,
    schema: &Value,
    required: bool,
    bundle: &Bundle,
) -> Result<Property> {
    let object = schema.as_object().context("a property must be an object")?;
    let rust_name = match object.get("x-rust-name") {
        None => wire_name.to_owned(),
        Some(Value::String(name)) => name.clone(),
        Some(_) => bail!("`x-rust-name` must be a string"),
    };
    if !is_snake_case(&rust_name) {
        bail!(
            "`{rust_name}` is not a snake_case Rust field name: give the property an `x-rust-name`"
        );
    }
    let sensitive = Keywords(object).flag("x-sensitive")?;
    let in_query = match object.get("x-in") {
        None => false,
        Some(Value::String(place)) if place == "query" => true,
        Some(_) => bail!("`x-in` must be \"query\""),
    };
    let form_file = Keywords(object).flag("x-form-file")?;
    Ok(Property {
        wire_name: wire_name.to_owned(),
        rust_name,
        description: object
            .get("description")
            .and_then(Value::as_str)
            .map(str::to_owned),
        required,
        sensitive,
        ty: ty_of(object, bundle)?,
        rules: Rules::parse(object, &[])?,
        default: object.get("default").cloned(),
        in_query,
        form_file,
        uint64: object.get("format").and_then(Value::as_str) == Some(super::rules::UINT64),
    })
}

fn ty_of(schema: &Map<String, Value>, bundle: &Bundle) -> Result<Ty> {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        let name = reference
            .strip_prefix("#/definitions/")
            .with_context(|| format!("`$ref: {reference}` is not a bundled reference"))?;
        if !bundle.definitions.contains_key(name) {
            bail!("`$ref: {reference}` names no definition");
        }
        return Ok(Ty::Model(name.to_owned()));
    }
    if let Some(rust_type) = schema.get("x-rust-type") {
        return Ok(Ty::Named(rust_type_path(rust_type)?));
    }
    Ok(match schema.get("type").and_then(Value::as_str) {
        Some("string") => Ty::String,
        Some("integer") => Ty::Integer,
        Some("boolean") => Ty::Boolean,
        Some("array") => {
            let items = schema
                .get("items")
                .and_then(Value::as_object)
                .context("an array needs `items`")?;
            Ty::Array(Box::new(ty_of(items, bundle)?))
        }
        Some(other) => bail!("`type: {other}` is not supported for a property"),
        None => Ty::Any,
    })
}

/// The `path` of an `x-rust-type` value.
fn rust_type_path(value: &Value) -> Result<String> {
    value
        .get("path")
        .and_then(Value::as_str)
        .map(str::to_owned)
        .context("`x-rust-type` needs a `path`")
}

/// The documented codes of a code list: the `anyOf` entries with a `const`, each with a `title` naming its variant
/// and a `description`, and one `Other` entry bounding the codes the docs do not list to `u32`.
fn code_list(object: &Map<String, Value>) -> Result<Option<CodeList>> {
    let Some(variants) = object.get("anyOf").and_then(Value::as_array) else {
        return Ok(None);
    };
    for key in object.keys() {
        if !matches!(
            key.as_str(),
            "title" | "description" | "type" | "anyOf" | "$comment"
        ) {
            bail!("unknown keyword `{key}` beside a code list's `anyOf`");
        }
    }
    let kind = match object.get("type").and_then(Value::as_str) {
        Some("integer") => CodeKind::Integer,
        Some("string") => CodeKind::String,
        _ => bail!("a code list's `type` must be `integer` or `string`"),
    };
    let mut values = Vec::new();
    let mut other = None;
    for variant in variants {
        let entry = variant
            .as_object()
            .context("a code list's entries are objects")?;
        if entry.contains_key("const") {
            values.push(code_value(entry, kind)?);
        } else if other.is_some() {
            bail!(other_entry_rule(kind));
        } else {
            other = Some(other_entry(entry, kind)?);
        }
    }
    let other =
        other.context("a code list needs its `Other` entry (the codes the docs do not list)")?;
    if values.is_empty() {
        bail!("a code list needs at least one documented code");
    }
    Ok(Some(CodeList {
        kind,
        values,
        other,
    }))
}

/// A text keyword of an entry of a code list.
fn code_text(entry: &Map<String, Value>, key: &str) -> Result<String> {
    entry
        .get(key)
        .and_then(Value::as_str)
        .map(str::to_owned)
        .with_context(|| format!("each entry of a code list needs a `{key}`"))
}

/// A documented code: an entry with a `const` of the list's kind.
fn code_value(entry: &Map<String, Value>, kind: CodeKind) -> Result<CodeValue> {
    for key in entry.keys() {
        if !matches!(
            key.as_str(),
            "const" | "title" | "description" | "x-max-per-account"
        ) {
            bail!("unknown keyword `{key}` in a code of a code list");
        }
    }
    let value = entry
        .get("const")
        .context("a documented code needs a `const`")?;
    let fits = match kind {
        CodeKind::Integer => value
            .as_u64()
            .is_some_and(|code| u32::try_from(code).is_ok()),
        CodeKind::String => value.as_str().is_some_and(|code| !code.is_empty()),
    };
    if !fits {
        bail!("the code {value} is not {}", kind.what());
    }
    Ok(CodeValue {
        value: value.clone(),
        title: code_text(entry, "title")?,
        description: code_text(entry, "description")?,
        max_per_account: entry
            .get("x-max-per-account")
            .map(|max| {
                max.as_u64()
                    .context("`x-max-per-account` must be a non-negative integer")
            })
            .transpose()?,
    })
}

/// The `Other` entry, exactly as [`other_entry_rule`] says; its description.
fn other_entry(entry: &Map<String, Value>, kind: CodeKind) -> Result<String> {
    let expected = match kind {
        CodeKind::Integer => serde_json::json!({
            "type": "integer",
            "minimum": 0,
            "maximum": u32::MAX,
            "title": "Other",
            "description": entry.get("description"),
        }),
        CodeKind::String => serde_json::json!({
            "type": "string",
            "title": "Other",
            "description": entry.get("description"),
        }),
    };
    if expected.as_object() != Some(entry) {
        bail!(other_entry_rule(kind));
    }
    code_text(entry, "description")
}

/// What a code list's entry without `const` must be.
fn other_entry_rule(kind: CodeKind) -> String {
    format!(
        "a code list has exactly one entry without `const`: `Other`, {} with a description",
        kind.what()
    )
}

/// Checks that a hand-written type's definition, and each schema nested in it, holds only keywords the generator
/// knows (a misspelt one would otherwise go unnoticed, as nothing generated reads it).
fn check_keywords(object: &Map<String, Value>) -> Result<()> {
    Rules::parse(object, NAMED_KEYWORDS)?;
    for key in ["oneOf", "anyOf", "allOf"] {
        for nested in object
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            check_keywords(
                nested
                    .as_object()
                    .with_context(|| format!("an entry of `{key}`"))?,
            )?;
        }
    }
    if let Some(items) = object.get("items") {
        check_keywords(items.as_object().context("`items`")?)?;
    }
    Ok(())
}

/// The keywords a hand-written type's definition may hold beside the rules and annotations: the wire form its
/// code reads and writes (pinned by `wemeet-types`' tests).
const NAMED_KEYWORDS: &[&str] = &["pattern"];

/// Whether a schema holds a rule keyword or a reference anywhere.
fn holds_rules(schema: &Value) -> bool {
    match schema {
        Value::Object(object) => object.iter().any(|(key, value)| {
            key == "$ref" || super::rules::RULES.contains(&key.as_str()) || holds_rules(value)
        }),
        Value::Array(items) => items.iter().any(holds_rules),
        _ => false,
    }
}

fn is_snake_case(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

//! Bundles every schema file of `schemas/` (and of `schemas/events/`) into one map of named definitions.
//!
//! Each file contributes its `definitions` under their own names and, when the file itself describes a type,
//! its root under its `title`. References are rewritten to point into the bundle (`#/definitions/Name`);
//! the same name defined twice differently is an error naming both files.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use anyhow::{Context, Result, bail};
use serde_json::{Map, Value};

/// One JSON Schema file of `schemas/`.
#[derive(Debug, Clone)]
pub struct SchemaFile {
    /// File name relative to `schemas/`, e.g. `create-meeting.request.json` or `events/meeting-created.json`.
    pub name: String,
    /// The parsed document.
    pub document: Value,
}

/// A named definition of the bundle.
#[derive(Debug, Clone)]
pub struct Definition {
    /// The schema, its references rewritten to `#/definitions/<name>`.
    pub schema: Value,
    /// The file that defines it.
    pub file: String,
}

/// All definitions of all schema files, by name (sorted, so everything derived from it is deterministic).
#[derive(Debug, Clone, Default)]
pub struct Bundle {
    /// The definitions by name.
    pub definitions: BTreeMap<String, Definition>,
    /// The name of the root type of each file that has one.
    pub roots: BTreeMap<String, String>,
}

const DRAFT_07: &str = "http://json-schema.org/draft-07/schema#";

/// Keywords whose values are data, not schemas: references inside them are not references.
const DATA_KEYWORDS: &[&str] = &["const", "default", "enum", "examples", "x-rust-type"];

/// The names of the `*.json` files of `dir` and of its folders, one level down (as `<folder>/<file>`: the service
/// folders and `events/`), sorted.
pub fn json_file_names(dir: &Path) -> Result<Vec<String>> {
    let mut names = Vec::new();
    let mut folders = vec![String::new()];
    for entry in std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let entry = entry?;
        if entry.file_type()?.is_dir()
            && let Some(name) = entry.file_name().to_str()
        {
            folders.push(name.to_owned());
        }
    }
    for folder in folders {
        let path = dir.join(&folder);
        let entries =
            std::fs::read_dir(&path).with_context(|| format!("reading {}", path.display()))?;
        for entry in entries {
            let Some(name) = entry?.file_name().to_str().map(str::to_owned) else {
                continue;
            };
            if name.ends_with(".json") {
                names.push(if folder.is_empty() {
                    name
                } else {
                    format!("{folder}/{name}")
                });
            }
        }
    }
    names.sort();
    Ok(names)
}

/// Reads every schema file of `dir` and of its folders ([`json_file_names`]), sorted by name: every `*.json` file
/// but those whose file name (in any folder) `skip` lists (the manifests and error vocabularies).
pub fn load_dir(dir: &Path, skip: &[&str]) -> Result<Vec<SchemaFile>> {
    let mut files = Vec::new();
    for name in json_file_names(dir)? {
        let file_name = name.rsplit('/').next().unwrap_or(&name);
        if skip.contains(&file_name) {
            continue;
        }
        let path = dir.join(&name);
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        let document =
            serde_json::from_str(&text).with_context(|| format!("parsing {}", path.display()))?;
        files.push(SchemaFile { name, document });
    }
    Ok(files)
}

/// Bundles `files` into one definition map.
pub fn bundle(files: &[SchemaFile]) -> Result<Bundle> {
    let roots = roots(files)?;
    let definitions_by_file: BTreeMap<&str, BTreeSet<String>> = files
        .iter()
        .map(|file| {
            let names = file
                .document
                .get("definitions")
                .and_then(Value::as_object)
                .map(|defs| defs.keys().cloned().collect())
                .unwrap_or_default();
            (file.name.as_str(), names)
        })
        .collect();

    let mut bundle = Bundle {
        definitions: BTreeMap::new(),
        roots: roots.clone(),
    };
    for file in files {
        let resolver = RefResolver {
            file: &file.name,
            roots: &roots,
            definitions: &definitions_by_file,
        };
        for (name, mut schema) in own_definitions(file, &roots)? {
            resolver
                .rewrite(&mut schema)
                .with_context(|| format!("{}: definition `{name}`", file.name))?;
            match bundle.definitions.get(&name) {
                Some(existing) if existing.schema != schema => bail!(
                    "the definition `{name}` is defined twice, differently: in `{}` and in `{}`",
                    existing.file,
                    file.name
                ),
                Some(_) => {}
                None => {
                    bundle.definitions.insert(
                        name,
                        Definition {
                            schema,
                            file: file.name.clone(),
                        },
                    );
                }
            }
        }
    }
    Ok(bundle)
}

/// The root type of each file that describes one (its `title`), by file name; every file must be Draft-07.
fn roots(files: &[SchemaFile]) -> Result<BTreeMap<String, String>> {
    let mut roots = BTreeMap::new();
    for file in files {
        let Some(object) = file.document.as_object() else {
            bail!("{}: a schema file must be a JSON object", file.name);
        };
        match object.get("$schema").and_then(Value::as_str) {
            Some(DRAFT_07) => {}
            other => bail!(
                "{}: `$schema` must be {DRAFT_07:?}, found {other:?}",
                file.name
            ),
        }
        if describes_a_type(object) {
            let title = object
                .get("title")
                .and_then(Value::as_str)
                .with_context(|| {
                    format!(
                        "{}: a file describing a type needs a `title` naming it",
                        file.name
                    )
                })?;
            check_type_name(title).with_context(|| format!("{}: `title`", file.name))?;
            roots.insert(file.name.clone(), title.to_owned());
        }
    }
    Ok(roots)
}

/// The definitions `file` contributes, references not yet rewritten: its root (without `$schema`, `$id` and
/// `definitions`) when it describes a type, then its `definitions`.
fn own_definitions(
    file: &SchemaFile,
    roots: &BTreeMap<String, String>,
) -> Result<Vec<(String, Value)>> {
    let mut own = Vec::new();
    if let Some(root_name) = roots.get(&file.name) {
        let mut root = file.document.clone();
        if let Some(object) = root.as_object_mut() {
            for keyword in ["$schema", "$id", "definitions"] {
                object.shift_remove(keyword);
            }
        }
        own.push((root_name.clone(), root));
    }
    if let Some(defs) = file.document.get("definitions").and_then(Value::as_object) {
        for (name, schema) in defs {
            check_type_name(name).with_context(|| format!("{}: definition name", file.name))?;
            if let Some(title) = schema.get("title").and_then(Value::as_str)
                && title != name
            {
                bail!(
                    "{}: definition `{name}` has the title `{title}`: they must agree",
                    file.name
                );
            }
            own.push((name.clone(), schema.clone()));
        }
    }
    Ok(own)
}

impl Bundle {
    /// The root type name of `file`, or an error when the file describes no type.
    pub fn root_of(&self, file: &str) -> Result<&str> {
        self.roots
            .get(file)
            .map(String::as_str)
            .with_context(|| format!("`{file}` is not a schema file describing a type"))
    }

    /// The names of the definitions `name` refers to, directly or not, itself included.
    pub fn reachable_from(&self, name: &str) -> Result<BTreeSet<String>> {
        let mut seen = BTreeSet::new();
        let mut pending = vec![name.to_owned()];
        while let Some(next) = pending.pop() {
            if !seen.insert(next.clone()) {
                continue;
            }
            let definition = self
                .definitions
                .get(&next)
                .with_context(|| format!("no definition named `{next}`"))?;
            let mut refs = Vec::new();
            collect_refs(&definition.schema, &mut refs);
            pending.extend(refs);
        }
        Ok(seen)
    }

    /// A self-contained Draft-07 document for the type `name`: a `$ref` to it plus every definition it needs.
    pub fn standalone(&self, name: &str) -> Result<Value> {
        let mut definitions = Map::new();
        for reachable in self.reachable_from(name)? {
            if let Some(definition) = self.definitions.get(&reachable) {
                definitions.insert(reachable, definition.schema.clone());
            }
        }
        let mut document = Map::new();
        document.insert("$schema".into(), Value::from(DRAFT_07));
        document.insert("$ref".into(), Value::from(format!("#/definitions/{name}")));
        document.insert("definitions".into(), Value::Object(definitions));
        Ok(Value::Object(document))
    }
}

/// Whether a schema file describes a type itself (rather than only holding shared definitions).
fn describes_a_type(object: &Map<String, Value>) -> bool {
    ["type", "properties", "oneOf", "anyOf", "allOf", "$ref"]
        .iter()
        .any(|k| object.contains_key(*k))
}

/// Type names become Rust type names: they must be PascalCase ASCII identifiers.
fn check_type_name(name: &str) -> Result<()> {
    let mut chars = name.chars();
    let starts_upper = chars.next().is_some_and(|c| c.is_ascii_uppercase());
    if !starts_upper || !chars.all(|c| c.is_ascii_alphanumeric()) {
        bail!("`{name}` is not a PascalCase type name");
    }
    Ok(())
}

/// Rewrites the references of one file into references into the bundle.
struct RefResolver<'a> {
    file: &'a str,
    roots: &'a BTreeMap<String, String>,
    definitions: &'a BTreeMap<&'a str, BTreeSet<String>>,
}

impl RefResolver<'_> {
    fn rewrite(&self, value: &mut Value) -> Result<()> {
        match value {
            Value::Object(object) => {
                for (key, child) in object.iter_mut() {
                    if key == "$ref" {
                        let Value::String(reference) = child else {
                            bail!("`$ref` must be a string");
                        };
                        *reference = self.resolve(reference)?;
                    } else if !DATA_KEYWORDS.contains(&key.as_str()) {
                        self.rewrite(child)?;
                    }
                }
                Ok(())
            }
            Value::Array(items) => items.iter_mut().try_for_each(|item| self.rewrite(item)),
            _ => Ok(()),
        }
    }

    fn resolve(&self, reference: &str) -> Result<String> {
        let (file, pointer) = reference.split_once('#').unwrap_or((reference, ""));
        // A file name is relative to the folder of the file that refers to it.
        let file = match (file, self.file.rsplit_once('/')) {
            ("", _) => self.file.to_owned(),
            (file, Some((folder, _))) => normalize(&format!("{folder}/{file}")),
            (file, None) => normalize(file),
        };
        let file = file.as_str();
        let Some(defined) = self.definitions.get(file) else {
            bail!("`$ref: {reference}` names the unknown file `{file}`");
        };
        let name = match pointer {
            "" | "/" => self
                .roots
                .get(file)
                .cloned()
                .with_context(|| format!("`$ref: {reference}`: `{file}` describes no type"))?,
            _ => {
                let Some(name) = pointer
                    .strip_prefix("/definitions/")
                    .filter(|n| !n.contains('/'))
                else {
                    bail!(
                        "`$ref: {reference}`: only `#/definitions/<name>` references are supported"
                    );
                };
                if !defined.contains(name) {
                    bail!("`$ref: {reference}`: `{file}` has no definition `{name}`");
                }
                name.to_owned()
            }
        };
        Ok(format!("#/definitions/{name}"))
    }
}

/// `a/../b.json` → `b.json`: a path inside `schemas/` without `.` and `..` segments.
fn normalize(path: &str) -> String {
    let mut segments: Vec<&str> = Vec::new();
    for segment in path.split('/') {
        match segment {
            "." | "" => {}
            ".." => {
                segments.pop();
            }
            other => segments.push(other),
        }
    }
    segments.join("/")
}

/// Collects the definition names of the (bundled) references in `value`.
fn collect_refs(value: &Value, refs: &mut Vec<String>) {
    match value {
        Value::Object(object) => {
            for (key, child) in object {
                if key == "$ref" {
                    if let Some(name) = child
                        .as_str()
                        .and_then(|r| r.strip_prefix("#/definitions/"))
                    {
                        refs.push(name.to_owned());
                    }
                } else if !DATA_KEYWORDS.contains(&key.as_str()) {
                    collect_refs(child, refs);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| collect_refs(item, refs)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn file(name: &str, document: Value) -> SchemaFile {
        SchemaFile {
            name: name.into(),
            document,
        }
    }

    #[test]
    fn cross_file_references_point_into_the_bundle() {
        let files = [
            file(
                "a.json",
                json!({"$schema": DRAFT_07, "definitions": {"Id": {"type": "string"}}}),
            ),
            file(
                "b.json",
                json!({"$schema": DRAFT_07, "title": "Thing", "type": "object",
                       "properties": {"id": {"$ref": "a.json#/definitions/Id"}, "x": {"$ref": "#/definitions/X"}},
                       "definitions": {"X": {"type": "integer"}}}),
            ),
        ];
        let bundle = bundle(&files).unwrap();
        assert_eq!(bundle.root_of("b.json").unwrap(), "Thing");
        let thing = &bundle.definitions["Thing"].schema;
        assert_eq!(thing["properties"]["id"]["$ref"], "#/definitions/Id");
        assert_eq!(thing["properties"]["x"]["$ref"], "#/definitions/X");
        assert!(thing.get("definitions").is_none());
        let reachable: Vec<_> = bundle
            .reachable_from("Thing")
            .unwrap()
            .into_iter()
            .collect();
        assert_eq!(reachable, ["Id", "Thing", "X"]);
    }

    #[test]
    fn a_name_defined_twice_differently_names_both_files() {
        let files = [
            file(
                "a.json",
                json!({"$schema": DRAFT_07, "definitions": {"Id": {"type": "string"}}}),
            ),
            file(
                "b.json",
                json!({"$schema": DRAFT_07, "definitions": {"Id": {"type": "integer"}}}),
            ),
        ];
        let error = bundle(&files).unwrap_err().to_string();
        assert!(
            error.contains("`Id`") && error.contains("`a.json`") && error.contains("`b.json`"),
            "{error}"
        );
    }

    #[test]
    fn the_same_definition_twice_is_fine() {
        let files = [
            file(
                "a.json",
                json!({"$schema": DRAFT_07, "definitions": {"Id": {"type": "string"}}}),
            ),
            file(
                "b.json",
                json!({"$schema": DRAFT_07, "definitions": {"Id": {"type": "string"}}}),
            ),
        ];
        assert_eq!(bundle(&files).unwrap().definitions.len(), 1);
    }

    #[test]
    fn references_in_a_folder_are_relative_to_it() {
        let files = [
            file(
                "events/definitions.json",
                json!({"$schema": DRAFT_07, "definitions": {"EventUser": {"type": "object", "properties": {}}}}),
            ),
            file(
                "events/a.json",
                json!({"$schema": DRAFT_07, "title": "APayload", "type": "object",
                       "properties": {"operator": {"$ref": "definitions.json#/definitions/EventUser"}}}),
            ),
        ];
        let bundle = bundle(&files).unwrap();
        assert_eq!(bundle.root_of("events/a.json").unwrap(), "APayload");
        let root = &bundle.definitions["APayload"].schema;
        assert_eq!(
            root["properties"]["operator"]["$ref"],
            "#/definitions/EventUser"
        );
    }

    #[test]
    fn dangling_references_are_errors() {
        let files = [file(
            "a.json",
            json!({"$schema": DRAFT_07, "title": "A", "type": "object",
                   "properties": {"x": {"$ref": "missing.json#/definitions/X"}}}),
        )];
        let error = format!("{:#}", bundle(&files).unwrap_err());
        assert!(error.contains("missing.json"), "{error}");
    }
}

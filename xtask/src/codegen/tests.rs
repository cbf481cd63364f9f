//! The generator against the real schemas and against edited copies of them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use super::*;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask sits in the workspace")
        .to_path_buf()
}

/// A scratch workspace holding a copy of `schemas/` and of the checked-in generated code.
struct Scratch {
    dir: tempfile::TempDir,
}

impl Scratch {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&workspace().join("schemas"), &dir.path().join("schemas"));
        for generated in [TYPES_DIR, ASYNC_METHODS, BLOCKING_METHODS] {
            copy_dir(&workspace().join(generated), &dir.path().join(generated));
        }
        let to = dir.path().join(WEBHOOK_EVENTS);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(workspace().join(WEBHOOK_EVENTS), to).unwrap();
        Scratch { dir }
    }

    /// A copy of `schemas/` with the service `service` only (none for `None`): the other service folders removed
    /// and `api.json` naming it alone (its `root_compat` kept only with the meetings, whose endpoints it names).
    fn slim(service: Option<&str>) -> Self {
        let scratch = Scratch::new();
        let api: Value = serde_json::from_str(
            &std::fs::read_to_string(scratch.schemas().join("api.json")).unwrap(),
        )
        .unwrap();
        for folder in api["services"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(Value::as_str)
        {
            if Some(folder) != service {
                std::fs::remove_dir_all(scratch.schemas().join(folder)).unwrap();
            }
        }
        scratch.edit("api.json", |doc| {
            doc["services"] = json!(service.into_iter().collect::<Vec<_>>());
            if service != Some("meetings") {
                doc["root_compat"] = json!([]);
            }
        });
        scratch
    }

    fn root(&self) -> &Path {
        self.dir.path()
    }

    fn schemas(&self) -> PathBuf {
        self.root().join("schemas")
    }

    fn edit(&self, file: &str, change: impl FnOnce(&mut Value)) {
        let path = self.schemas().join(file);
        let mut document: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        change(&mut document);
        std::fs::write(&path, serde_json::to_string_pretty(&document).unwrap()).unwrap();
    }

    fn generated(&self) -> BTreeMap<String, String> {
        generate(&self.schemas()).unwrap()
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &to.join(entry.file_name()));
        } else {
            std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
        }
    }
}

#[test]
fn the_checked_in_code_is_current() {
    let generated = generate(&workspace().join("schemas")).unwrap();
    let existing = read_existing(&workspace()).unwrap();
    if let Some(report) = diff(&generated, &existing) {
        panic!("run `cargo xtask codegen`:\n{report}");
    }
}

#[test]
fn generation_is_deterministic() {
    let schemas = workspace().join("schemas");
    assert_eq!(generate(&schemas).unwrap(), generate(&schemas).unwrap());
}

#[test]
fn check_reports_a_stale_file_with_a_diff_and_codegen_fixes_it() {
    let scratch = Scratch::new();
    assert!(matches!(
        run(scratch.root(), Mode::Check).unwrap(),
        Outcome::UpToDate
    ));
    scratch.edit("meetings/add-meeting-backgrounds.response.json", |doc| {
        doc["definitions"]["Background"]["properties"]["background_id"]["description"] =
            json!("Background ID (背景 ID), edited.");
    });
    let Outcome::Stale(report) = run(scratch.root(), Mode::Check).unwrap() else {
        panic!("an edited description must make --check fail");
    };
    assert!(
        report.contains("--- a/crates/wemeet-types/src/generated/meetings.rs"),
        "{report}"
    );
    assert!(
        report.contains("+    /// Background ID (背景 ID), edited."),
        "{report}"
    );
    assert!(matches!(
        run(scratch.root(), Mode::Write).unwrap(),
        Outcome::Written(_)
    ));
    assert!(matches!(
        run(scratch.root(), Mode::Check).unwrap(),
        Outcome::UpToDate
    ));
    let models =
        std::fs::read_to_string(scratch.root().join(TYPES_DIR).join("meetings.rs")).unwrap();
    assert!(models.contains("/// Background ID (背景 ID), edited."));
}

#[test]
fn an_edit_that_changes_no_type_still_fails_the_check() {
    let scratch = Scratch::new();
    let path = scratch.schemas().join("common.json");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replacen("Definitions shared", "Definitions  shared", 1),
    )
    .unwrap();
    assert!(matches!(
        run(scratch.root(), Mode::Check).unwrap(),
        Outcome::Stale(_)
    ));
}

/// The generated syntax, unformatted, as comparable text with each file's module docs: the docs of
/// `generated/mod.rs` (which hash the inputs) and the embedded schemas (which hold every byte of the schemas, and
/// would hide a keyword the generator ignores) left out.
fn syntax(schemas: &Path) -> Result<BTreeMap<String, String>> {
    let hashes = format!("{TYPES_DIR}/mod.rs");
    Ok(generate_syntax(schemas)?
        .into_iter()
        .map(|(path, (mut file, docs))| {
            file.items.retain(
                |item| !matches!(item, syn::Item::Mod(module) if module.ident == "schemas"),
            );
            let docs = if path == hashes { Vec::new() } else { docs };
            (path, format!("{docs:?}{}", quote::quote!(#file)))
        })
        .collect())
}

/// Every value and every key of the schema files, changed, changes the generated code (other than the embedded
/// schemas) or stops the generator: no keyword is silently ignored.
///
/// Edits of the same shape (the same keyword under the same keywords, in the same kind of file, whatever the
/// property, definition and file names and the list indices) are tried once: the same code reads them all, so the
/// test covers every keyword the schemas use at a cost that does not grow with the number of endpoints. Each edit
/// runs in a slim copy of the schemas holding the edited file's service only (the crate root and the events
/// always), and compares unformatted syntax (formatting is most of the generator's time and cannot hide a change);
/// the slices run on all cores.
#[test]
fn every_schema_edit_reaches_the_generated_code() {
    let api = api::Api::load(&workspace().join("schemas")).unwrap();
    let mut slices: Vec<Option<String>> = vec![None];
    slices.extend(
        api.services
            .iter()
            .map(|service| Some(service.module.clone())),
    );
    let mut shapes = std::collections::BTreeSet::new();
    let mut work: Vec<(Option<String>, Vec<Edit>)> = Vec::new();
    for slice in slices {
        let scratch = Scratch::slim(slice.as_deref());
        let mut edits = Vec::new();
        for file in bundle::json_file_names(&scratch.schemas()).unwrap() {
            if slice_of(&file) != slice.as_deref() {
                continue;
            }
            let original = std::fs::read_to_string(scratch.schemas().join(&file)).unwrap();
            let document: Value = serde_json::from_str(&original).unwrap();
            for (pointer, edited) in single_edits(&document) {
                if !reaches_no_code(&file, &pointer, &document)
                    && shapes.insert(edit_shape(&file, &pointer))
                {
                    edits.push((file.clone(), pointer, edited));
                }
            }
        }
        work.push((slice, edits));
    }
    let tried: usize = work.iter().map(|(_, edits)| edits.len()).sum();
    assert!(tried > 150, "only {tried} edits tried");
    let workers = std::thread::available_parallelism().map_or(2, usize::from);
    let queue = std::sync::Mutex::new(work);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                loop {
                    let next = queue.lock().unwrap().pop();
                    let Some((slice, edits)) = next else { return };
                    let scratch = Scratch::slim(slice.as_deref());
                    let baseline = syntax(&scratch.schemas()).unwrap();
                    for (file, pointer, edited) in edits {
                        let path = scratch.schemas().join(&file);
                        let original = std::fs::read_to_string(&path).unwrap();
                        std::fs::write(&path, serde_json::to_string_pretty(&edited).unwrap())
                            .unwrap();
                        if let Ok(generated) = syntax(&scratch.schemas()) {
                            assert!(
                                generated != baseline,
                                "editing {file} at {pointer} changed no generated code"
                            );
                        }
                        std::fs::write(&path, original).unwrap();
                    }
                }
            });
        }
    });
}

/// An edit: the file, the pointer edited, the edited document.
type Edit = (String, String, Value);

/// The slice a schema file is edited in: its service's folder, or `None` for the crate root's files and the events
/// (`api.json` goes with the meetings, whose endpoints its `root_compat` names).
fn slice_of(file: &str) -> Option<&str> {
    match file.split_once('/') {
        Some(("events", _)) | None if file != "api.json" => None,
        None => Some("meetings"),
        Some((folder, _)) => Some(folder),
    }
}

/// Edits the test leaves out: file-level annotations (the input hashes cover them), the examples of responses and
/// path parameters (data, embedded verbatim in the schemas; a request's examples do reach code, its methods' doc
/// examples, which show no more entries of a list than the service takes: `x-server-max-items`), the values in the
/// definition of a hand-written type (the wire form its code implements, pinned by
/// `wemeet-types`' `hand_written_types` test; a renamed keyword there still stops the generator), and all but one
/// edit of the third and later entries of a list of entries of one shape.
fn reaches_no_code(file: &str, pointer: &str, document: &Value) -> bool {
    let hand_written = !pointer.ends_with(" (key)")
        && pointer
            .strip_prefix("/definitions/")
            .and_then(|rest| rest.split('/').next())
            .is_some_and(|name| document["definitions"][name].get("x-rust-type").is_some())
        && !pointer.ends_with("/x-rust-type/path");
    let file_level = matches!(pointer, "/$id" | "/$id (key)")
        || pointer.ends_with("/$comment")
        || pointer.ends_with("/$comment (key)")
        || ((file == "common.json" || file.ends_with("definitions.json"))
            && matches!(
                pointer,
                "/title" | "/description" | "/title (key)" | "/description (key)"
            ));
    let data = !file.ends_with(".request.json") && pointer.contains("/examples/")
        || (pointer.starts_with("/examples/") && !pointer.starts_with("/examples/0"))
        || beyond_server_max_items(pointer, document);
    file_level || data || hand_written || repeated_entry(pointer, document)
}

/// The shape of an edit: the kind of file (its suffix, or its name for the manifests and vocabularies) and the keyword
/// edited (the last step of the pointer that is not a property, definition or entry name nor a list index; a value
/// under a keyword holding data, such as an example, is an edit of that keyword).
fn edit_shape(file: &str, pointer: &str) -> String {
    const DATA: &[&str] = &[
        "examples",
        "const",
        "default",
        "enum",
        "x-accessors",
        "errors",
        "cursor",
    ];
    let name = file.rsplit('/').next().unwrap_or(file);
    let kind = [".request.json", ".response.json", ".path.json"]
        .into_iter()
        .find(|suffix| name.ends_with(suffix))
        .unwrap_or(
            if file.starts_with("events/") && !name.contains("definitions") {
                "event"
            } else {
                name
            },
        );
    let mut keyword = "";
    let mut named = false;
    for step in pointer.split('/').skip(1) {
        let base = step.trim_end_matches(" (key)");
        let is_name = named || base.parse::<usize>().is_ok();
        named = matches!(base, "properties" | "definitions") && !is_name;
        if !is_name {
            keyword = step;
        }
        if DATA.contains(&base) && !is_name {
            break;
        }
    }
    format!("{kind}/{keyword}")
}

/// Whether `pointer` lies in an entry of a root example's list that the doc example leaves out: past the
/// `x-server-max-items` of the list's property.
fn beyond_server_max_items(pointer: &str, document: &Value) -> bool {
    let mut steps = pointer.trim_end_matches(" (key)").split('/').skip(1);
    let (Some("examples"), Some(_), Some(property), Some(index)) =
        (steps.next(), steps.next(), steps.next(), steps.next())
    else {
        return false;
    };
    let max = document["properties"][property]["x-server-max-items"].as_u64();
    matches!((max, index.parse::<u64>()), (Some(max), Ok(index)) if index >= max)
}

/// Whether `pointer` lies in the third or later entry of a list of objects of one shape, other than that entry's
/// first key.
fn repeated_entry(pointer: &str, document: &Value) -> bool {
    let steps: Vec<&str> = pointer
        .trim_end_matches(" (key)")
        .split('/')
        .skip(1)
        .collect();
    let mut node = document;
    for (depth, step) in steps.iter().enumerate() {
        if let (Value::Array(items), Ok(index)) = (node, step.parse::<usize>()) {
            let one_shape = items.len() > 2
                && items.iter().all(|item| {
                    item.as_object().map(|o| o.keys().collect::<Vec<_>>())
                        == items[0].as_object().map(|o| o.keys().collect::<Vec<_>>())
                });
            if one_shape && index >= 2 {
                let first_key = items[index].as_object().and_then(|o| o.keys().next());
                let is_first_key = steps
                    .get(depth + 1)
                    .map(|s| Some(*s) == first_key.map(String::as_str))
                    == Some(true)
                    && steps.len() == depth + 2;
                return !is_first_key;
            }
        }
        node = match node {
            Value::Object(object) => match object.get(*step) {
                Some(next) => next,
                None => return false,
            },
            Value::Array(items) => match step.parse::<usize>().ok().and_then(|i| items.get(i)) {
                Some(next) => next,
                None => return false,
            },
            _ => return false,
        };
    }
    false
}

/// Each document differing from `document` in one place: a string, number or boolean changed, or a key renamed.
fn single_edits(document: &Value) -> Vec<(String, Value)> {
    let mut edits = Vec::new();
    collect_edits(document, &mut Vec::new(), document, &mut edits);
    edits
}

#[derive(Clone)]
enum Step {
    Key(String),
    Index(usize),
}

fn collect_edits(
    root: &Value,
    at: &mut Vec<Step>,
    value: &Value,
    edits: &mut Vec<(String, Value)>,
) {
    let pointer = |at: &[Step]| -> String {
        at.iter()
            .map(|step| match step {
                Step::Key(key) => format!("/{key}"),
                Step::Index(index) => format!("/{index}"),
            })
            .collect()
    };
    match value {
        Value::Object(object) => {
            for (key, child) in object {
                // Rename the key.
                let mut edited = root.clone();
                let parent = navigate(&mut edited, at).as_object_mut().unwrap();
                let moved = parent.shift_remove(key).unwrap();
                parent.insert(format!("{key}_edited"), moved);
                at.push(Step::Key(key.clone()));
                edits.push((format!("{} (key)", pointer(at)), edited));
                collect_edits(root, at, child, edits);
                at.pop();
            }
        }
        Value::Array(items) => {
            for (index, child) in items.iter().enumerate() {
                at.push(Step::Index(index));
                collect_edits(root, at, child, edits);
                at.pop();
            }
        }
        Value::Null => {}
        leaf => {
            let changed = match leaf {
                Value::String(text) => json!(format!("{text}_edited")),
                Value::Number(number) => match number.as_u64() {
                    // A number beyond i64 (a 20-digit meeting ID) goes down instead of up.
                    Some(big) if big > i64::MAX as u64 => json!(big - 1),
                    _ => json!((number.as_f64().unwrap_or(0.0) as i64).saturating_add(1)),
                },
                Value::Bool(flag) => json!(!flag),
                _ => unreachable!("objects, arrays and null are handled above"),
            };
            let mut edited = root.clone();
            *navigate(&mut edited, at) = changed;
            edits.push((pointer(at), edited));
        }
    }
}

fn navigate<'a>(value: &'a mut Value, at: &[Step]) -> &'a mut Value {
    at.iter().fold(value, |node, step| match step {
        Step::Key(key) => &mut node[key.as_str()],
        Step::Index(index) => &mut node[*index],
    })
}

/// The generated module of the meetings service (its models and endpoint markers).
fn models(generated: &BTreeMap<String, String>) -> &str {
    &generated[&format!("{TYPES_DIR}/meetings.rs")]
}

/// The endpoint table of the crate root.
fn endpoints(generated: &BTreeMap<String, String>) -> &str {
    &generated[&format!("{TYPES_DIR}/endpoints.rs")]
}

#[test]
fn a_required_field_becomes_a_typestate_parameter_of_the_builder() {
    let scratch = Scratch::new();
    let before = scratch.generated();
    assert!(models(&before).contains("missing::create_meeting_request::userid"));
    assert!(!models(&before).contains("missing::create_meeting_request::password"));
    scratch.edit("meetings/create-meeting.request.json", |doc| {
        doc["required"]
            .as_array_mut()
            .unwrap()
            .push(json!("password"));
    });
    let generated = scratch.generated();
    let models = models(&generated);
    assert!(
        models.contains("missing::create_meeting_request::password"),
        "the builder needs the password before `build()`"
    );
    assert!(models.contains("pub password: ::std::string::String,"));
}

#[test]
fn a_rule_of_the_schema_becomes_a_check_and_a_constant() {
    let scratch = Scratch::new();
    scratch.edit("meetings/create-meeting.request.json", |doc| {
        doc["properties"]["subject"]["x-max-bytes"] = json!(64);
        doc["properties"]["userid"]["maxLength"] = json!(32);
    });
    let generated = scratch.generated();
    let models = models(&generated);
    assert!(models.contains("crate::validate::rules::max_bytes(value, 64usize)"));
    assert!(models.contains("pub const SUBJECT_MAX_BYTES: usize = 64usize;"));
    assert!(models.contains("crate::validate::rules::char_count(value, 1usize, 32usize)"));
}

#[test]
fn an_unknown_keyword_stops_the_generator() {
    let scratch = Scratch::new();
    scratch.edit("meetings/create-meeting.request.json", |doc| {
        doc["properties"]["userid"]["pattern"] = json!("^[a-z]+$");
    });
    let error = format!("{:#}", generate(&scratch.schemas()).unwrap_err());
    assert!(
        error.contains("`pattern`") && error.contains("userid"),
        "{error}"
    );
}

#[test]
fn character_rules_and_numbers_as_text_become_checks() {
    let scratch = Scratch::new();
    scratch.edit("meetings/create-meeting.request.json", |doc| {
        doc["properties"]["userid"]["x-chars"] = json!({"not": "@ ", "cjk": false});
        doc["properties"]["password"]["x-chars"] = json!("digits");
        doc["properties"]["location"]["x-integer-text"] = json!({"minimum": -1, "maximum": 30});
    });
    let generated = scratch.generated();
    let models: String = models(&generated).split_whitespace().collect();
    for check in [
        r#"crate::validate::rules::chars(value,crate::CharSet::Except{refused:"@",cjk:false,},)"#,
        "crate::validate::rules::chars(value,crate::CharSet::Digits)",
        "crate::validate::rules::integer_text(value,-1i64,30i64)",
    ] {
        let check: String = check.split_whitespace().collect();
        assert!(models.contains(&check), "no `{check}`");
    }
}

#[test]
fn a_character_rule_or_number_text_of_an_unknown_form_stops_the_generator() {
    let cases = [
        (
            "userid",
            "x-chars",
            json!("hex"),
            "not a set the generator knows",
        ),
        (
            "userid",
            "x-chars",
            json!({"not": "@", "latin": false}),
            "unknown key `latin`",
        ),
        ("userid", "x-chars", json!({"cjk": false}), "needs `not`"),
        (
            "userid",
            "x-chars",
            json!(["digits"]),
            "must be a string or an object",
        ),
        (
            "userid",
            "x-integer-text",
            json!({"minimum": 1}),
            "needs `maximum`",
        ),
        (
            "userid",
            "x-integer-text",
            json!({"minimum": 5, "maximum": 1}),
            "above `maximum`",
        ),
        (
            "userid",
            "x-integer-text",
            json!({"minimum": 0, "maximum": 9, "step": 1}),
            "unknown key `step`",
        ),
        ("instanceid", "x-chars", json!("digits"), "does not apply"),
    ];
    for (property, keyword, value, expected) in cases {
        let scratch = Scratch::new();
        scratch.edit("meetings/create-meeting.request.json", |doc| {
            doc["properties"][property][keyword] = value.clone();
        });
        let error = format!("{:#}", generate(&scratch.schemas()).unwrap_err());
        assert!(
            error.contains(expected) && error.contains(property),
            "{keyword}: {value}: {error}"
        );
    }
}

#[test]
fn an_integer_marked_u64_is_a_u64_with_no_range() {
    let scratch = Scratch::new();
    scratch.edit("meetings/create-meeting.request.json", |doc| {
        doc["properties"]["order"] = json!({
            "description": "An ID beyond i64 (会议 ID).",
            "type": "integer",
            "x-integer": "u64"
        });
    });
    let generated = scratch.generated();
    let models: String = models(&generated).split_whitespace().collect();
    assert!(
        models.contains("puborder:::std::option::Option<u64>,"),
        "the field is a u64"
    );
    for (keyword, value, expected) in [
        ("minimum", json!(0), "without `minimum`"),
        ("x-integer", json!("u32"), "must be \"u64\""),
    ] {
        let scratch = Scratch::new();
        scratch.edit("meetings/create-meeting.request.json", |doc| {
            doc["properties"]["order"] = json!({"type": "integer", "x-integer": "u64"});
            doc["properties"]["order"][keyword] = value.clone();
        });
        let error = format!("{:#}", generate(&scratch.schemas()).unwrap_err());
        assert!(error.contains(expected), "{keyword}: {error}");
    }
}

#[test]
fn a_rule_on_a_response_stops_the_generator() {
    let scratch = Scratch::new();
    scratch.edit("meetings/add-meeting-backgrounds.response.json", |doc| {
        doc["definitions"]["Background"]["properties"]["background_id"]["minLength"] = json!(1);
    });
    let error = format!("{:#}", generate(&scratch.schemas()).unwrap_err());
    assert!(error.contains("no request reaches `Background`"), "{error}");
}

#[test]
fn an_error_code_outside_the_vocabulary_stops_the_generator() {
    let scratch = Scratch::new();
    scratch.edit("meetings/endpoints.json", |doc| {
        doc["endpoints"][0]["errors"] = json!([123456]);
    });
    let error = format!("{:#}", generate(&scratch.schemas()).unwrap_err());
    assert!(
        error.contains("123456") && error.contains("create_meeting"),
        "{error}"
    );
}

#[test]
fn the_manifest_drives_the_endpoint_table() {
    let scratch = Scratch::new();
    scratch.edit("meetings/endpoints.json", |doc| {
        doc["endpoints"][0]["retry"] = json!("idempotent");
    });
    let generated = scratch.generated();
    let endpoints = models(&generated);
    assert!(endpoints.contains("impl crate::Endpoint for CreateMeeting {"));
    let create = &endpoints[endpoints
        .find("impl crate::Endpoint for CreateMeeting")
        .unwrap()..];
    assert!(
        create[..create.find('}').unwrap()]
            .contains("const RETRY: crate::RetryClass = crate::RetryClass::Idempotent;")
    );
}

/// The schemas of a small endpoint, `GET /v1/meetings/{meeting_id}/ping?operator_id=...`, answering `{"pong":
/// true}`: what [`adding_an_endpoint_is_a_schema_a_manifest_entry_and_codegen`] and the scratch-workspace proof
/// add.
fn add_ping_endpoint(schemas: &Path) {
    let write = |name: &str, value: Value| {
        std::fs::write(
            schemas.join("meetings").join(name),
            serde_json::to_string_pretty(&value).unwrap(),
        )
        .unwrap();
    };
    write(
        "ping-meeting.request.json",
        json!({
            "$schema": "http://json-schema.org/draft-07/schema#",
            "title": "PingMeetingRequest",
            "description": "Query of a ping (探测).",
            "type": "object",
            "required": ["operator_id", "instanceid"],
            "examples": [{"operator_id": "tester", "instanceid": 1}],
            "properties": {
                "operator_id": {"description": "Operator ID (操作者 ID).", "type": "string", "minLength": 1},
                "instanceid": {"description": "Device type (设备类型).", "$ref": "../common.json#/definitions/InstanceId"}
            }
        }),
    );
    write(
        "ping-meeting.path.json",
        json!({
            "$schema": "http://json-schema.org/draft-07/schema#",
            "title": "PingMeetingPath",
            "description": "Path parameters of the ping.",
            "type": "object",
            "required": ["meeting_id"],
            "properties": {"meeting_id": {"description": "Meeting ID (会议 ID).", "type": "string", "minLength": 1}}
        }),
    );
    write(
        "ping-meeting.response.json",
        json!({
            "$schema": "http://json-schema.org/draft-07/schema#",
            "title": "PingMeetingResponse",
            "description": "Answer of a ping.",
            "type": "object",
            "x-keep-unknown": true,
            "examples": [{"pong": true}],
            "properties": {"pong": {"description": "Pong (回应).", "type": "boolean"}}
        }),
    );
    let manifest = schemas.join("meetings/endpoints.json");
    let mut doc: Value =
        serde_json::from_str(&std::fs::read_to_string(&manifest).unwrap()).unwrap();
    doc["endpoints"].as_array_mut().unwrap().push(json!({
        "name": "ping_meeting",
        "type": "PingMeeting",
        "summary": "Ping a meeting (探测会议).",
        "doc": null,
        "sdk": null,
        "method": "GET",
        "path": "/v1/meetings/{meeting_id}/ping",
        "path_params": "ping-meeting.path.json",
        "request": {"in": "query", "schema": "ping-meeting.request.json"},
        "response": {"body": "json", "schema": "ping-meeting.response.json"},
        "retry": "idempotent",
        "oauth2": true,
        "errors": [9003]
    }));
    std::fs::write(&manifest, serde_json::to_string_pretty(&doc).unwrap()).unwrap();
}

#[test]
fn adding_an_endpoint_is_a_schema_a_manifest_entry_and_codegen() {
    let scratch = Scratch::new();
    add_ping_endpoint(&scratch.schemas());
    let generated = scratch.generated();
    assert!(models(&generated).contains("pub struct PingMeetingRequest {"));
    assert!(models(&generated).contains("pub instanceid: crate::InstanceId,"));
    let service = models(&generated);
    assert!(service.contains("pub struct PingMeeting;"));
    assert!(service.contains("type Path = crate::meetings::PingMeetingPath;"));
    assert!(service.contains("const METHOD: crate::Method = crate::Method::Get;"));
    assert!(
        service.contains("query.pair(\"operator_id\", &self.operator_id);")
            && service.contains("query.pair(\"instanceid\", &self.instanceid);"),
        "a GET's request travels in the query, field by field"
    );
    let table = endpoints(&generated);
    assert!(table.contains("name: \"ping_meeting\","));
    assert!(table.contains("visitor.visit::<crate::meetings::PingMeeting>();"));
    // ... and both clients get a method for it.
    for dir in [ASYNC_METHODS, BLOCKING_METHODS] {
        let methods = &generated[&format!("{dir}/meetings.rs")];
        assert!(methods.contains("pub "), "{methods}");
        assert!(
            methods.contains("fn ping_meeting(\n        &self,\n        meeting_id: &str,"),
            "{methods}"
        );
        assert!(
            methods.contains("wemeet_types::meetings::PingMeeting,"),
            "{methods}"
        );
    }
}

/// The promise of the manifest: in a scratch copy of the workspace, a small endpoint added as schemas and a manifest
/// entry only, then `cargo xtask codegen`, changes nothing but the schemas and generated code.
///
/// That the generated code of every endpoint of the table compiles and is called by both clients against the mock
/// (which answers an endpoint without a behaviour through its schema's example) is what the workspace's own build
/// and `mock_end_to_end::every_endpoint_of_the_table_answers_both_clients` prove for all of them on every run; this
/// test used to rebuild the workspace's crates in the scratch copy to prove it once more for the new endpoint, about
/// two minutes of CI for nothing the other two do not show (issue 24).
#[test]
fn a_new_endpoint_is_a_schema_a_manifest_entry_and_generated_code_with_no_other_file_changed() {
    let scratch = tempfile::tempdir().unwrap();
    copy_workspace(&workspace(), scratch.path());
    let before = tree(scratch.path());
    add_ping_endpoint(&scratch.path().join("schemas"));
    let Outcome::Written(written) = run(scratch.path(), Mode::Write).unwrap() else {
        panic!("codegen wrote nothing for a new endpoint");
    };
    assert!(!written.is_empty());

    let after = tree(scratch.path());
    let changed: Vec<&String> = after
        .iter()
        .filter(|(path, text)| before.get(*path) != Some(text))
        .map(|(path, _)| path)
        .collect();
    for path in &changed {
        let generated = [TYPES_DIR, ASYNC_METHODS, BLOCKING_METHODS]
            .iter()
            .any(|dir| path.starts_with(dir))
            || path.as_str() == WEBHOOK_EVENTS
            // The README's endpoint table, between its markers.
            || path.as_str() == super::readme::README;
        assert!(
            path.starts_with("schemas/") || generated,
            "{path} changed: only schemas and generated code may"
        );
    }
    assert!(
        changed
            .iter()
            .any(|path| path.as_str() == "schemas/meetings/endpoints.json")
    );
}

/// Copies the sources of the workspace at `from` (not its build output nor its history) to `to`.
fn copy_workspace(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name();
        if [".git", "target"].contains(&name.to_str().unwrap_or("")) {
            continue;
        }
        let (source, destination) = (entry.path(), to.join(&name));
        if entry.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&destination).unwrap();
            copy_workspace(&source, &destination);
        } else {
            std::fs::copy(&source, &destination).unwrap();
        }
    }
}

/// Every file under `root`, by relative path, with its contents.
fn tree(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut pending = vec![root.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else {
                let relative = path
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                files.insert(relative, std::fs::read(&path).unwrap());
            }
        }
    }
    files
}

#[test]
fn a_path_template_and_its_schema_must_agree() {
    let scratch = Scratch::new();
    scratch.edit("meetings/endpoints.json", |doc| {
        let endpoints = doc["endpoints"].as_array_mut().unwrap();
        let backgrounds = endpoints
            .iter_mut()
            .find(|endpoint| endpoint["name"] == "add_meeting_backgrounds")
            .unwrap();
        backgrounds["path"] = json!("/v1/meetings/{meetingId}/backgrounds");
    });
    let error = format!("{:#}", generate(&scratch.schemas()).unwrap_err());
    assert!(
        error.contains("add_meeting_backgrounds") && error.contains("meetingId"),
        "{error}"
    );
}

#[test]
fn a_name_defined_twice_differently_is_an_error_naming_both_files() {
    let scratch = Scratch::new();
    scratch.edit("meetings/set-live-stream-address.request.json", |doc| {
        doc["definitions"]["Settings"] =
            json!({"type": "object", "properties": {"x": {"type": "string"}}});
    });
    let error = format!("{:#}", generate(&scratch.schemas()).unwrap_err());
    assert!(error.contains("`Settings`"), "{error}");
    assert!(
        error.contains("meetings/definitions.json")
            && error.contains("set-live-stream-address.request.json"),
        "{error}"
    );
}

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
        copy_dir(&workspace().join(OUTPUT_DIR), &dir.path().join(OUTPUT_DIR));
        Scratch { dir }
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
    let existing = read_existing(&workspace().join(OUTPUT_DIR)).unwrap();
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
    scratch.edit("add-meeting-backgrounds.response.json", |doc| {
        doc["definitions"]["Background"]["properties"]["background_id"]["description"] =
            json!("Background ID (背景 ID), edited.");
    });
    let Outcome::Stale(report) = run(scratch.root(), Mode::Check).unwrap() else {
        panic!("an edited description must make --check fail");
    };
    assert!(
        report.contains("--- a/crates/wemeet-types/src/generated/models.rs"),
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
        std::fs::read_to_string(scratch.root().join(OUTPUT_DIR).join("models.rs")).unwrap();
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

/// Every value and every key of every schema file, changed, changes the generated code or stops the generator.
#[test]
fn every_schema_edit_reaches_the_generated_code() {
    let scratch = Scratch::new();
    let baseline = without_input_hashes(scratch.generated());
    let files = bundle::json_file_names(&scratch.schemas()).unwrap();
    assert!(files.contains(&"events/meeting-created.json".to_owned()));
    let mut edits = 0;
    for file in files {
        let path = scratch.schemas().join(&file);
        let original = std::fs::read_to_string(&path).unwrap();
        let document: Value = serde_json::from_str(&original).unwrap();
        for (pointer, edited) in single_edits(&document) {
            if reaches_no_code(&file, &pointer) {
                continue;
            }
            std::fs::write(&path, serde_json::to_string_pretty(&edited).unwrap()).unwrap();
            if let Ok(generated) = generate(&scratch.schemas()) {
                assert_ne!(
                    without_input_hashes(generated),
                    baseline,
                    "editing {file} at {pointer} changed no generated code"
                );
            }
            edits += 1;
        }
        std::fs::write(&path, original).unwrap();
    }
    assert!(edits > 300, "only {edits} edits tried");
}

/// File-level annotations that describe a file rather than a type (the input hashes cover them).
fn reaches_no_code(file: &str, pointer: &str) -> bool {
    matches!(
        pointer,
        "/$id" | "/$comment" | "/$id (key)" | "/$comment (key)"
    ) || (["common.json", "events/definitions.json"].contains(&file)
        && matches!(
            pointer,
            "/title" | "/description" | "/title (key)" | "/description (key)"
        ))
}

fn without_input_hashes(mut generated: BTreeMap<String, String>) -> BTreeMap<String, String> {
    generated.remove("mod.rs");
    generated
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
                Value::Number(number) => json!(number.as_f64().unwrap_or(0.0) as i64 + 1),
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

#[test]
fn a_required_field_becomes_a_constructor_parameter() {
    let scratch = Scratch::new();
    scratch.edit("create-meeting.request.json", |doc| {
        doc["required"]
            .as_array_mut()
            .unwrap()
            .push(json!("password"));
    });
    let models = &scratch.generated()["models.rs"];
    let start = models.find("impl CreateMeetingRequest {").unwrap();
    let end = start + models[start..].find("\n}\n").unwrap();
    let constructors = &models[start..end];
    let parameter = "password: impl ::std::convert::Into<::std::string::String>,";
    assert!(constructors.contains(parameter), "{constructors}");
    assert!(
        !constructors.contains("pub fn with_password("),
        "{constructors}"
    );
}

#[test]
fn the_manifest_drives_the_endpoint_table() {
    let scratch = Scratch::new();
    scratch.edit("endpoints.json", |doc| {
        doc["endpoints"][0]["idempotent"] = json!(true);
    });
    let endpoints = &scratch.generated()["endpoints.rs"];
    assert!(endpoints.contains("impl crate::Endpoint for CreateMeeting {"));
    let create = &endpoints[endpoints
        .find("impl crate::Endpoint for CreateMeeting")
        .unwrap()..];
    assert!(create[..create.find('}').unwrap()].contains("const IDEMPOTENT: bool = true;"));
}

#[test]
fn adding_an_endpoint_is_a_schema_a_manifest_entry_and_codegen() {
    let scratch = Scratch::new();
    let request = json!({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": "GetMeetingRequest",
        "description": "Query of a meeting (查询会议).",
        "type": "object",
        "required": ["userid", "instanceid"],
        "properties": {
            "userid": {"description": "User ID (用户 ID).", "type": "string"},
            "instanceid": {"$ref": "common.json#/definitions/InstanceId"}
        }
    });
    let path = json!({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": "GetMeetingPath",
        "type": "object",
        "required": ["meeting_id"],
        "properties": {"meeting_id": {"description": "Meeting ID (会议 ID).", "type": "string"}}
    });
    std::fs::write(
        scratch.schemas().join("get-meeting.request.json"),
        request.to_string(),
    )
    .unwrap();
    std::fs::write(
        scratch.schemas().join("get-meeting.path.json"),
        path.to_string(),
    )
    .unwrap();
    scratch.edit("endpoints.json", |doc| {
        doc["endpoints"].as_array_mut().unwrap().push(json!({
            "name": "get_meeting",
            "type": "GetMeeting",
            "summary": "Query a meeting (查询会议).",
            "method": "POST",
            "path": "/v1/meetings/{meeting_id}/query",
            "path_params": "get-meeting.path.json",
            "request": "get-meeting.request.json",
            "response": {"body": "json", "schema": "create-meeting.response.json"},
            "idempotent": true
        }));
    });
    let generated = scratch.generated();
    assert!(generated["models.rs"].contains("pub struct GetMeetingRequest {"));
    assert!(generated["models.rs"].contains("pub instanceid: crate::InstanceId,"));
    let endpoints = &generated["endpoints.rs"];
    assert!(endpoints.contains("pub struct GetMeeting;"));
    assert!(endpoints.contains("type Path = crate::GetMeetingPath;"));
    assert!(endpoints.contains("name: \"get_meeting\","));
    assert!(endpoints.contains("impl crate::PathParams for crate::GetMeetingPath {"));
    // ... and both clients get a method for it through `endpoint_methods!`.
    let methods = &generated["client_methods.rs"];
    assert!(
        methods.contains("fn get_meeting(& self, meeting_id : & str,"),
        "{methods}"
    );
    assert!(
        methods.contains("$crate::GetMeetingPath::new(meeting_id)"),
        "{methods}"
    );
}

#[test]
fn a_path_template_and_its_schema_must_agree() {
    let scratch = Scratch::new();
    scratch.edit("endpoints.json", |doc| {
        doc["endpoints"][1]["path"] = json!("/v1/meetings/{meetingId}/backgrounds");
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
    scratch.edit("set-live-stream-address.request.json", |doc| {
        doc["definitions"]["Settings"] =
            json!({"type": "object", "properties": {"x": {"type": "string"}}});
    });
    let error = format!("{:#}", generate(&scratch.schemas()).unwrap_err());
    assert!(error.contains("`Settings`"), "{error}");
    assert!(
        error.contains("create-meeting.request.json")
            && error.contains("set-live-stream-address.request.json"),
        "{error}"
    );
}

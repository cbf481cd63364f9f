//! `cargo xtask codegen`: the code of wemeet-rs that follows from `schemas/`.
//!
//! Pipeline: [`api::Api::load`] parses every schema file and the manifests once into typed definitions and checks
//! them; one emitter per output file reads that form: [`models`] (typify's structs, shaped, with their builders,
//! `Debug`, limits and validation), [`endpoints`] (the endpoint table), [`code_lists`] (an enum per code list),
//! [`error_codes`] (the error vocabulary), [`events`] (the event payloads and `wemeet-webhook`'s `Event`),
//! [`schemas`] (the embedded schemas) and [`client_methods`] (a method per endpoint in each client).
//! [`generate_syntax`] lists the outputs; the files are formatted with prettyplease, then written or, with
//! `--check`, compared with the checked-in ones.
//!
//! The modules form layers, each using only those below it:
//! 1. [`api`] (over [`bundle`]): the typed view of the schemas, the only reader of their JSON (besides the two
//!    outputs that are JSON Schema: typify's input, [`typify_input`], and the embedded schemas, [`schemas`]);
//! 2. what emitters share: [`naming`] (names and paths of generated items), [`docs`] (doc comments),
//!    [`serde_attrs`] (typify's serde options) and [`shaped`] (a struct of typify's, shaped, with its schema);
//! 3. the emitters: one per output concern, [`builders`], [`debug`], [`limits`] and [`validation`] beside each
//!    shaped struct, and the output files' emitters above ([`example`] builds the client methods' doc examples);
//! 4. [`models`], which runs typify and the per-struct emitters, and this module.

mod api;
mod builders;
mod bundle;
mod client_methods;
mod code_lists;
mod debug;
mod docs;
mod endpoints;
mod error_codes;
mod events;
mod example;
mod limits;
mod models;
mod naming;
mod schemas;
mod serde_attrs;
mod shaped;
mod typify_input;
mod validation;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use syn::parse_quote;

/// The directory of `wemeet-types`' generated modules, relative to the workspace root; every file in it is
/// generated (a file the generator no longer writes is removed).
pub const TYPES_DIR: &str = "crates/wemeet-types/src/generated";
/// The async client's generated methods.
pub const ASYNC_METHODS: &str = "crates/wemeet/src/generated.rs";
/// The blocking client's generated methods.
pub const BLOCKING_METHODS: &str = "crates/wemeet-blocking/src/generated.rs";
/// `wemeet-webhook`'s generated `Event` enum.
pub const WEBHOOK_EVENTS: &str = "crates/wemeet-webhook/src/generated.rs";

/// Whether to write the generated files or only compare them with the checked-in ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Write the files.
    Write,
    /// Compare only.
    Check,
}

/// What a run did.
#[derive(Debug)]
pub enum Outcome {
    /// Everything was already up to date.
    UpToDate,
    /// These files were (re)written or removed.
    Written(Vec<PathBuf>),
    /// `--check` found stale files; the report shows the diff.
    Stale(String),
}

/// Runs the generator for the workspace at `root`.
pub fn run(root: &Path, mode: Mode) -> Result<Outcome> {
    let generated = generate(&root.join("schemas"))?;
    let existing = read_existing(root)?;
    match mode {
        Mode::Check => Ok(match diff(&generated, &existing) {
            None => Outcome::UpToDate,
            Some(report) => Outcome::Stale(report),
        }),
        Mode::Write => write(root, &generated, &existing),
    }
}

/// The generated files, by path relative to the workspace root, formatted.
pub fn generate(schemas_dir: &Path) -> Result<BTreeMap<String, String>> {
    Ok(generate_syntax(schemas_dir)?
        .into_iter()
        .map(|(path, (file, docs))| (path, render(file, &docs)))
        .collect())
}

/// The generated files as syntax trees with their module docs, before formatting (formatting is most of the
/// generator's time; the tests that only need to know whether a file changed skip it).
pub fn generate_syntax(schemas_dir: &Path) -> Result<BTreeMap<String, (syn::File, Vec<String>)>> {
    let api = api::Api::load(schemas_dir)?;
    let mut output = Output::default();
    output.add(
        types("models.rs"),
        models::generate(&api)?,
        &[
            "Request and response models, one per schema definition.",
            "",
            "Each struct has `builder()` (named construction: a setter per field, `build()` once the required ones",
            "are set); the models a request reaches implement `Validate`, generated from the schemas' rules.",
        ],
    );
    output.add(
        types("code_lists.rs"),
        code_lists::generate(&api)?,
        &["The code lists: an enum per `anyOf` of documented codes in the schemas."],
    );
    output.add(
        types("endpoints.rs"),
        endpoints::generate(&api)?,
        &["The endpoint table, from `schemas/endpoints.json`: one marker type per endpoint."],
    );
    output.add(
        types("error_codes.rs"),
        error_codes::generate(&api)?,
        &["The error vocabulary, from `schemas/error-codes.json`."],
    );
    output.add(
        types("events.rs"),
        events::types(&api)?,
        &["The event callbacks' payload models by event name, from the `x-event` of `schemas/events/`."],
    );
    output.add(
        WEBHOOK_EVENTS.to_owned(),
        events::webhook(&api)?,
        &["The `Event` enum: a variant per payload model of `schemas/events/` (its `x-event`)."],
    );
    output.add(
        types("schemas.rs"),
        schemas::generate(&api.bundle)?,
        &["The JSON Schemas of the models, self-contained, as `schemas/` defines them."],
    );
    for (path, flavor) in [
        (ASYNC_METHODS, client_methods::Flavor::Async),
        (BLOCKING_METHODS, client_methods::Flavor::Blocking),
    ] {
        output.add(
            path.to_owned(),
            client_methods::generate(&api, flavor)?,
            &["One method per endpoint of `schemas/endpoints.json`, each a call of `Client::send`."],
        );
    }
    output.add_types_mod(inputs_doc(schemas_dir)?);
    Ok(output.files)
}

/// The path of the generated module `name` of `wemeet-types`.
fn types(name: &str) -> String {
    format!("{TYPES_DIR}/{name}")
}

/// The generated files, by path, with their module docs.
#[derive(Default)]
struct Output {
    files: BTreeMap<String, (syn::File, Vec<String>)>,
}

impl Output {
    fn add(&mut self, path: String, file: syn::File, docs: &[&str]) {
        let docs = docs.iter().map(|line| (*line).to_owned()).collect();
        self.files.insert(path, (file, docs));
    }

    /// `wemeet-types`' `generated/mod.rs`: a `pub mod` per generated module added so far, documented with `docs`.
    fn add_types_mod(&mut self, docs: Vec<String>) {
        let prefix = types("");
        let modules = self.files.keys().filter_map(|path| {
            let name = path.strip_prefix(&prefix)?.strip_suffix(".rs")?;
            Some(syn::Ident::new(name, proc_macro2::Span::call_site()))
        });
        let file = parse_quote!(#(pub mod #modules;)*);
        self.files.insert(types("mod.rs"), (file, docs));
    }
}

const HEADER: &str = "\
// @generated from `schemas/` by `cargo xtask codegen`. DO NOT EDIT: edit the schemas (or `xtask/`) and run
// `cargo xtask codegen`; `cargo xtask codegen --check` fails while this file is stale.
";

/// The module docs of `mod.rs`: the input files and their SHA-256, so that any edit of an input, even one that
/// changes no generated line, makes `--check` fail.
fn inputs_doc(schemas_dir: &Path) -> Result<Vec<String>> {
    use sha2::Digest as _;
    let names = bundle::json_file_names(schemas_dir)?;
    let mut docs = vec![
        "Code generated from `schemas/` by `cargo xtask codegen`, from these inputs:".to_owned(),
        String::new(),
    ];
    for name in names {
        let bytes =
            std::fs::read(schemas_dir.join(&name)).with_context(|| format!("reading {name}"))?;
        let digest = sha2::Sha256::digest(&bytes);
        let hex: String = digest.iter().map(|byte| format!("{byte:02x}")).collect();
        docs.push(format!("- `{name}`: SHA-256 `{hex}`"));
    }
    Ok(docs)
}

/// Formats `file` under the header and the module docs `docs`.
fn render<S: AsRef<str>>(mut file: syn::File, docs: &[S]) -> String {
    let mut attrs: Vec<syn::Attribute> = docs
        .iter()
        .map(|line| {
            let line = line.as_ref();
            let text = if line.is_empty() {
                String::new()
            } else {
                format!(" {line}")
            };
            parse_quote!(#![doc = #text])
        })
        .collect();
    if !docs.is_empty() {
        attrs.push(parse_quote!(#![doc = ""]));
        attrs.push(parse_quote!(#![doc = " Generated from `schemas/` by `cargo xtask codegen`: do not edit."]));
    }
    attrs.append(&mut file.attrs);
    file.attrs = attrs;
    format!("{HEADER}{}", prettyplease::unparse(&file))
}

/// The checked-in generated files: every file of [`TYPES_DIR`], and the generated files outside it
/// ([`ASYNC_METHODS`], [`BLOCKING_METHODS`], [`WEBHOOK_EVENTS`]).
fn read_existing(root: &Path) -> Result<BTreeMap<String, String>> {
    let mut files = BTreeMap::new();
    let mut paths: Vec<String> = [ASYNC_METHODS, BLOCKING_METHODS, WEBHOOK_EVENTS]
        .map(str::to_owned)
        .to_vec();
    if let Ok(entries) = std::fs::read_dir(root.join(TYPES_DIR)) {
        for entry in entries {
            let name = entry?.file_name().into_string().unwrap_or_default();
            paths.push(format!("{TYPES_DIR}/{name}"));
        }
    }
    for path in paths {
        if let Ok(text) = std::fs::read_to_string(root.join(&path)) {
            files.insert(path, text);
        }
    }
    Ok(files)
}

/// A unified diff from the checked-in files to the generated ones, or `None` when they are the same.
fn diff(
    generated: &BTreeMap<String, String>,
    existing: &BTreeMap<String, String>,
) -> Option<String> {
    let mut report = String::new();
    let paths: BTreeSet<&String> = generated.keys().chain(existing.keys()).collect();
    for path in paths {
        let (old, new) = (existing.get(path), generated.get(path));
        if old == new {
            continue;
        }
        let old_header = old.map_or_else(|| "/dev/null".to_owned(), |_| format!("a/{path}"));
        let new_header = new.map_or_else(|| "/dev/null".to_owned(), |_| format!("b/{path}"));
        let text_diff = similar::TextDiff::from_lines(
            old.map_or("", String::as_str),
            new.map_or("", String::as_str),
        );
        let _ = write!(
            report,
            "{}",
            text_diff
                .unified_diff()
                .context_radius(3)
                .header(&old_header, &new_header)
        );
    }
    (!report.is_empty()).then_some(report)
}

fn write(
    root: &Path,
    generated: &BTreeMap<String, String>,
    existing: &BTreeMap<String, String>,
) -> Result<Outcome> {
    let mut changed = Vec::new();
    for (path, text) in generated {
        if existing.get(path) != Some(text) {
            let full = root.join(path);
            if let Some(parent) = full.parent() {
                std::fs::create_dir_all(parent)
                    .with_context(|| format!("creating {}", parent.display()))?;
            }
            std::fs::write(&full, text).with_context(|| format!("writing {}", full.display()))?;
            changed.push(full);
        }
    }
    for path in existing
        .keys()
        .filter(|path| !generated.contains_key(*path))
    {
        let full = root.join(path);
        std::fs::remove_file(&full).with_context(|| format!("removing {}", full.display()))?;
        changed.push(full);
    }
    Ok(if changed.is_empty() {
        Outcome::UpToDate
    } else {
        Outcome::Written(changed)
    })
}

#[cfg(test)]
mod tests;

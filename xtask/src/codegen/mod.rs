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

mod accessors;
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
mod layout;
mod limits;
mod models;
mod naming;
mod paging;
mod readme;
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
/// The async client's generated methods, a file per service; every file in it is generated.
pub const ASYNC_METHODS: &str = "crates/wemeet/src/generated";
/// The blocking client's generated methods, a file per service; every file in it is generated.
pub const BLOCKING_METHODS: &str = "crates/wemeet-blocking/src/generated";
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
    let mut generated = generate(&root.join("schemas"))?;
    let mut existing = read_existing(root)?;
    // The README is written by hand but for its table of endpoints.
    if let Ok(readme) = std::fs::read_to_string(root.join(readme::README)) {
        let api = api::Api::load(&root.join("schemas"))?;
        generated.insert(
            readme::README.to_owned(),
            readme::with_table(&api, &readme)?,
        );
        existing.insert(readme::README.to_owned(), readme);
    }
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
    check_features(&api, schemas_dir.parent().unwrap_or(schemas_dir))?;
    let mut output = Output::default();
    let mut homes = layout::Homes::default();
    homes.add(models::generate(&api)?);
    homes.add(code_lists::generate(&api)?);
    let endpoint_items = endpoints::generate(&api)?;
    homes.add(endpoint_items.by_home);
    let compat = layout::compat(&api)?;
    let mut schemas = schemas::generate(&api)?;
    schemas
        .entry(api::Home::Root)
        .or_default()
        .extend(compat.schemas);
    homes.add_mod("schemas", schemas);
    homes.extend(&api::Home::Events, events::types(&api)?);
    let mut table = endpoint_items.table;
    table.items.extend(compat.markers);
    for (home, items) in homes.into_files(&api) {
        let (path, docs) = layout::home_file(&api, &home);
        output.add_lines(
            types(&path),
            syn::File {
                shebang: None,
                attrs: Vec::new(),
                items,
            },
            docs,
        );
    }
    output.add(
        types("endpoints.rs"),
        table,
        &["The endpoint table: every endpoint compiled in, each row and visit with its service's feature."],
    );
    output.add(
        types("error_codes.rs"),
        error_codes::generate(&api)?,
        &["The error vocabulary, from `schemas/error-codes.json` and the services' `error-codes.json`."],
    );
    output.add(
        types("compat.rs"),
        compat.file,
        &[
            "The names the crate root had before services were modules, kept reachable there (hidden from the",
            "docs): the types of the endpoints `schemas/api.json`'s `root_compat` lists.",
        ],
    );
    output.add(
        WEBHOOK_EVENTS.to_owned(),
        events::webhook(&api)?,
        &["The `Event` enum: a variant per payload model of `schemas/events/` (its `x-event`)."],
    );
    for (dir, flavor) in [
        (ASYNC_METHODS, client_methods::Flavor::Async),
        (BLOCKING_METHODS, client_methods::Flavor::Blocking),
    ] {
        let services = client_methods::generate(&api, flavor)?;
        let mut declarations = Vec::new();
        for (service, file) in services {
            let module = quote::format_ident!("{}", service.module);
            let feature = &service.feature;
            declarations.push(quote::quote! {
                #[cfg(feature = #feature)]
                mod #module;
            });
            output.add_lines(
                format!("{dir}/{}.rs", service.module),
                file,
                vec![format!(
                    "The methods of the `{}` service ({}): one per endpoint of `schemas/{}/endpoints.json`, each a \
                     call of `Client::send`.",
                    service.module, service.sdk_name, service.module
                )],
            );
        }
        output.add(
            format!("{dir}/mod.rs"),
            syn::parse2(quote::quote!(#(#declarations)*))?,
            &["The client's methods, a module per service, each compiled with the service's cargo feature."],
        );
    }
    output.add_types_mod(&api, inputs_doc(schemas_dir)?)?;
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

    fn add_lines(&mut self, path: String, file: syn::File, docs: Vec<String>) {
        self.files.insert(path, (file, docs));
    }

    /// `wemeet-types`' `generated/mod.rs`: the modules of the crate root, the events and each service (compiled
    /// with its feature), and `services`, which the crate root re-exports.
    fn add_types_mod(&mut self, api: &api::Api, docs: Vec<String>) -> Result<()> {
        let file = layout::types_mod(api)?;
        self.files.insert(types("mod.rs"), (file, docs));
        Ok(())
    }
}

/// Each service's cargo feature exists in `wemeet-types` and both clients (the clients' forwarding to
/// `wemeet-types`), and `full` enables every one: the manifests name the features, the Cargo.toml files must
/// agree.
fn check_features(api: &api::Api, root: &Path) -> Result<()> {
    let features: BTreeSet<&str> = api.services.iter().map(|s| s.feature.as_str()).collect();
    for (krate, forward) in [
        ("crates/wemeet-types", false),
        ("crates/wemeet", true),
        ("crates/wemeet-blocking", true),
    ] {
        let path = root.join(krate).join("Cargo.toml");
        let Ok(text) = std::fs::read_to_string(&path) else {
            // A scratch copy of `schemas/` alone (the generator's tests) has no crates to check.
            continue;
        };
        let manifest: toml_edit::Document<String> = text
            .parse()
            .with_context(|| format!("parsing {}", path.display()))?;
        let declared = manifest
            .get("features")
            .and_then(toml_edit::Item::as_table)
            .with_context(|| format!("{krate}/Cargo.toml has no [features]"))?;
        let list = |name: &str| -> Vec<String> {
            declared
                .get(name)
                .and_then(toml_edit::Item::as_array)
                .map(|values| {
                    values
                        .iter()
                        .filter_map(|v| v.as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default()
        };
        for feature in &features {
            if !declared.contains_key(feature) {
                anyhow::bail!(
                    "{krate}/Cargo.toml has no feature `{feature}`, which a service of schemas/ names"
                );
            }
            let expected = format!("wemeet-types/{feature}");
            if forward && !list(feature).contains(&expected) {
                anyhow::bail!(
                    "{krate}/Cargo.toml: the feature `{feature}` must enable `{expected}`"
                );
            }
            if !list("full").iter().any(|f| f == feature) {
                anyhow::bail!("{krate}/Cargo.toml: the feature `full` must enable `{feature}`");
            }
        }
    }
    Ok(())
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

/// The checked-in generated files: every file of the generated folders ([`TYPES_DIR`], [`ASYNC_METHODS`],
/// [`BLOCKING_METHODS`]) and [`WEBHOOK_EVENTS`].
fn read_existing(root: &Path) -> Result<BTreeMap<String, String>> {
    let mut files = BTreeMap::new();
    let mut paths: Vec<String> = vec![WEBHOOK_EVENTS.to_owned()];
    for dir in [TYPES_DIR, ASYNC_METHODS, BLOCKING_METHODS] {
        if let Ok(entries) = std::fs::read_dir(root.join(dir)) {
            for entry in entries {
                let name = entry?.file_name().into_string().unwrap_or_default();
                paths.push(format!("{dir}/{name}"));
            }
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
mod sdk_coverage;
#[cfg(test)]
mod tests;

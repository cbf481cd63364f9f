//! `cargo xtask codegen`: generates the models and the endpoint table of `wemeet-types` from `schemas/`.
//!
//! Pipeline: read every schema file and bundle them into one definition map ([`bundle`]), check the endpoint
//! manifest against it ([`manifest`]), run typify and shape its output ([`models`]), generate the endpoint
//! table ([`endpoints`]) and the embedded schemas ([`schemas`]), format with prettyplease, then write the
//! files or, with `--check`, diff them against the checked-in ones.

mod bundle;
mod client_methods;
mod endpoints;
mod manifest;
mod models;
mod schemas;
mod typify_input;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use syn::parse_quote;

/// Where the generated modules live, relative to the workspace root.
pub const OUTPUT_DIR: &str = "crates/wemeet-types/src/generated";

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
    let output_dir = root.join(OUTPUT_DIR);
    let existing = read_existing(&output_dir)?;
    match mode {
        Mode::Check => Ok(match diff(&generated, &existing) {
            None => Outcome::UpToDate,
            Some(report) => Outcome::Stale(report),
        }),
        Mode::Write => write(&output_dir, &generated, &existing),
    }
}

/// The generated files, by name inside [`OUTPUT_DIR`].
pub fn generate(schemas_dir: &Path) -> Result<BTreeMap<String, String>> {
    let files = bundle::load_dir(schemas_dir, &[manifest::FILE_NAME])?;
    let bundle = bundle::bundle(&files)?;
    let manifest = manifest::Manifest::load(schemas_dir)?;
    manifest.check(&bundle)?;

    let mut output = BTreeMap::new();
    output.insert(
        "mod.rs".to_owned(),
        render(
            parse_quote! { pub mod client_methods; pub mod endpoints; pub mod models; pub mod schemas; },
            &inputs_doc(schemas_dir)?,
        ),
    );
    output.insert(
        "models.rs".to_owned(),
        render(
            models::generate(&bundle)?,
            &[
                "Request and response models, one per schema definition.",
                "",
                "Each struct has `new(<required fields>)` and a chainable `with_<field>(value)` per optional field.",
            ],
        ),
    );
    output.insert(
        "endpoints.rs".to_owned(),
        render(
            endpoints::generate(&manifest, &bundle)?,
            &["The endpoint table, from `schemas/endpoints.json`: one marker type per endpoint."],
        ),
    );
    output.insert(
        "client_methods.rs".to_owned(),
        render(
            client_methods::generate(&manifest, &bundle)?,
            &["`endpoint_methods!`: one client method per endpoint of `schemas/endpoints.json`."],
        ),
    );
    output.insert(
        "schemas.rs".to_owned(),
        render(
            schemas::generate(&bundle)?,
            &["The JSON Schemas of the models, self-contained, as `schemas/` defines them."],
        ),
    );
    Ok(output)
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

fn read_existing(dir: &Path) -> Result<BTreeMap<String, String>> {
    let mut files = BTreeMap::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(files);
    };
    for entry in entries {
        let path = entry?.path();
        if let Some(name) = path.file_name().and_then(|n| n.to_str()) {
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("reading {}", path.display()))?;
            files.insert(name.to_owned(), text);
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
    let names: std::collections::BTreeSet<&String> =
        generated.keys().chain(existing.keys()).collect();
    for name in names {
        let old = existing.get(name).map(String::as_str).unwrap_or("");
        let new = generated.get(name).map(String::as_str).unwrap_or("");
        if existing.contains_key(name) && generated.contains_key(name) && old == new {
            continue;
        }
        let path = format!("{OUTPUT_DIR}/{name}");
        let old_header = if existing.contains_key(name) {
            format!("a/{path}")
        } else {
            "/dev/null".into()
        };
        let new_header = if generated.contains_key(name) {
            format!("b/{path}")
        } else {
            "/dev/null".into()
        };
        let text_diff = similar::TextDiff::from_lines(old, new);
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
    dir: &Path,
    generated: &BTreeMap<String, String>,
    existing: &BTreeMap<String, String>,
) -> Result<Outcome> {
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let mut changed = Vec::new();
    for (name, text) in generated {
        if existing.get(name) != Some(text) {
            let path = dir.join(name);
            std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
            changed.push(path);
        }
    }
    for name in existing
        .keys()
        .filter(|name| !generated.contains_key(*name))
    {
        let path = dir.join(name);
        std::fs::remove_file(&path).with_context(|| format!("removing {}", path.display()))?;
        changed.push(path);
    }
    Ok(if changed.is_empty() {
        Outcome::UpToDate
    } else {
        Outcome::Written(changed)
    })
}

#[cfg(test)]
mod tests;

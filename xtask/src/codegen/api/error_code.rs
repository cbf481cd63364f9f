//! The error vocabulary, `schemas/error-codes.json`: each code of the API written once.

use std::collections::BTreeSet;
use std::path::Path;

use anyhow::{Context, Result, bail};
use serde::Deserialize;

/// File name of the vocabulary inside `schemas/`.
pub const FILE_NAME: &str = "error-codes.json";

/// What a client may do about an error code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorClass {
    /// The caller's mistake: never retried.
    Request,
    /// The service failed: never retried.
    Service,
    /// Authentication failed: never retried.
    Auth,
    /// A per-minute rate limit: retried once, after a pause.
    RateLimit,
    /// A quota: never retried.
    Quota,
    /// The service asks to try again: retried where the endpoint may be re-sent.
    Transient,
}

impl ErrorClass {
    /// The variant of `wemeet_types::ErrorClass`.
    pub fn variant(self) -> &'static str {
        match self {
            ErrorClass::Request => "Request",
            ErrorClass::Service => "Service",
            ErrorClass::Auth => "Auth",
            ErrorClass::RateLimit => "RateLimit",
            ErrorClass::Quota => "Quota",
            ErrorClass::Transient => "Transient",
        }
    }
}

/// One error code.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ErrorCode {
    /// `error_info.error_code`.
    pub code: i64,
    /// PascalCase name; the constant is its SCREAMING_SNAKE_CASE form.
    pub name: String,
    /// The HTTP status the service answers it with.
    pub status: u16,
    /// What a client may do about it.
    pub class: ErrorClass,
    /// What it means, in English with the docs' Chinese term.
    pub meaning: String,
    /// The `new_error_code` the service sends with it, where one is documented.
    #[serde(default)]
    pub new_code: Option<i64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(rename = "$comment", default)]
    _comment: Option<String>,
    codes: Vec<ErrorCode>,
}

/// Reads and checks the vocabulary `name` (a path inside `schemas_dir`: `error-codes.json`, or a service's
/// `<module>/error-codes.json`).
pub fn load(schemas_dir: &Path, name: &str) -> Result<Vec<ErrorCode>> {
    let path = schemas_dir.join(name);
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    let file: File =
        serde_json::from_str(&text).with_context(|| format!("parsing {}", path.display()))?;
    for entry in &file.codes {
        let context = || format!("{name}: code {}", entry.code);
        if !entry.name.starts_with(|c: char| c.is_ascii_uppercase())
            || !entry.name.chars().all(|c| c.is_ascii_alphanumeric())
        {
            bail!("{}: `{}` is not a PascalCase name", context(), entry.name);
        }
        if !(100..=599).contains(&entry.status) {
            bail!("{}: {} is not an HTTP status", context(), entry.status);
        }
        if entry.meaning.trim().is_empty() {
            bail!("{}: the meaning is empty", context());
        }
    }
    Ok(file.codes)
}

/// Each code and each name once in the whole vocabulary (a code several services answer belongs in the shared
/// `error-codes.json`).
pub fn check_unique(codes: &[ErrorCode]) -> Result<()> {
    let mut seen = BTreeSet::new();
    let mut names = BTreeSet::new();
    for entry in codes {
        if !seen.insert(entry.code) {
            bail!(
                "error code {} is listed twice: a code several services answer belongs in {FILE_NAME} once",
                entry.code
            );
        }
        if !names.insert(entry.name.as_str()) {
            bail!(
                "error code {}: the name `{}` is used twice",
                entry.code,
                entry.name
            );
        }
    }
    Ok(())
}

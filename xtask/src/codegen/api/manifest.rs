//! The manifests as written: `schemas/api.json` (what every endpoint shares, and the services) and each service's
//! `schemas/<module>/endpoints.json` (its endpoints). [`super::endpoint`] checks each entry against its schemas.

use std::path::Path;

use anyhow::{Context, Result, bail};
use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::endpoint::{Method, RequestIn, RetryClass};

/// The file naming the services, inside `schemas/`.
pub const API_FILE: &str = "api.json";
/// The manifest of a service, inside its folder.
pub const SERVICE_MANIFEST: &str = "endpoints.json";

/// `schemas/api.json` as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApiFile {
    #[serde(rename = "$comment", default)]
    _comment: Option<String>,
    /// Schema file of the error body every endpoint may answer with.
    pub error_response: String,
    /// The vocabulary of the codes several services share.
    pub error_codes: String,
    /// Codes every endpoint may answer.
    pub common_errors: Vec<i64>,
    /// The service folders, in the order the API is presented.
    pub services: Vec<String>,
    /// The endpoints whose types were at the crate root before services were modules, by name: they stay
    /// reachable there (hidden from the docs), so that code written then still compiles.
    #[serde(default)]
    pub root_compat: Vec<String>,
}

/// `schemas/<module>/endpoints.json` as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceFile {
    #[serde(rename = "$comment", default)]
    pub comment: Option<String>,
    /// The official SDKs' name of the service (`user_manager`).
    pub service: String,
    /// The Rust module (and folder) name (`users`).
    pub module: String,
    /// The cargo feature that compiles it (`users`).
    pub feature: String,
    /// One line saying what the service does.
    pub summary: String,
    /// The endpoints.
    pub endpoints: Vec<Entry>,
}

/// One endpoint as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    #[serde(rename = "$comment", default)]
    _comment: Option<String>,
    /// snake_case name, e.g. `create_meeting`: the client method's name.
    pub name: String,
    /// PascalCase name of the marker type, e.g. `CreateMeeting`.
    #[serde(rename = "type")]
    pub type_name: String,
    /// One line saying what it does.
    pub summary: String,
    /// The doc page (its id under product 1095) the entry was transcribed from, if any.
    pub doc: Option<u32>,
    /// The official SDKs' name of the operation; `null` for an endpoint no SDK has.
    pub sdk: Option<String>,
    /// HTTP method, upper case.
    pub method: Method,
    /// Path template, parameters in braces.
    pub path: String,
    /// Schema file of the path parameters; `null` when the path has none.
    pub path_params: Option<String>,
    /// Where the request travels and its schema; `null` for none.
    pub request: Option<RequestEntry>,
    /// What a success answers with.
    pub response: ResponseEntry,
    /// How a paged list reaches its next page, for a paged list.
    #[serde(default)]
    pub paging: Option<PagingEntry>,
    /// The retry class.
    pub retry: RetryClass,
    /// Whether OAuth 2.0 access tokens are accepted.
    pub oauth2: bool,
    /// The codes the endpoint's doc documents.
    pub errors: Vec<i64>,
}

/// `request` as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequestEntry {
    /// Where it travels.
    #[serde(rename = "in")]
    pub location: RequestIn,
    /// Its schema file.
    pub schema: String,
}

/// `response` as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "body", rename_all = "snake_case", deny_unknown_fields)]
pub enum ResponseEntry {
    /// A JSON document of a schema.
    Json {
        /// Its schema file.
        schema: String,
    },
    /// An empty body.
    Empty,
    /// A JSON object the docs do not describe: kept whole.
    Object,
}

/// `paging` as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "style", rename_all = "snake_case", deny_unknown_fields)]
pub enum PagingEntry {
    /// `page`/`page_size` in the request, `total_page` and/or `total_count` in the answer.
    Page {
        /// The answer's list of items.
        items: String,
    },
    /// Request properties set from answer properties, while `more` says there is more.
    Cursor {
        /// Request property -> the answer property holding its next value.
        cursor: std::collections::BTreeMap<String, String>,
        /// The answer property saying whether more pages follow (a boolean, or a count that is 0 at the end).
        #[serde(default)]
        more: Option<String>,
        /// The answer's list of items.
        items: String,
    },
}

/// Reads and parses the JSON file `path`.
pub fn read<T: DeserializeOwned>(path: &Path) -> Result<T> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    serde_json::from_str(&text).with_context(|| format!("parsing {}", path.display()))
}

impl ServiceFile {
    /// Reads the manifest of the service folder `module` and checks that it names itself.
    pub fn load(schemas_dir: &Path, module: &str) -> Result<Self> {
        let file: ServiceFile = read(&schemas_dir.join(module).join(SERVICE_MANIFEST))?;
        if file.module != module {
            bail!(
                "{module}/{SERVICE_MANIFEST}: `module` is `{}`, but the folder is `{module}`",
                file.module
            );
        }
        let snake = |name: &str| {
            name.starts_with(|c: char| c.is_ascii_lowercase())
                && name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        };
        if !snake(&file.module) || !snake(&file.feature) {
            bail!("{module}/{SERVICE_MANIFEST}: `module` and `feature` must be snake_case");
        }
        Ok(file)
    }
}

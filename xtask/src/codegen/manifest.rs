//! The endpoint manifest, `schemas/endpoints.json`: one entry per endpoint of the API.

use std::collections::BTreeSet;
use std::path::Path;

use anyhow::{Context, Result, bail};
use serde::Deserialize;
use serde_json::Value;

use super::bundle::Bundle;

/// File name of the manifest inside `schemas/`.
pub const FILE_NAME: &str = "endpoints.json";

/// The parsed manifest.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    #[serde(rename = "$comment", default)]
    _comment: Option<String>,
    /// Schema file of the error body every endpoint may answer with.
    pub error_response: String,
    /// The endpoints, in the order the table lists them.
    pub endpoints: Vec<Endpoint>,
}

/// One endpoint.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Endpoint {
    /// snake_case name, e.g. `create_meeting`.
    pub name: String,
    /// Name of the marker type, e.g. `CreateMeeting`.
    #[serde(rename = "type")]
    pub type_name: String,
    /// One-line description.
    pub summary: String,
    /// HTTP method, upper case.
    pub method: String,
    /// Path template, parameters in braces: `/v1/meetings/{meeting_id}/backgrounds`.
    pub path: String,
    /// Schema file of the path parameters, `null` when the path has none.
    pub path_params: Option<String>,
    /// Schema file of the request body.
    pub request: String,
    /// What a success answers with.
    pub response: ResponseBody,
    /// Whether an attempt that may have reached the server can be retried.
    pub idempotent: bool,
}

/// The body of a successful answer.
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "body", rename_all = "snake_case", deny_unknown_fields)]
pub enum ResponseBody {
    /// A JSON document described by a schema file.
    Json {
        /// The schema file.
        schema: String,
    },
    /// An empty body.
    Empty,
}

impl Manifest {
    /// Reads and parses the manifest in `schemas_dir`.
    pub fn load(schemas_dir: &Path) -> Result<Self> {
        let path = schemas_dir.join(FILE_NAME);
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        serde_json::from_str(&text).with_context(|| format!("parsing {}", path.display()))
    }

    /// Checks the manifest against itself and the schemas.
    pub fn check(&self, bundle: &Bundle) -> Result<()> {
        bundle
            .root_of(&self.error_response)
            .context("`error_response`")?;
        let mut names = BTreeSet::new();
        let mut types = BTreeSet::new();
        for endpoint in &self.endpoints {
            let context = || format!("{FILE_NAME}: endpoint `{}`", endpoint.name);
            endpoint.check(bundle).with_context(context)?;
            if !names.insert(&endpoint.name) || !types.insert(&endpoint.type_name) {
                bail!("{}: listed twice", context());
            }
        }
        Ok(())
    }
}

impl Endpoint {
    fn check(&self, bundle: &Bundle) -> Result<()> {
        let snake = |s: &str| {
            !s.is_empty()
                && s.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        };
        if !snake(&self.name) {
            bail!("`name` must be snake_case");
        }
        if !self.type_name.starts_with(|c: char| c.is_ascii_uppercase())
            || !self.type_name.chars().all(|c| c.is_ascii_alphanumeric())
        {
            bail!("`type` must be a PascalCase type name");
        }
        if !["GET", "POST", "PUT", "PATCH", "DELETE"].contains(&self.method.as_str()) {
            bail!(
                "`method` must be an upper-case HTTP method, found `{}`",
                self.method
            );
        }
        bundle.root_of(&self.request).context("`request`")?;
        if let ResponseBody::Json { schema } = &self.response {
            bundle.root_of(schema).context("`response`")?;
        }

        let in_template = self.template_parameters()?;
        let in_schema = match &self.path_params {
            None => Vec::new(),
            Some(file) => {
                let root = bundle.root_of(file).context("`path_params`")?;
                let schema = &bundle.definitions[root].schema;
                let required: BTreeSet<&str> = schema
                    .get("required")
                    .and_then(Value::as_array)
                    .map(|r| r.iter().filter_map(Value::as_str).collect())
                    .unwrap_or_default();
                let properties = schema.get("properties").and_then(Value::as_object);
                let names: Vec<String> = properties
                    .map(|p| p.keys().cloned().collect())
                    .unwrap_or_default();
                if let Some(optional) = names.iter().find(|n| !required.contains(n.as_str())) {
                    bail!(
                        "path parameter `{optional}` of `{file}` must be required: a path has no optional segment"
                    );
                }
                names
            }
        };
        if in_template != in_schema {
            bail!(
                "the path `{}` has the parameters {in_template:?} but its path schema has {in_schema:?}",
                self.path
            );
        }
        Ok(())
    }

    /// The parameter names of the path template, in order.
    pub fn template_parameters(&self) -> Result<Vec<String>> {
        let mut names = Vec::new();
        let mut rest = self.path.as_str();
        if !rest.starts_with('/') {
            bail!("the path `{}` must start with `/`", self.path);
        }
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}') else {
                bail!("the path `{}` has an unclosed `{{`", self.path);
            };
            names.push(rest[open + 1..open + close].to_owned());
            rest = &rest[open + close + 1..];
        }
        if rest.contains('}') {
            bail!("the path `{}` has an unopened `}}`", self.path);
        }
        Ok(names)
    }
}

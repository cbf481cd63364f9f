//! The endpoint manifest, `schemas/endpoints.json`, read into typed endpoints checked against their schemas.

use std::path::Path;

use anyhow::{Context, Result, bail};
use serde::Deserialize;

use super::MANIFEST;
use super::model::{Model, Shape, Ty};
use crate::codegen::bundle::Bundle;

/// The file as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    #[serde(rename = "$comment", default)]
    _comment: Option<String>,
    /// Schema file of the error body every endpoint may answer with.
    pub error_response: String,
    /// The error vocabulary's file.
    pub error_codes: String,
    /// Codes every endpoint may answer.
    pub common_errors: Vec<i64>,
    /// The endpoints.
    pub endpoints: Vec<Entry>,
}

/// One entry as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// snake_case name, e.g. `create_meeting`: the client method's name.
    pub name: String,
    /// PascalCase name of the marker type, e.g. `CreateMeeting`.
    #[serde(rename = "type")]
    pub type_name: String,
    /// One line saying what it does.
    pub summary: String,
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
    #[serde(rename = "in")]
    location: RequestIn,
    schema: String,
}

/// `response` as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "body", rename_all = "snake_case", deny_unknown_fields)]
pub enum ResponseEntry {
    /// A JSON document.
    Json {
        /// Its schema file.
        schema: String,
    },
    /// An empty body.
    Empty,
}

/// An HTTP method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Method {
    /// GET.
    Get,
    /// POST.
    Post,
    /// PUT.
    Put,
    /// PATCH.
    Patch,
    /// DELETE.
    Delete,
}

impl Method {
    /// The variant of `wemeet_types::Method`.
    pub fn variant(self) -> &'static str {
        match self {
            Method::Get => "Get",
            Method::Post => "Post",
            Method::Put => "Put",
            Method::Patch => "Patch",
            Method::Delete => "Delete",
        }
    }

    /// Upper case, as on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
        }
    }

    /// Whether a request of this method has a body (GET and DELETE send none).
    pub fn has_body(self) -> bool {
        !matches!(self, Method::Get | Method::Delete)
    }
}

/// Where a request travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RequestIn {
    /// A JSON body.
    Body,
    /// The query string (and no body).
    Query,
}

/// When a call may be re-sent (api-notes §7).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RetryClass {
    /// Only when it certainly never reached the server.
    IfNotSent,
    /// Also after timeouts and gateway errors.
    Idempotent,
}

impl RetryClass {
    /// The variant of `wemeet_types::RetryClass`.
    pub fn variant(self) -> &'static str {
        match self {
            RetryClass::IfNotSent => "IfNotSent",
            RetryClass::Idempotent => "Idempotent",
        }
    }
}

/// An endpoint's request.
#[derive(Debug, Clone)]
pub struct Request {
    /// Where it travels.
    pub location: RequestIn,
    /// Its model.
    pub model: String,
}

/// What a success answers with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Response {
    /// A JSON document of this model.
    Json(String),
    /// An empty body.
    Empty,
}

/// One endpoint, checked against its schemas.
#[derive(Debug, Clone)]
pub struct Endpoint {
    /// snake_case name.
    pub name: String,
    /// Marker type's name.
    pub type_name: String,
    /// One line.
    pub summary: String,
    /// Method.
    pub method: Method,
    /// Path template.
    pub path: String,
    /// The path parameters' model, when the path has parameters.
    pub path_model: Option<String>,
    /// The path parameters, in template order.
    pub path_params: Vec<String>,
    /// The request, if any.
    pub request: Option<Request>,
    /// The response.
    pub response: Response,
    /// Retry class.
    pub retry: RetryClass,
    /// Whether OAuth 2.0 is accepted.
    pub oauth2: bool,
    /// Documented error codes.
    pub errors: Vec<i64>,
}

impl Manifest {
    /// Reads the manifest in `schemas_dir`.
    pub fn load(schemas_dir: &Path) -> Result<Self> {
        let path = schemas_dir.join(MANIFEST);
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        serde_json::from_str(&text).with_context(|| format!("parsing {}", path.display()))
    }
}

/// The models of the bundle, by name.
type Models = std::collections::BTreeMap<String, Model>;

impl Endpoint {
    /// Resolves `entry` against the bundle and checks it.
    pub fn parse(entry: &Entry, bundle: &Bundle, models: &Models) -> Result<Self> {
        check_names(entry)?;
        let path_params = template_parameters(&entry.path)?;
        let path_model = path_model(entry, &path_params, bundle, models)?;
        let request = entry
            .request
            .as_ref()
            .map(|request| parse_request(entry, request, bundle, models))
            .transpose()?;
        let response = match &entry.response {
            ResponseEntry::Empty => Response::Empty,
            ResponseEntry::Json { schema } => {
                let model = bundle.root_of(schema).context("`response`")?.to_owned();
                if !matches!(models.get(&model).map(|m| &m.shape), Some(Shape::Object(_))) {
                    bail!("the response `{model}` must be an object");
                }
                Response::Json(model)
            }
        };
        Ok(Endpoint {
            name: entry.name.clone(),
            type_name: entry.type_name.clone(),
            summary: entry.summary.clone(),
            method: entry.method,
            path: entry.path.clone(),
            path_model,
            path_params,
            request,
            response,
            retry: entry.retry,
            oauth2: entry.oauth2,
            errors: entry.errors.clone(),
        })
    }
}

/// `name` is a snake_case method name and `type` a PascalCase type name.
fn check_names(entry: &Entry) -> Result<()> {
    let snake = |s: &str| {
        s.starts_with(|c: char| c.is_ascii_lowercase())
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    };
    if !snake(&entry.name) {
        bail!("`name` must be snake_case");
    }
    if !entry
        .type_name
        .starts_with(|c: char| c.is_ascii_uppercase())
        || !entry.type_name.chars().all(|c| c.is_ascii_alphanumeric())
    {
        bail!("`type` must be a PascalCase type name");
    }
    Ok(())
}

/// The model of the path parameters, checked against the template's parameters `path_params`: the same names in
/// the same order, each a required string under its wire name.
fn path_model(
    entry: &Entry,
    path_params: &[String],
    bundle: &Bundle,
    models: &Models,
) -> Result<Option<String>> {
    let path_model = match &entry.path_params {
        None => None,
        Some(file) => Some(bundle.root_of(file).context("`path_params`")?.to_owned()),
    };
    let in_schema: Vec<String> = match &path_model {
        None => Vec::new(),
        Some(name) => {
            let object = models
                .get(name)
                .and_then(Model::object)
                .with_context(|| format!("path parameters `{name}` must be an object"))?;
            for property in &object.properties {
                if !property.required || property.ty != Ty::String {
                    bail!(
                        "path parameter `{}` of `{name}` must be a required string: a path has no optional \
                         segment",
                        property.wire_name
                    );
                }
                if property.rust_name != property.wire_name {
                    bail!(
                        "path parameter `{}`: `x-rust-name` is not supported there",
                        property.wire_name
                    );
                }
            }
            object
                .properties
                .iter()
                .map(|p| p.wire_name.clone())
                .collect()
        }
    };
    if path_params != in_schema {
        bail!(
            "the path `{}` has the parameters {path_params:?} but its path schema has {in_schema:?}",
            entry.path
        );
    }
    Ok(path_model)
}

/// The request of `entry`: a body for a method that has one, a query of single values for one that has none.
fn parse_request(
    entry: &Entry,
    request: &RequestEntry,
    bundle: &Bundle,
    models: &Models,
) -> Result<Request> {
    let model = bundle
        .root_of(&request.schema)
        .context("`request`")?
        .to_owned();
    let object = models
        .get(&model)
        .and_then(Model::object)
        .with_context(|| format!("the request `{model}` must be an object"))?;
    match (request.location, entry.method.has_body()) {
        (RequestIn::Body, false) => bail!(
            "a {} sends no body: put the request `in: query`",
            entry.method.as_str()
        ),
        (RequestIn::Query, true) => bail!(
            "a {} request travels in its body: put the request `in: body`",
            entry.method.as_str()
        ),
        (RequestIn::Query, false) => {
            for property in &object.properties {
                if matches!(property.ty, Ty::Array(_) | Ty::Any)
                    || matches!(&property.ty, Ty::Model(name) if models.get(name).and_then(Model::object).is_some())
                {
                    bail!(
                        "query parameter `{}` of `{model}` must be a single value, not a list or an object",
                        property.wire_name
                    );
                }
            }
        }
        (RequestIn::Body, true) => {}
    }
    Ok(Request {
        location: request.location,
        model,
    })
}

/// The parameter names of a path template, in order.
fn template_parameters(path: &str) -> Result<Vec<String>> {
    let mut names = Vec::new();
    let mut rest = path;
    if !path.starts_with('/') {
        bail!("the path `{path}` must start with `/`");
    }
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            bail!("the path `{path}` has an unclosed `{{`");
        };
        names.push(rest[open + 1..open + close].to_owned());
        rest = &rest[open + close + 1..];
    }
    if rest.contains('}') {
        bail!("the path `{path}` has an unopened `}}`");
    }
    Ok(names)
}

//! The endpoints of the services' manifests (`schemas/<module>/endpoints.json`), each checked against its schemas.

use anyhow::{Context, Result, bail};
use serde::Deserialize;

use super::manifest::{Entry, PagingEntry, RequestEntry, ResponseEntry};
use super::model::{Model, Object, Shape, Ty};
use super::service::Service;
use crate::codegen::bundle::Bundle;

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

    /// Whether a request of this method may have a body (a GET sends none).
    pub fn may_have_body(self) -> bool {
        !matches!(self, Method::Get)
    }
}

/// Where a request travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RequestIn {
    /// A JSON body (its properties marked `x-in: query` travel in the query string).
    Body,
    /// The query string (and no body).
    Query,
    /// A multipart form: a part per property, the file part marked `x-form-file`.
    Multipart,
}

impl RequestIn {
    /// The variant of `wemeet_types::RequestIn`.
    pub fn variant(self) -> &'static str {
        match self {
            RequestIn::Body => "Body",
            RequestIn::Query => "Query",
            RequestIn::Multipart => "Multipart",
        }
    }
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
    /// A JSON object the docs do not describe, kept whole (`wemeet_types::JsonObject`).
    Object,
}

/// How a paged list reaches its next page, checked against the request and answer models.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Paging {
    /// `page`/`page_size` in the request; the answer's `total_page` and/or `total_count` tell where it ends.
    Page {
        /// The answer's list of items (wire name).
        items: String,
        /// Whether the answer has `total_page`.
        total_page: bool,
        /// Whether the answer has `total_count`.
        total_count: bool,
    },
    /// Request properties set from answer properties while `more` says more pages follow.
    Cursor {
        /// (request property, answer property holding its next value), by wire name.
        cursor: Vec<(String, String)>,
        /// The answer property saying whether more pages follow.
        more: Option<String>,
        /// The answer's list of items (wire name).
        items: String,
    },
}

impl Paging {
    /// The answer's list of items (wire name).
    pub fn items(&self) -> &str {
        match self {
            Paging::Page { items, .. } | Paging::Cursor { items, .. } => items,
        }
    }
}

/// One endpoint, checked against its schemas.
#[derive(Debug, Clone)]
pub struct Endpoint {
    /// The service (its module and feature).
    pub service: Service,
    /// The doc page it was transcribed from.
    pub doc: Option<u32>,
    /// The official SDKs' operation name.
    pub sdk: Option<String>,
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
    /// How a paged list reaches its next page.
    pub paging: Option<Paging>,
    /// Retry class.
    pub retry: RetryClass,
    /// Whether OAuth 2.0 is accepted.
    pub oauth2: bool,
    /// Documented error codes.
    pub errors: Vec<i64>,
}

/// The models of the bundle, by name.
type Models = std::collections::BTreeMap<String, Model>;

impl Endpoint {
    /// Resolves `entry` of `service`'s manifest against the bundle and checks it. Schema files are relative to
    /// the service's folder.
    pub fn parse(
        service: &Service,
        entry: &Entry,
        bundle: &Bundle,
        models: &Models,
    ) -> Result<Self> {
        check_names(entry)?;
        let file = |name: &str| format!("{}/{name}", service.module);
        let path_params = template_parameters(&entry.path)?;
        let path_model = path_model(entry, &path_params, &file, bundle, models)?;
        let request = entry
            .request
            .as_ref()
            .map(|request| parse_request(entry, request, &file, bundle, models))
            .transpose()?;
        let response = match &entry.response {
            ResponseEntry::Empty => Response::Empty,
            ResponseEntry::Object => Response::Object,
            ResponseEntry::Json { schema } => {
                let model = bundle
                    .root_of(&file(schema))
                    .context("`response`")?
                    .to_owned();
                if !matches!(models.get(&model).map(|m| &m.shape), Some(Shape::Object(_))) {
                    bail!("the response `{model}` must be an object");
                }
                Response::Json(model)
            }
        };
        let paging = entry
            .paging
            .as_ref()
            .map(|paging| parse_paging(paging, request.as_ref(), &response, models))
            .transpose()
            .context("`paging`")?;
        Ok(Endpoint {
            service: service.clone(),
            doc: entry.doc,
            sdk: entry.sdk.clone(),
            name: entry.name.clone(),
            type_name: entry.type_name.clone(),
            summary: entry.summary.clone(),
            method: entry.method,
            path: entry.path.clone(),
            path_model,
            path_params,
            request,
            response,
            paging,
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
    file: &dyn Fn(&str) -> String,
    bundle: &Bundle,
    models: &Models,
) -> Result<Option<String>> {
    let path_model = match &entry.path_params {
        None => None,
        Some(name) => Some(
            bundle
                .root_of(&file(name))
                .context("`path_params`")?
                .to_owned(),
        ),
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

/// The request of `entry`: where it travels, checked against its model: a query holds single values, a JSON body
/// may send some properties in the query (`x-in: query`), a multipart form has one file part (`x-form-file`) and
/// single values besides.
fn parse_request(
    entry: &Entry,
    request: &RequestEntry,
    file: &dyn Fn(&str) -> String,
    bundle: &Bundle,
    models: &Models,
) -> Result<Request> {
    let model = bundle
        .root_of(&file(&request.schema))
        .context("`request`")?
        .to_owned();
    let object = models
        .get(&model)
        .and_then(Model::object)
        .with_context(|| format!("the request `{model}` must be an object"))?;
    if request.location != RequestIn::Query && !entry.method.may_have_body() {
        bail!(
            "a {} sends no body: put the request `in: query`",
            entry.method.as_str()
        );
    }
    let single_value = |property: &super::model::Property| {
        !(matches!(property.ty, Ty::Array(_) | Ty::Any)
            || matches!(&property.ty, Ty::Model(name) if models.get(name).and_then(Model::object).is_some()))
    };
    for property in &object.properties {
        let in_query = request.location == RequestIn::Query || property.in_query;
        if property.in_query && request.location != RequestIn::Body {
            bail!(
                "`{}`: `x-in: query` marks a property of a JSON-body request that travels in the query string",
                property.wire_name
            );
        }
        if property.form_file && request.location != RequestIn::Multipart {
            bail!(
                "`{}`: `x-form-file` marks the file part of a multipart request",
                property.wire_name
            );
        }
        if (in_query || request.location == RequestIn::Multipart)
            && !property.form_file
            && !single_value(property)
        {
            bail!(
                "`{}` of `{model}` travels in the query string or a form field: it must be a single value, not a \
                 list or an object",
                property.wire_name
            );
        }
    }
    if request.location == RequestIn::Multipart
        && object.properties.iter().filter(|p| p.form_file).count() != 1
    {
        bail!("the multipart request `{model}` must have exactly one `x-form-file` property");
    }
    Ok(Request {
        location: request.location,
        model,
    })
}

/// The paging of an endpoint, checked against its request and answer: the properties it names exist, with the
/// shapes the style needs.
fn parse_paging(
    paging: &PagingEntry,
    request: Option<&Request>,
    response: &Response,
    models: &Models,
) -> Result<Paging> {
    let request = request
        .and_then(|request| models.get(&request.model))
        .and_then(Model::object)
        .context("a paged list needs a request")?;
    let answer = match response {
        Response::Json(model) => models.get(model).and_then(Model::object),
        Response::Empty | Response::Object => None,
    }
    .context("a paged list needs a JSON answer of a schema")?;
    let property = |object: &Object, name: &str, which: &str| -> Result<super::model::Property> {
        object
            .properties
            .iter()
            .find(|p| p.wire_name == name)
            .cloned()
            .with_context(|| format!("the {which} has no property `{name}`"))
    };
    let items = |name: &str| -> Result<String> {
        let list = property(answer, name, "answer")?;
        if !matches!(list.ty, Ty::Array(_)) {
            bail!("the answer's `{name}` is not a list");
        }
        Ok(name.to_owned())
    };
    match paging {
        PagingEntry::Page { items: list } => {
            for name in ["page", "page_size"] {
                let field = property(request, name, "request")?;
                if field.ty != Ty::Integer {
                    bail!("the request's `{name}` must be an integer");
                }
            }
            let has = |name: &str| answer.properties.iter().any(|p| p.wire_name == name);
            let (total_page, total_count) = (has("total_page"), has("total_count"));
            if !total_page && !total_count {
                bail!(
                    "the answer has neither `total_page` nor `total_count`: where does the list end?"
                );
            }
            Ok(Paging::Page {
                items: items(list)?,
                total_page,
                total_count,
            })
        }
        PagingEntry::Cursor {
            cursor,
            more,
            items: list,
        } => {
            if cursor.is_empty() {
                bail!("`cursor` names no property");
            }
            for (from, to) in cursor {
                let (field, next) = (
                    property(request, from, "request")?,
                    property(answer, to, "answer")?,
                );
                for (which, p) in [("request's", &field), ("answer's", &next)] {
                    if !matches!(p.ty, Ty::Integer | Ty::String) {
                        bail!(
                            "the {which} `{}` must be an integer or a string",
                            p.wire_name
                        );
                    }
                }
            }
            if let Some(more) = more {
                let flag = property(answer, more, "answer")?;
                if !matches!(flag.ty, Ty::Integer | Ty::Boolean) {
                    bail!("the answer's `{more}` must be a boolean or a count");
                }
            }
            Ok(Paging::Cursor {
                cursor: cursor.iter().map(|(a, b)| (a.clone(), b.clone())).collect(),
                more: more.clone(),
                items: items(list)?,
            })
        }
    }
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

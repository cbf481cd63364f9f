//! The API as the generators see it: every schema file and the manifests parsed once into typed definitions.
//!
//! [`Api::load`] reads `schemas/` (the bundle of JSON Schemas, `endpoints.json`, `error-codes.json`) and checks it:
//! every keyword the generators do not understand, every reference that leads nowhere, every manifest entry that
//! disagrees with its schemas is an error naming the file. Every generator reads this form, never the raw JSON
//! (typify alone is fed JSON Schema, by [`super::typify_input`], because JSON Schema is what it reads).

mod endpoint;
mod error_code;
mod model;
mod rules;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use anyhow::{Context, Result, bail};

pub use endpoint::{Endpoint, RequestIn, Response, RetryClass};
pub use error_code::ErrorCode;
pub use model::{CodeKind, CodeList, Model, Object, Property, Shape, Ty};
pub use rules::{Format, Rules};

/// The keywords that limit a value (stripped from typify's input).
pub fn rules_keywords() -> &'static [&'static str] {
    rules::RULES
}

use super::bundle::{self, Bundle};

/// The manifest of endpoints, inside `schemas/`.
pub const MANIFEST: &str = "endpoints.json";

/// Everything the generators need to know about the API.
#[derive(Debug, Clone)]
pub struct Api {
    /// Every definition of every schema file, by name.
    pub models: BTreeMap<String, Model>,
    /// The endpoints, in manifest order.
    pub endpoints: Vec<Endpoint>,
    /// The error vocabulary, in file order.
    pub error_codes: Vec<ErrorCode>,
    /// The codes every endpoint may answer, beyond its own.
    pub common_errors: Vec<i64>,
    /// The model of the error body.
    pub error_response: String,
    /// The bundle the models were read from (typify's input and the embedded schemas come from it).
    pub bundle: Bundle,
}

impl Api {
    /// Reads and checks `schemas_dir`.
    pub fn load(schemas_dir: &Path) -> Result<Self> {
        let files = bundle::load_dir(schemas_dir, &[MANIFEST, error_code::FILE_NAME])?;
        let bundle = bundle::bundle(&files)?;
        let mut models = BTreeMap::new();
        for (name, definition) in &bundle.definitions {
            let model = Model::parse(name, &definition.file, &definition.schema, &bundle)
                .with_context(|| format!("{}: definition `{name}`", definition.file))?;
            models.insert(name.clone(), model);
        }
        let manifest = endpoint::Manifest::load(schemas_dir)?;
        let error_codes = error_code::load(&schemas_dir.join(&manifest.error_codes))?;
        let error_response = bundle
            .root_of(&manifest.error_response)
            .context("`error_response`")?
            .to_owned();
        let mut endpoints = Vec::new();
        for entry in &manifest.endpoints {
            let endpoint = Endpoint::parse(entry, &bundle, &models)
                .with_context(|| format!("{MANIFEST}: endpoint `{}`", entry.name))?;
            endpoints.push(endpoint);
        }
        let api = Api {
            models,
            endpoints,
            error_codes,
            common_errors: manifest.common_errors.clone(),
            error_response,
            bundle,
        };
        api.check()?;
        Ok(api)
    }

    /// Cross-checks: names unique, every listed error code in the vocabulary, rules only on models a request
    /// reaches (a response is lenient and never validated).
    fn check(&self) -> Result<()> {
        let mut names = BTreeSet::new();
        let mut types = BTreeSet::new();
        for endpoint in &self.endpoints {
            if !names.insert(&endpoint.name) || !types.insert(&endpoint.type_name) {
                bail!("{MANIFEST}: endpoint `{}` is listed twice", endpoint.name);
            }
            for code in &endpoint.errors {
                self.error_code(*code).with_context(|| {
                    format!("{MANIFEST}: endpoint `{}`: `errors`", endpoint.name)
                })?;
            }
        }
        for code in &self.common_errors {
            self.error_code(*code)
                .with_context(|| format!("{MANIFEST}: `common_errors`"))?;
        }
        let validated = self.validated_models()?;
        for (name, model) in &self.models {
            if validated.contains(name) {
                continue;
            }
            if let Shape::Object(object) = &model.shape
                && let Some(property) = object.properties.iter().find(|p| !p.rules.is_empty())
            {
                bail!(
                    "{}: `{name}.{}` has validation rules, but no request reaches `{name}`: response \
                     schemas are lenient (drop the rule, or use the model in a request)",
                    model.file,
                    property.wire_name
                );
            }
        }
        Ok(())
    }

    /// The entry of `code` in the error vocabulary.
    pub fn error_code(&self, code: i64) -> Result<&ErrorCode> {
        self.error_codes
            .iter()
            .find(|entry| entry.code == code)
            .with_context(|| format!("the error code {code} is not in {}", error_code::FILE_NAME))
    }

    /// The model `name`.
    pub fn model(&self, name: &str) -> Result<&Model> {
        self.models
            .get(name)
            .with_context(|| format!("no model named `{name}`"))
    }

    /// The event payload models (`x-event`), in event-name order: `(event name, model name, description)`.
    pub fn events(&self) -> Result<Vec<(&str, &str, &str)>> {
        let mut events: Vec<(&str, &str, &str)> = Vec::new();
        for model in self.models.values() {
            let Some(event) = model.object().and_then(|object| object.event.as_deref()) else {
                continue;
            };
            if !model.name.ends_with("Payload") {
                bail!(
                    "the payload model of `{event}` must be named `<Event>Payload`, not `{}`",
                    model.name
                );
            }
            let description = model.description.as_deref().with_context(|| {
                format!("the payload model `{}` needs a description", model.name)
            })?;
            events.push((event, &model.name, description));
        }
        events.sort_by_key(|(event, ..)| *event);
        if let Some(pair) = events.windows(2).find(|pair| pair[0].0 == pair[1].0) {
            bail!(
                "`x-event: {}` names both `{}` and `{}`",
                pair[0].0,
                pair[0].1,
                pair[1].1
            );
        }
        Ok(events)
    }

    /// The models a request (its path parameters, query or body) reaches, directly or not: those get
    /// client-side validation.
    pub fn validated_models(&self) -> Result<BTreeSet<String>> {
        let mut reached = BTreeSet::new();
        for endpoint in &self.endpoints {
            let request = endpoint.request.iter().map(|r| &r.model);
            for root in request.chain(endpoint.path_model.iter()) {
                reached.extend(self.bundle.reachable_from(root)?);
            }
        }
        Ok(reached)
    }
}

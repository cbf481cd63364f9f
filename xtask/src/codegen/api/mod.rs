//! The API as the generators see it: every schema file and the manifests parsed once into typed definitions.
//!
//! [`Api::load`] reads `schemas/` (the bundle of JSON Schemas, `api.json` and the services' manifests, the error
//! vocabularies) and checks it: every keyword the generators do not understand, every reference that leads nowhere
//! or crosses from one service to another, every manifest entry that disagrees with its schemas is an error naming
//! the file. Every generator reads this form, never the raw JSON
//! (typify alone is fed JSON Schema, by [`super::typify_input`], because JSON Schema is what it reads).

mod endpoint;
mod error_code;
mod manifest;
mod model;
mod rules;
mod service;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use anyhow::{Context, Result, bail};

pub use endpoint::{Endpoint, Paging, RequestIn, Response, RetryClass};
pub use error_code::ErrorCode;
pub use model::{CodeKind, CodeList, Model, Object, Property, Shape, Ty, UnionBranch};
pub use rules::{Chars, Format, IntegerText, Rules};
pub use service::{Home, Service};

/// The keywords that limit a value (stripped from typify's input).
pub fn rules_keywords() -> &'static [&'static str] {
    rules::RULES
}

use super::bundle::{self, Bundle};

/// Everything the generators need to know about the API.
#[derive(Debug, Clone)]
pub struct Api {
    /// The services, in the order of `api.json`.
    pub services: Vec<Service>,
    /// The endpoints whose types stay reachable at the crate root (`api.json`'s `root_compat`).
    pub root_compat: Vec<String>,
    /// Every definition of every schema file, by name.
    pub models: BTreeMap<String, Model>,
    /// The endpoints, service by service, each in manifest order.
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
        let files = bundle::load_dir(
            schemas_dir,
            &[
                manifest::API_FILE,
                manifest::SERVICE_MANIFEST,
                error_code::FILE_NAME,
            ],
        )?;
        let bundle = bundle::bundle(&files)?;
        let mut models = BTreeMap::new();
        for (name, definition) in &bundle.definitions {
            let model = Model::parse(name, &definition.file, &definition.schema, &bundle)
                .with_context(|| format!("{}: definition `{name}`", definition.file))?;
            models.insert(name.clone(), model);
        }
        let api_file: manifest::ApiFile = manifest::read(&schemas_dir.join(manifest::API_FILE))?;
        let mut error_codes = error_code::load(schemas_dir, &api_file.error_codes)?;
        let error_response = bundle
            .root_of(&api_file.error_response)
            .context("`error_response`")?
            .to_owned();
        let mut services = Vec::new();
        let mut endpoints = Vec::new();
        for module in &api_file.services {
            let file = manifest::ServiceFile::load(schemas_dir, module)?;
            let service = Service {
                module: file.module.clone(),
                feature: file.feature.clone(),
                sdk_name: file.service.clone(),
                summary: file.summary.clone(),
                comment: file.comment.clone(),
            };
            let codes = format!("{module}/{}", error_code::FILE_NAME);
            if schemas_dir.join(&codes).exists() {
                error_codes.extend(error_code::load(schemas_dir, &codes)?);
            }
            for entry in &file.endpoints {
                let endpoint =
                    Endpoint::parse(&service, entry, &bundle, &models).with_context(|| {
                        format!(
                            "{module}/{}: endpoint `{}`",
                            manifest::SERVICE_MANIFEST,
                            entry.name
                        )
                    })?;
                endpoints.push(endpoint);
            }
            services.push(service);
        }
        error_code::check_unique(&error_codes)?;
        let api = Api {
            services,
            root_compat: api_file.root_compat.clone(),
            models,
            endpoints,
            error_codes,
            common_errors: api_file.common_errors.clone(),
            error_response,
            bundle,
        };
        api.check()?;
        Ok(api)
    }

    /// Where the Rust type of the definition `name` lives: the module of the folder of its file.
    pub fn home(&self, name: &str) -> Result<Home> {
        let model = self.model(name)?;
        Ok(self.home_of_file(&model.file))
    }

    /// The home of the definitions of the schema file `file` (`meetings/x.json`, `events/y.json`, `common.json`).
    pub fn home_of_file(&self, file: &str) -> Home {
        match file.split_once('/') {
            None => Home::Root,
            Some((service::EVENTS_FOLDER, _)) => Home::Events,
            Some((folder, _)) => self
                .services
                .iter()
                .find(|service| service.module == folder)
                .map_or(Home::Root, |service| Home::Service(service.clone())),
        }
    }

    /// Every home, in order: the crate root, the events, then the services.
    pub fn homes(&self) -> Vec<Home> {
        let mut homes = vec![Home::Root, Home::Events];
        homes.extend(self.services.iter().cloned().map(Home::Service));
        homes
    }

    /// Cross-checks: names unique, every listed error code in the vocabulary, rules only on models a request
    /// reaches (a response is lenient and never validated).
    fn check(&self) -> Result<()> {
        let mut names = BTreeSet::new();
        let mut types = BTreeSet::new();
        for endpoint in &self.endpoints {
            if !names.insert(&endpoint.name) || !types.insert(&endpoint.type_name) {
                bail!("endpoint `{}` is listed twice", endpoint.name);
            }
            for code in &endpoint.errors {
                self.error_code(*code)
                    .with_context(|| format!("endpoint `{}`: `errors`", endpoint.name))?;
            }
        }
        for code in &self.common_errors {
            self.error_code(*code)
                .with_context(|| format!("{}: `common_errors`", manifest::API_FILE))?;
        }
        for name in &self.root_compat {
            if !self.endpoints.iter().any(|endpoint| &endpoint.name == name) {
                bail!(
                    "{}: `root_compat` names `{name}`, which no manifest has",
                    manifest::API_FILE
                );
            }
        }
        self.check_homes()?;
        let validated = self.validated_models()?;
        for (name, model) in &self.models {
            // A definition of the crate root may serve requests of services not loaded (a slice of the schemas).
            if validated.contains(name) || self.home_of_file(&model.file) == Home::Root {
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

    /// A definition refers only to its own home, the crate root, and (for a service sharing another's cargo
    /// feature) that service: a service compiled without another never names its types.
    fn check_homes(&self) -> Result<()> {
        for (name, definition) in &self.bundle.definitions {
            let home = self.home_of_file(&definition.file);
            for reached in self.bundle.reachable_from(name)? {
                let other = self.home(&reached)?;
                let allowed = other == home
                    || other == Home::Root
                    || (other.feature().is_some() && other.feature() == home.feature());
                if !allowed {
                    bail!(
                        "{}: `{name}` refers to `{reached}` of {}: a definition refers to its own folder and \
                         `common.json` only (move what several folders share to `common.json`)",
                        definition.file,
                        self.model(&reached)?.file
                    );
                }
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

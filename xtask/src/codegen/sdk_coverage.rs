//! The schemas against the official SDKs' operations (`xtask/data/official-sdk-surface.json`): every operation is
//! an endpoint, and every parameter and field the SDK knows is a property of its schemas.

use std::path::Path;

use serde_json::Value;

use super::api::{Api, Model, Property, RequestIn, Response, Shape, Ty};

fn facts() -> Vec<Value> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/official-sdk-surface.json");
    let text = std::fs::read_to_string(&path).expect("the facts file");
    let document: Value = serde_json::from_str(&text).expect("JSON");
    document["operations"]
        .as_array()
        .expect("a list of operations")
        .clone()
}

fn api() -> Api {
    let schemas = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the workspace")
        .join("schemas");
    Api::load(&schemas).expect("the schemas load")
}

/// `/v1/meetings/{meetingId}` → `/v1/meetings/{}`: a path whatever its placeholders are named.
fn shape(path: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for c in path.chars() {
        match c {
            '{' => {
                inside = true;
                out.push_str("{}");
            }
            '}' => inside = false,
            c if !inside => out.push(c),
            _ => {}
        }
    }
    out
}

/// The properties of a model (an object, or every object form of a union or of a hand-written type's wire form).
fn properties<'a>(api: &'a Api, model: &'a Model) -> Vec<&'a Property> {
    match &model.shape {
        Shape::Named { .. } => {
            let schema = &api.bundle.definitions[&model.name].schema;
            ["oneOf", "anyOf"]
                .iter()
                .filter_map(|keyword| schema[keyword].as_array())
                .flatten()
                .filter_map(|branch| branch["$ref"].as_str()?.strip_prefix("#/definitions/"))
                .filter_map(|name| api.model(name).ok())
                .flat_map(|model| properties(api, model))
                .collect()
        }
        Shape::Object(object) => object.properties.iter().collect(),
        Shape::Union(branches) => branches
            .iter()
            .filter_map(|branch| match &branch.ty {
                Ty::Model(name) => api.model(name).ok(),
                _ => None,
            })
            .flat_map(|model| properties(api, model))
            .collect(),
        _ => Vec::new(),
    }
}

/// The model a property's values are (through lists), if any.
fn model_of<'a>(api: &'a Api, ty: &Ty) -> Option<&'a Model> {
    match ty {
        Ty::Model(name) => api.model(name).ok(),
        Ty::Array(item) => model_of(api, item),
        _ => None,
    }
}

/// Every field of the fact tree `fields` is a property of `model`, recursively; each miss is reported.
fn compare(api: &Api, model: &Model, fields: &Value, at: &str, missing: &mut Vec<String>) {
    let Some(fields) = fields.as_object() else {
        return;
    };
    let known = properties(api, model);
    for (name, fact) in fields {
        let Some(property) = known.iter().find(|p| &p.wire_name == name) else {
            missing.push(format!("{at}.{name}"));
            continue;
        };
        let nested = fact["items"]["fields"]
            .as_object()
            .or_else(|| fact["object"]["fields"].as_object())
            .or_else(|| fact["fields"].as_object());
        if let (Some(nested), Some(inner)) = (nested, model_of(api, &property.ty)) {
            compare(
                api,
                inner,
                &Value::Object(nested.clone()),
                &format!("{at}.{name}"),
                missing,
            );
        }
    }
}

#[test]
fn every_operation_of_the_official_sdks_is_an_endpoint_with_every_parameter_and_field() {
    let api = api();
    let facts = facts();
    assert_eq!(
        facts.len(),
        119,
        "the facts list the 119 operations of the official SDKs"
    );
    let mut problems = Vec::new();
    for operation in &facts {
        let name = operation["operation"].as_str().expect("a name");
        let Some(endpoint) = api
            .endpoints
            .iter()
            .find(|e| e.sdk.as_deref() == Some(name))
        else {
            problems.push(format!(
                "{name}: no manifest entry has `\"sdk\": \"{name}\"`"
            ));
            continue;
        };
        let at = &endpoint.name;
        if endpoint.method.as_str() != operation["method"] {
            problems.push(format!(
                "{at}: method {} but the SDK says {}",
                endpoint.method.as_str(),
                operation["method"]
            ));
        }
        let path = operation["path"].as_str().unwrap_or_default();
        if shape(&endpoint.path) != shape(path) {
            problems.push(format!(
                "{at}: path {} but the SDK says {path}",
                endpoint.path
            ));
        }
        let request = endpoint
            .request
            .as_ref()
            .and_then(|r| api.model(&r.model).ok().map(|m| (r, m)));
        let mut missing = Vec::new();
        for query in operation["query"].as_array().into_iter().flatten() {
            let query = query["name"].as_str().unwrap_or_default();
            let found = request.and_then(|(request, model)| {
                properties(&api, model)
                    .into_iter()
                    .find(|p| p.wire_name == query)
                    .map(|p| request.location == RequestIn::Query || p.in_query)
            });
            match found {
                Some(true) => {}
                Some(false) => problems.push(format!(
                    "{at}: `{query}` travels in the query: mark it `x-in: query`"
                )),
                None => missing.push(format!("query {query}")),
            }
        }
        if !operation["request_body"].is_null() {
            match request {
                Some((request, model)) if request.location == RequestIn::Body => {
                    compare(
                        &api,
                        model,
                        &operation["request_body"]["fields"],
                        "body",
                        &mut missing,
                    );
                }
                _ => problems.push(format!("{at}: the SDK sends a JSON body")),
            }
        }
        for part in operation["form"].as_array().into_iter().flatten() {
            let part_name = part["name"].as_str().unwrap_or_default();
            let property = request.and_then(|(_, model)| {
                properties(&api, model)
                    .into_iter()
                    .find(|p| p.wire_name == part_name)
            });
            match property {
                None => missing.push(format!("form part {part_name}")),
                Some(property) if part["type"] == "file" && !property.form_file => {
                    problems.push(format!(
                        "{at}: the form part `{part_name}` is the file: mark it `x-form-file`"
                    ));
                }
                Some(_) => {}
            }
        }
        if !operation["response"].is_null() {
            match &endpoint.response {
                Response::Json(model) => {
                    let model = api.model(model).expect("the answer's model");
                    compare(
                        &api,
                        model,
                        &operation["response"]["fields"],
                        "answer",
                        &mut missing,
                    );
                }
                Response::Empty | Response::Object => {
                    problems.push(format!(
                        "{at}: the SDK types the answer; the entry's must be `body: json`"
                    ));
                }
            }
        }
        for what in missing {
            problems.push(format!("{at}: {what} is in the SDK but not in the schemas"));
        }
    }
    let names: Vec<&str> = facts
        .iter()
        .filter_map(|o| o["operation"].as_str())
        .collect();
    for endpoint in &api.endpoints {
        if let Some(sdk) = &endpoint.sdk
            && !names.contains(&sdk.as_str())
        {
            problems.push(format!(
                "{}: `sdk` names `{sdk}`, which the official SDKs do not have",
                endpoint.name
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

//! The schemas, the clients' validation and the mock, held to each other.
//!
//! For every endpoint of the table and every rule its request schema states, a valid sample (every property set)
//! is broken in exactly that rule, then:
//! - the generated validation both clients run before sending (`Validate`) refuses it, naming the field the schema
//!   puts the rule on and the error code the schema gives it (`x-error-code`, else the invalid-parameter code);
//! - the mock, sent the same request signed and encoded as a client would send it (validation skipped), refuses it
//!   with the same code, at the status the vocabulary gives that code, in a message naming the field.
//!
//! Rules the client leaves to the service (`x-server-max-items`) are refused by the mock only. Every rule keyword
//! of every request schema must be reached by some broken sample: a new rule with no case here fails the test.

use crate::support;

use std::collections::BTreeSet;

use http::Method;
use serde_json::{Value, json};
use wemeet_mock::MockServer;
use wemeet_mock::sample::{Context, call};
use wemeet_types::{
    ENDPOINTS, EncodeRequest, Encoded, Endpoint, EndpointVisitor, ErrorCode, PathParams, RequestIn,
    Validate, visit_endpoints,
};

/// The keywords that limit a value (those the generator checks), and what breaking each takes.
const RULE_KEYWORDS: &[&str] = &[
    "minLength",
    "maxLength",
    "x-max-bytes",
    "x-non-blank",
    "minItems",
    "maxItems",
    "minimum",
    "maximum",
    "enum",
    "format",
    "x-url-schemes",
    "contentEncoding",
    "x-content-schema",
    "x-max-is-count-of",
    "x-after",
    "x-server-max-items",
    "x-chars",
    "x-integer-text",
];

/// A sample broken in one rule.
struct Broken {
    /// The rule's field, as the errors name it (`image_list[0].image_url`).
    field: String,
    /// `Definition.property.keyword`, for the coverage check and the messages.
    rule: String,
    /// The whole request, broken.
    request: Value,
    /// The code the schema gives the rule.
    code: ErrorCode,
    /// Whether only the service checks it.
    server_only: bool,
}

/// Where a value sits: its rule's name, the property schema whose `x-error-code` applies, the object holding it,
/// its JSON pointer in the request and its field path.
struct Site<'a> {
    rule: &'a str,
    code_schema: &'a Value,
    parent: &'a Value,
    pointer: &'a str,
    field: &'a str,
}

/// Walks a self-contained schema document beside a value of it.
struct Breaker<'a> {
    document: &'a Value,
    root: &'a Value,
    out: Vec<Broken>,
    /// Every `Definition.property.keyword` the document states.
    stated: BTreeSet<String>,
}

impl Breaker<'_> {
    fn resolve<'s>(&'s self, schema: &'s Value) -> (&'s Value, Option<&'s str>) {
        match schema
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix("#/definitions/"))
        {
            Some(name) => (&self.document["definitions"][name], Some(name)),
            None => (schema, None),
        }
    }

    /// The object `value` at `pointer`, of the definition `name`.
    fn object(&mut self, name: &str, schema: &Value, value: &Value, pointer: &str, field: &str) {
        let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
            return;
        };
        for (property, property_schema) in properties {
            let child_field = if field.is_empty() {
                property.clone()
            } else {
                format!("{field}.{property}")
            };
            let child_pointer = format!("{pointer}/{property}");
            let rule = format!("{name}.{property}");
            self.state(&rule, property_schema);
            if let Some(items) = property_schema.get("items") {
                self.state(&format!("{rule}[]"), items);
            }
            let Some(child) = value.get(property) else {
                continue;
            };
            let site = Site {
                rule: &rule,
                code_schema: property_schema,
                parent: value,
                pointer: &child_pointer,
                field: &child_field,
            };
            self.rules(&site, property_schema, child);
            self.nested(&site, property_schema, child);
        }
    }

    /// Records the rules `schema` states, under `rule` (`format: uint64` is a type, `u64`, not a rule).
    fn state(&mut self, rule: &str, schema: &Value) {
        for keyword in RULE_KEYWORDS {
            let is_type = *keyword == "format" && schema[*keyword] == "uint64";
            if schema.get(*keyword).is_some() && !is_type {
                self.stated.insert(format!("{rule}.{keyword}"));
            }
        }
    }

    /// The objects inside a property (a referenced model, or the entries of a list), and the rules of the entries.
    fn nested(&mut self, site: &Site<'_>, schema: &Value, value: &Value) {
        if let (target, Some(name)) = self.resolve(schema) {
            let (name, target) = (name.to_owned(), target.clone());
            self.object(&name, &target, value, site.pointer, site.field);
        }
        let (Some(items), Some(entries)) = (schema.get("items"), value.as_array()) else {
            return;
        };
        for (index, entry) in entries.iter().enumerate() {
            let field = format!("{}[{index}]", site.field);
            let pointer = format!("{}/{index}", site.pointer);
            let rule = format!("{}[]", site.rule);
            let entry_site = Site {
                rule: &rule,
                code_schema: site.code_schema,
                parent: site.parent,
                pointer: &pointer,
                field: &field,
            };
            self.rules(&entry_site, items, entry);
            if let (target, Some(name)) = self.resolve(items) {
                let (name, target) = (name.to_owned(), target.clone());
                self.object(&name, &target, entry, &pointer, &field);
            }
        }
    }

    /// The samples breaking each rule of `schema`, the value `value` at `site`.
    fn rules(&mut self, site: &Site<'_>, schema: &Value, value: &Value) {
        let parent = site.parent;
        let uint = |key: &str| schema.get(key).and_then(Value::as_u64);
        let int = |key: &str| schema.get(key).and_then(Value::as_i64);
        let mut broken: Vec<(&str, Value)> = Vec::new();
        if let Some(min) = uint("minLength").filter(|min| *min > 0) {
            broken.push(("minLength", json!("a".repeat(min as usize - 1))));
        }
        if schema.get("x-non-blank") == Some(&json!(true)) {
            broken.push(("x-non-blank", json!(" \t ")));
        }
        if let Some(max) = uint("maxLength") {
            broken.push(("maxLength", json!("a".repeat(max as usize + 1))));
        }
        if let Some(max) = uint("x-max-bytes") {
            // Within any character limit, over the byte limit: the limit counts bytes as sent.
            let chars = max.div_ceil(3) as usize + 1;
            broken.push(("x-max-bytes", json!("会".repeat(chars))));
        }
        if let Some(min) = int("minimum") {
            broken.push(("minimum", json!(min - 1)));
        }
        if let Some(max) = int("maximum") {
            broken.push(("maximum", json!(max + 1)));
        }
        if let Some(allowed) = schema.get("enum").and_then(Value::as_array) {
            let outside = allowed.iter().filter_map(Value::as_i64).max().unwrap_or(0) + 1;
            broken.push(("enum", json!(outside)));
        }
        if let Some(items) = value.as_array() {
            if let Some(min) = uint("minItems").filter(|min| *min > 0) {
                broken.push(("minItems", json!(items[..min as usize - 1].to_vec())));
            }
            for keyword in ["maxItems", "x-server-max-items"] {
                if let Some(max) = uint(keyword) {
                    let mut longer = items.clone();
                    while longer.len() <= max as usize {
                        longer.push(items[0].clone());
                    }
                    broken.push((keyword, Value::Array(longer)));
                }
            }
        }
        match schema.get("format").and_then(Value::as_str) {
            Some("md5-hex") => broken.push(("format", json!("0123456789abcdef0123456789abcdeg"))),
            Some("uri") => broken.push(("format", json!("not a url"))),
            _ => {}
        }
        if schema.get("x-url-schemes").is_some() {
            broken.push(("x-url-schemes", json!("gopher://example.com/a.png")));
        }
        if schema.get("contentEncoding").and_then(Value::as_str) == Some("base64") {
            broken.push(("contentEncoding", json!("not base64!")));
            if let Some(content) = schema.get("x-content-schema") {
                let max = content
                    .get("maxLength")
                    .and_then(Value::as_u64)
                    .unwrap_or(16);
                broken.push((
                    "x-content-schema",
                    json!(wemeet_types::encode_base64(&"a".repeat(max as usize + 1))),
                ));
            }
        }
        if let (Some(chars), Some(text)) = (schema.get("x-chars"), value.as_str()) {
            // The valid text with its last character swapped for one outside the set: every other rule (length,
            // bytes) still holds.
            let outside = match (chars.as_str(), chars["not"].as_str()) {
                (Some("digits"), _) => 'a',
                (Some("alphanumeric"), _) => '-',
                (None, Some(refused)) => refused
                    .chars()
                    .next()
                    .expect("`x-chars.not` lists a character"),
                _ => panic!("{}: no way to break `x-chars: {chars}`", site.rule),
            };
            let mut broken_text: Vec<char> = text.chars().collect();
            broken_text.pop();
            broken_text.push(outside);
            broken.push((
                "x-chars",
                json!(broken_text.into_iter().collect::<String>()),
            ));
        }
        if let Some(max) = schema
            .get("x-integer-text")
            .and_then(|range| range["maximum"].as_i64())
        {
            broken.push(("x-integer-text", json!((max + 1).to_string())));
        }
        if let Some(list) = schema.get("x-max-is-count-of").and_then(Value::as_str) {
            let count = parent[list].as_array().map_or(0, Vec::len);
            broken.push(("x-max-is-count-of", json!(count + 1)));
        }
        if let Some(other) = schema.get("x-after").and_then(Value::as_str) {
            broken.push(("x-after", parent[other].clone()));
        }
        // A sibling whose rule counts this list (`x-max-is-count-of`) is left out, so that one rule only breaks.
        let (parent_pointer, name) = site.pointer.rsplit_once('/').unwrap_or(("", site.pointer));
        let counting: Vec<String> = self
            .siblings_counting(parent_pointer, name)
            .into_iter()
            .collect();
        for (keyword, replacement) in broken {
            let mut request = self.root.clone();
            *request
                .pointer_mut(site.pointer)
                .expect("the pointer names a value") = replacement;
            if let (true, Some(Value::Object(object))) = (
                matches!(keyword, "minItems" | "maxItems" | "x-server-max-items"),
                request.pointer_mut(parent_pointer),
            ) {
                for sibling in &counting {
                    object.remove(sibling);
                }
            }
            self.out.push(Broken {
                field: site.field.to_owned(),
                rule: format!("{}.{keyword}", site.rule),
                request,
                code: error_code(site.code_schema, keyword),
                server_only: keyword == "x-server-max-items",
            });
        }
    }
}

impl Breaker<'_> {
    /// The properties of the object at `parent_pointer` whose `x-max-is-count-of` names `list`.
    fn siblings_counting(&self, parent_pointer: &str, list: &str) -> Vec<String> {
        let Some(object) = self.root.pointer(parent_pointer).and_then(Value::as_object) else {
            return Vec::new();
        };
        let definitions = self.document["definitions"]
            .as_object()
            .into_iter()
            .flatten();
        let counting: BTreeSet<String> = definitions
            .flat_map(|(_, definition)| definition["properties"].as_object().into_iter().flatten())
            .filter(|(_, property)| {
                property.get("x-max-is-count-of").and_then(Value::as_str) == Some(list)
            })
            .map(|(name, _)| name.clone())
            .collect();
        object
            .keys()
            .filter(|key| counting.contains(*key))
            .cloned()
            .collect()
    }
}

/// The code the property `schema` gives its rule `keyword`: its `x-error-code`, a number or a map by keyword,
/// else the invalid-parameter code.
fn error_code(schema: &Value, keyword: &str) -> ErrorCode {
    let code = match schema.get("x-error-code") {
        Some(Value::Number(code)) => code.as_i64(),
        Some(Value::Object(by_keyword)) => by_keyword.get(keyword).and_then(Value::as_i64),
        _ => None,
    };
    code.map_or(ErrorCode::INVALID_PARAMETER, ErrorCode::new)
}

struct Pin<'a> {
    server: &'a MockServer,
    runtime: tokio::runtime::Runtime,
    checked: usize,
}

impl EndpointVisitor for Pin<'_> {
    fn visit<E: Endpoint>(&mut self) {
        let info = ENDPOINTS.iter().find(|info| info.name == E::NAME).unwrap();
        let Some(schema) = info.request_schema else {
            return;
        };
        // TODO(lead): multipart
        if info.request_in == Some(RequestIn::Multipart) {
            return;
        }
        let userid = format!("pin-{}", E::NAME);
        let meeting_id = self
            .runtime
            .block_on(support::create_meeting(self.server, &userid));
        let context = Context::new(&userid, &meeting_id).with_every_property();
        let (path, request) = call::<E>(&context).unwrap();
        let target = path.render_path(E::PATH_TEMPLATE).unwrap();
        let document: Value = serde_json::from_str(schema).unwrap();
        let root_value = serde_json::to_value(&request).unwrap();
        let root_name = document["$ref"]
            .as_str()
            .unwrap()
            .trim_start_matches("#/definitions/")
            .to_owned();
        let mut breaker = Breaker {
            document: &document,
            root: &root_value,
            out: Vec::new(),
            stated: BTreeSet::new(),
        };
        let root_schema = document["definitions"][&root_name].clone();
        breaker.object(&root_name, &root_schema, &root_value, "", "");
        let reached: BTreeSet<String> = breaker.out.iter().map(|b| b.rule.clone()).collect();
        let unreached: Vec<&String> = breaker.stated.difference(&reached).collect();
        assert!(
            unreached.is_empty(),
            "{}: no broken sample reaches the rules {unreached:?} (does the sample set the property?)",
            E::NAME
        );

        let ruled: Vec<String> = breaker
            .out
            .iter()
            .map(|broken| format!("`{}`", broken.field))
            .collect();
        for broken in breaker.out {
            let label = format!("{} {} ({})", E::NAME, broken.rule, broken.field);
            let typed: E::Request =
                serde_json::from_value(broken.request.clone()).unwrap_or_else(|error| {
                    panic!("{label}: the broken sample does not decode: {error}")
                });
            match typed.validate() {
                Ok(()) => assert!(
                    broken.server_only,
                    "{label}: the client's validation accepts it"
                ),
                Err(error) => {
                    assert!(
                        !broken.server_only,
                        "{label}: the client checks a server-only rule: {error}"
                    );
                    assert_eq!(error.field(), broken.field, "{label}: {error}");
                    assert_eq!(error.error_code(), broken.code, "{label}: {error}");
                }
            }
            let answer = self
                .runtime
                .block_on(send::<E>(self.server, &target, &typed));
            assert_eq!(
                answer.refusal_code(),
                broken.code,
                "{label}: {:?}",
                answer.json()
            );
            assert!(
                answer.message().contains(&broken.field),
                "{label}: the mock's message does not name the field: {}",
                answer.message()
            );
            self.checked += 1;
        }

        // The sample itself, unbroken, is accepted by both: the mock answers it, or refuses it by a rule of the
        // service on what it holds (a user the sample names that was never created), never by a rule above.
        request
            .validate()
            .unwrap_or_else(|error| panic!("{}: the sample is refused: {error}", E::NAME));
        let answer = self
            .runtime
            .block_on(send::<E>(self.server, &target, &request));
        // A behaviour may refuse it by a rule of the service on what it holds (a meeting not in progress, a layout
        // it does not have); never by one of the schema's rules broken above, nor for the signature.
        if !answer.status.is_success() {
            let message = answer.message();
            assert!(
                answer.refusal_code() != ErrorCode::new(200_003)
                    && (support::SAMPLES_NAMING_ABSENT_STATE.contains(&E::NAME)
                        || support::refused_by_its_behaviour(E::NAME, &message)
                        || !ruled.iter().any(|field| message.contains(field.as_str()))),
                "{}: {:?}",
                E::NAME,
                answer.json()
            );
        }
    }
}

/// Sends `request` as a client would (encoded once, signed), without validating it.
async fn send<E: Endpoint>(
    server: &MockServer,
    target: &str,
    request: &E::Request,
) -> support::Answer {
    let Encoded { query, body, .. } = request.encode().unwrap();
    let target = match query {
        Some(query) if !query.is_empty() => format!("{target}?{query}"),
        _ => target.to_owned(),
    };
    let method = Method::from_bytes(E::METHOD.as_str().as_bytes()).unwrap();
    let request = support::signed(&server.signer(), method, &target, body);
    support::send(server, request).await.unwrap()
}

#[test]
fn every_rule_is_refused_alike_by_the_schema_the_client_and_the_mock() {
    let server = MockServer::start_blocking().unwrap();
    let mut pin = Pin {
        server: &server,
        runtime: tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap(),
        checked: 0,
    };
    visit_endpoints(&mut pin);
    assert!(pin.checked >= 20, "only {} broken samples", pin.checked);
}

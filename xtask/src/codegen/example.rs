//! Rust source that builds a value, from a JSON example of the schemas (the docs' own examples): what the
//! generated client methods show in their doc examples.
//!
//! A `contentEncoding: base64` field shows the text it carries, encoded by the SDK's own function
//! (`wemeet::encode_base64("test123")`, not `"dGVzdDEyMw=="`), so that a reader sees how to fill it in; an example
//! value that is not the base64 of a UTF-8 text stops the generator. A list the service takes fewer entries of
//! than the example holds (`x-server-max-items`) shows only as many as the service takes.

use std::fmt::Write as _;

use anyhow::{Context, Result, bail};
use base64::Engine as _;
use base64::prelude::BASE64_STANDARD;
use serde_json::Value;

use super::api::{Api, Shape, Ty};
use super::naming;

/// Hand-written types whose setters take the number their JSON string holds (`"1572172200"` → `1572172200`).
const NUMBER_FROM_STRING: &[&str] = &["wemeet_types::UnixSeconds"];

/// The Rust expression building `value`, a JSON value of type `ty`; types are named under `krate`
/// (`wemeet`, `wemeet_blocking`), nested lines indented by `indent` levels of four spaces.
pub fn expression(api: &Api, ty: &Ty, value: &Value, krate: &str, indent: usize) -> Result<String> {
    Ok(match (ty, value) {
        (Ty::String, Value::String(text)) => format!("{text:?}"),
        // A literal beyond `i32` is typed: the setters take `impl Into<i64>`, which an `i32` literal fits and a larger
        // one does not (an unsigned field is typed where the property says so).
        (Ty::Integer, Value::Number(n)) => match n.as_i64() {
            Some(small) if i32::try_from(small).is_ok() => n.to_string(),
            Some(_) => format!("{n}_i64"),
            None => format!("{n}_u64"),
        },
        (Ty::Boolean, Value::Bool(flag)) => flag.to_string(),
        (Ty::Array(item), Value::Array(values)) => {
            let items = values
                .iter()
                .map(|v| expression(api, item, v, krate, indent + 1))
                .collect::<Result<Vec<_>>>()?;
            let one_line = format!("[{}]", items.join(", "));
            if one_line.len() < 70 && !one_line.contains('\n') {
                one_line
            } else {
                let pad = "    ".repeat(indent + 1);
                let mut text = String::from("[\n");
                for item in items {
                    let _ = writeln!(text, "{pad}{item},");
                }
                let _ = write!(text, "{}]", "    ".repeat(indent));
                text
            }
        }
        (Ty::Model(name), value) => model_expression(api, name, value, krate, indent)?,
        (Ty::Named(path), value) => named(path, value)?,
        (ty, value) => bail!("the example value {value} does not fit the type {ty:?}"),
    })
}

fn model_expression(
    api: &Api,
    name: &str,
    value: &Value,
    krate: &str,
    indent: usize,
) -> Result<String> {
    let model = api.model(name)?;
    match &model.shape {
        Shape::Named { path, .. } => named(path, value),
        Shape::CodeList(list) => Ok(match list.values.iter().find(|v| &v.value == value) {
            Some(code) => format!("{}::{}", naming::doc_path(api, krate, name)?, code.title),
            None => format!(
                "{}::from_code({value})",
                naming::doc_path(api, krate, name)?
            ),
        }),
        Shape::Other => bail!("no example expression for `{name}`"),
        Shape::Union(branches) => {
            let fits = |ty: &Ty| {
                matches!(
                    (ty, value),
                    (Ty::String, Value::String(_))
                        | (Ty::Integer, Value::Number(_))
                        | (Ty::Model(_), Value::Object(_))
                )
            };
            let branch = branches
                .iter()
                .find(|branch| fits(&branch.ty))
                .with_context(|| format!("the example {value} fits no form of `{name}`"))?;
            let inner = match (&branch.ty, value) {
                (Ty::String, Value::String(text)) => format!("{text:?}.to_owned()"),
                (ty, value) => expression(api, ty, value, krate, indent)?,
            };
            Ok(format!(
                "{}::{}({inner})",
                naming::doc_path(api, krate, name)?,
                branch.title
            ))
        }
        Shape::Object(object) => {
            let fields = value
                .as_object()
                .with_context(|| format!("the example of `{name}` is not an object"))?;
            let pad = "    ".repeat(indent + 1);
            let mut text = format!("{}::builder()", naming::doc_path(api, krate, name)?);
            for property in &object.properties {
                let Some(value) = fields.get(&property.wire_name) else {
                    continue;
                };
                let value = match (&property.rules.base64, value) {
                    (_, Value::Number(n)) if property.unsigned => Ok(format!("{n}_u64")),
                    (Some(_), Value::String(encoded)) => encoded_text(encoded, krate),
                    (_, Value::Array(items)) => {
                        let taken = property.rules.server_max_items.unwrap_or(u64::MAX);
                        let items = items
                            .iter()
                            .take(usize::try_from(taken).unwrap_or(usize::MAX));
                        let value = Value::Array(items.cloned().collect());
                        expression(api, &property.ty, &value, krate, indent + 1)
                    }
                    _ => expression(api, &property.ty, value, krate, indent + 1),
                }
                .with_context(|| format!("`{name}.{}`", property.wire_name))?;
                let _ = write!(text, "\n{pad}.{}({value})", property.rust_name);
            }
            let _ = write!(text, "\n{pad}.build()");
            Ok(text)
        }
    }
}

/// `wemeet::encode_base64("test123")` for the example value `"dGVzdDEyMw=="`.
fn encoded_text(encoded: &str, krate: &str) -> Result<String> {
    let bytes = BASE64_STANDARD
        .decode(encoded)
        .with_context(|| format!("the example {encoded:?} is not standard base64"))?;
    let text = String::from_utf8(bytes)
        .with_context(|| format!("the example {encoded:?} is not the base64 of UTF-8 text"))?;
    Ok(format!("{krate}::encode_base64({text:?})"))
}

fn named(path: &str, value: &Value) -> Result<String> {
    Ok(match value {
        Value::String(text) if NUMBER_FROM_STRING.contains(&path) => text.clone(),
        Value::String(text) => format!("{text:?}"),
        Value::Number(n) => n.to_string(),
        Value::Bool(flag) => flag.to_string(),
        other => bail!("no example expression for the value {other} of `{path}`"),
    })
}

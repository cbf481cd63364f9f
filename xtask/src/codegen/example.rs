//! Rust source that builds a value, from a JSON example of the schemas (the docs' own examples): what the
//! generated client methods show in their doc examples.

use std::fmt::Write as _;

use anyhow::{Context, Result, bail};
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
        (Ty::Integer, Value::Number(n)) => integer_literal(n, false),
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
                let value = match (&property.ty, value) {
                    (Ty::Integer, Value::Number(n)) => integer_literal(n, property.uint64),
                    _ => expression(api, &property.ty, value, krate, indent + 1)
                        .with_context(|| format!("`{name}.{}`", property.wire_name))?,
                };
                let _ = write!(text, "\n{pad}.{}({value})", property.rust_name);
            }
            let _ = write!(text, "\n{pad}.build()");
            Ok(text)
        }
    }
}

/// An integer literal for a setter taking `impl Into<i64>` (`impl Into<u64>` when `unsigned`): suffixed where
/// Rust's default, `i32`, would not do (an unsigned field, a value beyond `i32`).
fn integer_literal(n: &serde_json::Number, unsigned: bool) -> String {
    match n.as_i64() {
        _ if unsigned => format!("{n}u64"),
        Some(small) if i32::try_from(small).is_ok() => n.to_string(),
        Some(_) => format!("{n}i64"),
        // Beyond i64: only a u64 holds it.
        None => format!("{n}u64"),
    }
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

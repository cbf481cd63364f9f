//! `x-accessors`: methods on a response model returning the values a caller needs next (the created meeting, its
//! id, a job id), so that a lenient answer of optional fields does not bury them. Each method follows a path of
//! properties (`meeting_info_list[0].meeting_id`), every step optional, and answers `None` where the service left
//! a step out.

use anyhow::{Context, Result, bail};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::api::{Api, Object, Shape, Ty};
use super::naming;

/// The accessors of the model `name` (nothing when it declares none).
pub fn generate(api: &Api, name: &str, object: &Object) -> Result<Option<TokenStream>> {
    if object.accessors.is_empty() {
        return Ok(None);
    }
    let methods = object
        .accessors
        .iter()
        .map(|(method, path)| {
            accessor(api, name, object, method, path)
                .with_context(|| format!("`x-accessors`: `{method}`"))
        })
        .collect::<Result<Vec<_>>>()?;
    let ty = format_ident!("{name}");
    Ok(Some(quote! {
        impl #ty {
            #(#methods)*
        }
    }))
}

fn accessor(
    api: &Api,
    model: &str,
    object: &Object,
    method: &str,
    path: &str,
) -> Result<TokenStream> {
    let mut current = object;
    let mut steps = Vec::new();
    let mut last: Option<(Ty, String)> = None;
    let parts: Vec<&str> = path.split('.').collect();
    for (index, part) in parts.iter().enumerate() {
        let (field, first) = match part.strip_suffix("[0]") {
            Some(field) => (field, true),
            None => (*part, false),
        };
        let property = current
            .properties
            .iter()
            .find(|p| p.wire_name == field)
            .with_context(|| format!("no property `{field}` on the path `{path}`"))?;
        let ident = format_ident!("{}", property.rust_name);
        steps.push(if property.required {
            quote!(let value = &value.#ident;)
        } else {
            quote!(let value = value.#ident.as_ref()?;)
        });
        let mut ty = property.ty.clone();
        if first {
            let Ty::Array(item) = ty else {
                bail!("`{field}[0]`: `{field}` is not a list");
            };
            steps.push(quote!(let value = value.first()?;));
            ty = *item;
        }
        if index + 1 < parts.len() {
            let Ty::Model(next) = &ty else {
                bail!("`{field}` is not an object, so the path cannot go on");
            };
            current = api
                .model(next)?
                .object()
                .with_context(|| format!("`{next}` is not an object"))?;
        }
        last = Some((ty, property.description.clone().unwrap_or_default()));
    }
    let (ty, description) = last.context("an empty path")?;
    let (output, finish) = match &ty {
        Ty::String => (
            quote!(&str),
            quote!(::std::option::Option::Some(value.as_str())),
        ),
        Ty::Model(name)
            if matches!(
                api.model(name)?.shape,
                Shape::Object(_) | Shape::CodeList(_)
            ) =>
        {
            let path = naming::model_path(api, name)?;
            (quote!(&#path), quote!(::std::option::Option::Some(value)))
        }
        other => bail!("an accessor returns a string or an object, not {other:?}"),
    };
    let doc = format!(
        " `{path}` of the answer, or `None` where the service left it out: {}",
        description.trim()
    );
    let note = format!(" (Declared in the schema of `{model}`, `x-accessors`.)");
    let method = format_ident!("{method}");
    Ok(quote! {
        #[doc = #doc]
        #[doc = ""]
        #[doc = #note]
        pub fn #method(&self) -> ::std::option::Option<#output> {
            let value = self;
            #(#steps)*
            #finish
        }
    })
}

//! Runs typify over the bundle and shapes its output into the models of `wemeet-types`.
//!
//! typify does most of the work; this module adds what it does not do:
//! - fields in the schema's property order (typify sorts them by name);
//! - `x-rust-name`: a Rust field name other than the wire name, which keeps travelling as is;
//! - optional arrays as `Option<Vec<T>>`, so an absent array and an empty one survive a round trip;
//! - `#[non_exhaustive]` structs with `new(<required fields>)` and chainable `with_<optional>(value)` setters;
//! - paths of the hand-written types (`x-rust-type` names `wemeet_types::X`) as `crate::X`;
//! - doc comments that state each field's wire name, requiredness and documented limits;
//! - `x-sensitive`: a hand-rolled `Debug` showing `<redacted>` instead of a credential's value.

use std::collections::BTreeMap;

use anyhow::{Context, Result, bail};
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::visit_mut::VisitMut;
use syn::{Attribute, Field, Fields, Item, ItemStruct, Type, parse_quote};

use super::bundle::Bundle;
use super::typify_input::{self, ObjectDefinition};

/// The name typify's `x-rust-type` paths start with; inside the crate it is `crate`.
const OWN_CRATE: &str = "wemeet_types";

/// The models: typify's output, shaped.
pub fn generate(bundle: &Bundle) -> Result<syn::File> {
    let mut settings = typify::TypeSpaceSettings::default();
    settings
        .with_struct_builder(false)
        .with_derive("PartialEq".into())
        .with_derive("Eq".into())
        .with_crate("wemeet-types", typify::CrateVers::Any, None);
    let mut space = typify::TypeSpace::new(&settings);
    space
        .add_ref_types(typify_input::definitions(bundle)?)
        .context("typify")?;
    let raw: syn::File = syn::parse2(space.to_stream()).context("parsing typify's output")?;

    let objects = typify_input::objects(bundle);
    let mut items = Vec::new();
    for item in raw.items {
        match item {
            // typify always emits the error type of `TryFrom` conversions; no model has one.
            Item::Mod(module) if module.ident == "error" => {}
            Item::Struct(mut item) => {
                let name = item.ident.to_string();
                let Some(object) = objects.get(&name) else {
                    bail!(
                        "typify generated the struct `{name}` that no object definition describes"
                    );
                };
                shape_struct(&mut item, object).with_context(|| format!("shaping `{name}`"))?;
                let constructors = constructors(&item)?;
                let debug = redacting_debug(&mut item, object)?;
                items.push(Item::Struct(item));
                items.push(syn::parse2(constructors).context("constructors")?);
                if let Some(debug) = debug {
                    items.push(syn::parse2(debug).context("Debug")?);
                }
            }
            Item::Enum(item) => bail!(
                "typify generated the enum `{}`: code lists are hand-written types named with `x-rust-type`",
                item.ident
            ),
            other => bail!("typify generated an unexpected item: {}", quote!(#other)),
        }
    }
    let mut file = syn::File {
        shebang: None,
        attrs: Vec::new(),
        items,
    };
    OwnCratePaths.visit_file_mut(&mut file);
    Ok(file)
}

/// Rewrites `::wemeet_types::X` into `crate::X`.
struct OwnCratePaths;

impl VisitMut for OwnCratePaths {
    fn visit_path_mut(&mut self, path: &mut syn::Path) {
        if path.leading_colon.is_some()
            && path.segments.first().is_some_and(|s| s.ident == OWN_CRATE)
        {
            path.leading_colon = None;
            if let Some(first) = path.segments.first_mut() {
                first.ident = syn::Ident::new("crate", Span::call_site());
            }
        }
        syn::visit_mut::visit_path_mut(self, path);
    }
}

fn shape_struct(item: &mut ItemStruct, object: &ObjectDefinition) -> Result<()> {
    let Fields::Named(named) = &mut item.fields else {
        bail!("expected named fields");
    };
    let mut by_wire_name: BTreeMap<String, Field> = BTreeMap::new();
    for field in std::mem::take(&mut named.named) {
        by_wire_name.insert(wire_name(&field)?, field);
    }
    for property in &object.properties {
        let Some(mut field) = by_wire_name.remove(&property.wire_name) else {
            bail!(
                "typify generated no field for the property `{}`",
                property.wire_name
            );
        };
        if let Some(rust_name) = &property.rust_name {
            set_serde_rename(&mut field, &property.wire_name);
            field.ident = Some(syn::Ident::new(rust_name, Span::call_site()));
        }
        if !property.required {
            optional_array_as_option(&mut field);
        }
        let mut docs = doc_lines(&field.attrs);
        if !docs.is_empty() {
            docs.push(String::new());
        }
        let requiredness = if property.required {
            "required"
        } else {
            "optional"
        };
        docs.push(format!(
            "Wire name `{}`, {requiredness}.",
            property.wire_name
        ));
        if property.sensitive {
            docs.push("A credential: `Debug` shows `<redacted>` (`x-sensitive`).".into());
        }
        if !property.limits.is_empty() {
            docs.push(format!("Schema limits: {}.", property.limits.join("; ")));
        }
        set_docs(&mut field.attrs, &docs);
        named.named.push(field);
    }
    if let Some(wire_name) = by_wire_name.keys().next() {
        bail!("typify generated the field `{wire_name}` that the schema does not list");
    }

    let mut docs = doc_lines(&item.attrs);
    docs.push(String::new());
    docs.push(format!("Generated from `schemas/{}`.", object.file));
    if object.closed {
        docs.push("Decoding rejects unknown fields (`additionalProperties: false`).".into());
    } else {
        docs.push("Decoding ignores unknown fields.".into());
    }
    set_docs(&mut item.attrs, &docs);
    item.attrs.push(parse_quote!(#[non_exhaustive]));
    Ok(())
}

/// For a struct with `x-sensitive` fields: drops the derived `Debug` and returns one that redacts them.
fn redacting_debug(
    item: &mut ItemStruct,
    object: &ObjectDefinition,
) -> Result<Option<TokenStream>> {
    if !object.properties.iter().any(|p| p.sensitive) {
        return Ok(None);
    }
    for attr in item
        .attrs
        .iter_mut()
        .filter(|a| a.path().is_ident("derive"))
    {
        let derives = attr.parse_args_with(
            syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated,
        )?;
        let kept = derives.into_iter().filter(|path| !path.is_ident("Debug"));
        *attr = parse_quote!(#[derive(#(#kept),*)]);
    }
    let Fields::Named(named) = &item.fields else {
        bail!("expected named fields");
    };
    let name = &item.ident;
    let name_text = name.to_string();
    let mut fields = Vec::new();
    for (field, property) in named.named.iter().zip(&object.properties) {
        let Some(ident) = &field.ident else { continue };
        let label = ident.to_string();
        let value = match (property.sensitive, generic_argument(&field.ty, "Option")) {
            (false, _) => quote!(&self.#ident),
            (true, None) => quote!(&crate::redacted::Redacted),
            (true, Some(_)) => quote!(&self.#ident.as_ref().map(|_| crate::redacted::Redacted)),
        };
        fields.push(quote!(.field(#label, #value)));
    }
    Ok(Some(quote! {
        impl ::std::fmt::Debug for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct(#name_text) #(#fields)* .finish()
            }
        }
    }))
}

/// The name a field travels under: its serde `rename`, or its identifier.
fn wire_name(field: &Field) -> Result<String> {
    let mut rename = None;
    for attr in field.attrs.iter().filter(|a| a.path().is_ident("serde")) {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                let value: syn::LitStr = meta.value()?.parse()?;
                rename = Some(value.value());
            } else if meta.input.peek(syn::Token![=]) {
                let _: syn::Expr = meta.value()?.parse()?;
            }
            Ok(())
        })?;
    }
    match (rename, &field.ident) {
        (Some(rename), _) => Ok(rename),
        (None, Some(ident)) => Ok(ident.to_string()),
        (None, None) => bail!("unnamed field"),
    }
}

/// Makes the field travel as `wire_name` whatever its Rust name.
fn set_serde_rename(field: &mut Field, wire_name: &str) {
    let mut options = serde_options(field);
    options.retain(|option| !option.starts_with("rename"));
    options.insert(0, format!("rename = {wire_name:?}"));
    set_serde_options(field, &options);
}

/// `Vec<T>` that typify made optional through `#[serde(default)]` becomes `Option<Vec<T>>`.
fn optional_array_as_option(field: &mut Field) {
    let Some(inner) = generic_argument(&field.ty, "Vec") else {
        return;
    };
    let inner = inner.clone();
    field.ty = parse_quote!(::std::option::Option<::std::vec::Vec<#inner>>);
    let mut options = serde_options(field);
    options.retain(|option| option != "default" && !option.starts_with("skip_serializing_if"));
    options.push("skip_serializing_if = \"::std::option::Option::is_none\"".into());
    set_serde_options(field, &options);
}

/// The options of the field's `#[serde(...)]` attributes, as source text.
fn serde_options(field: &Field) -> Vec<String> {
    let mut options = Vec::new();
    for attr in field.attrs.iter().filter(|a| a.path().is_ident("serde")) {
        if let syn::Meta::List(list) = &attr.meta {
            let text = list.tokens.to_string();
            options.extend(split_top_level_commas(&text));
        }
    }
    options
}

fn split_top_level_commas(text: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut in_string = false;
    for c in text.chars() {
        match c {
            '"' => {
                in_string = !in_string;
                current.push(c);
            }
            ',' if !in_string => parts.push(std::mem::take(&mut current)),
            _ => current.push(c),
        }
    }
    parts.push(current);
    parts
        .into_iter()
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect()
}

fn set_serde_options(field: &mut Field, options: &[String]) {
    field.attrs.retain(|a| !a.path().is_ident("serde"));
    if options.is_empty() {
        return;
    }
    let tokens: TokenStream = options.join(", ").parse().unwrap_or_default();
    field.attrs.push(parse_quote!(#[serde(#tokens)]));
}

fn doc_lines(attrs: &[Attribute]) -> Vec<String> {
    let mut lines = Vec::new();
    for attr in attrs.iter().filter(|a| a.path().is_ident("doc")) {
        if let syn::Meta::NameValue(nv) = &attr.meta
            && let syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(text),
                ..
            }) = &nv.value
        {
            lines.extend(text.value().lines().map(|line| line.trim().to_owned()));
        }
    }
    lines
}

/// Replaces the doc attributes with `lines`, one `///` line each (before any other attribute).
fn set_docs(attrs: &mut Vec<Attribute>, lines: &[String]) {
    attrs.retain(|a| !a.path().is_ident("doc"));
    let docs = lines.iter().map(|line| {
        let text = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        parse_quote!(#[doc = #text])
    });
    let rest = std::mem::take(attrs);
    attrs.extend(docs);
    attrs.extend(rest);
}

/// The single generic argument of `ty` if its last path segment is `wrapper`.
fn generic_argument<'a>(ty: &'a Type, wrapper: &str) -> Option<&'a Type> {
    let Type::Path(path) = ty else { return None };
    let last = path.path.segments.last()?;
    if last.ident != wrapper {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.first()? {
        syn::GenericArgument::Type(inner) => Some(inner),
        _ => None,
    }
}

/// `new(<required fields>)` and `with_<optional>(value)` for a shaped struct.
fn constructors(item: &ItemStruct) -> Result<TokenStream> {
    let name = &item.ident;
    let Fields::Named(named) = &item.fields else {
        bail!("expected named fields");
    };
    let mut params = Vec::new();
    let mut inits = Vec::new();
    let mut setters = Vec::new();
    let mut required_names = Vec::new();
    for field in &named.named {
        let Some(ident) = &field.ident else { continue };
        match generic_argument(&field.ty, "Option") {
            None => {
                let (param_ty, convert) = parameter(&field.ty, ident);
                params.push(quote!(#ident: #param_ty));
                inits.push(match convert {
                    Some(convert) => quote!(#ident: #convert),
                    None => quote!(#ident),
                });
                required_names.push(format!("[`{ident}`](Self::{ident})"));
            }
            Some(inner) => {
                let value = format_ident!("value");
                let (param_ty, convert) = parameter(inner, &value);
                let convert = convert.unwrap_or_else(|| quote!(#value));
                let setter = format_ident!("with_{}", ident);
                let doc = format!(" Sets [`{ident}`](Self::{ident}).");
                setters.push(quote! {
                    #[doc = #doc]
                    #[must_use]
                    pub fn #setter(mut self, value: #param_ty) -> Self {
                        self.#ident = ::std::option::Option::Some(#convert);
                        self
                    }
                });
                inits.push(quote!(#ident: ::std::option::Option::None));
            }
        }
    }
    let new_doc = if required_names.is_empty() {
        " Builds one with every field absent.".to_owned()
    } else {
        format!(
            " Builds one from its required fields: {}.",
            required_names.join(", ")
        )
    };
    // Clippy's limit: the constructor takes the documented required fields, however many there are.
    let allow_many = (params.len() > 7).then(|| quote!(#[allow(clippy::too_many_arguments)]));
    Ok(quote! {
        impl #name {
            #[doc = #new_doc]
            #allow_many
            pub fn new(#(#params),*) -> Self {
                Self { #(#inits),* }
            }
            #(#setters)*
        }
    })
}

/// The parameter type of a constructor or setter taking a `ty`, and the expression turning `arg` into a `ty`
/// (`None` when `arg` is one already).
fn parameter(ty: &Type, arg: &syn::Ident) -> (TokenStream, Option<TokenStream>) {
    if let Some(item) = generic_argument(ty, "Vec") {
        return (
            quote!(impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<#item>>),
            Some(quote!(#arg.into_iter().map(::std::convert::Into::into).collect())),
        );
    }
    let is_bool = matches!(ty, Type::Path(p) if p.path.is_ident("bool"));
    if is_bool {
        return (quote!(bool), None);
    }
    (
        quote!(impl ::std::convert::Into<#ty>),
        Some(quote!(#arg.into())),
    )
}

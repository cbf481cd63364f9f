//! The models: typify's structs, shaped, with what typify does not write.
//!
//! typify turns the schemas into structs; [`shape`] then applies, as typed syntax, what it cannot express:
//! - fields in the schema's property order (typify sorts them by name);
//! - `x-rust-name`: a Rust field name other than the wire name, which keeps travelling as is;
//! - optional arrays as `Option<Vec<T>>`, so that an absent array and an empty one survive a round trip;
//! - `x-keep-unknown`: the fields the schema does not list, kept in `extra` instead of being dropped;
//! - `format: md5-hex`: sent in lower case, whatever case the caller used;
//! - paths of the hand-written types (`x-rust-type` names `wemeet_types::X`) as `crate::X`;
//! - doc comments stating each field's wire name, requiredness and documented rules;
//! - `#[non_exhaustive]`, so that a field the docs add later is not a breaking change.
//!
//! Next to each struct come its builder ([`builders`](super::builders)), its `Debug` ([`debug`](super::debug)),
//! its limits as constants ([`limits`](super::limits)) and, for the models a request reaches, its validation
//! ([`validation`](super::validation)).

use std::collections::BTreeMap;

use anyhow::{Context, Result, bail};
use proc_macro2::Span;
use quote::quote;
use syn::visit_mut::VisitMut;
use syn::{Field, Fields, Item, ItemStruct, Type, parse_quote};

use super::api::{Api, Format, Object, Property, Shape};
use super::serde_attrs::{self, DefaultValue, FieldOptions};
use super::{builders, debug, docs, limits, validation};

/// The name typify's `x-rust-type` paths start with; inside the crate it is `crate`.
const OWN_CRATE: &str = "wemeet_types";

/// A struct after shaping, with the schema's view of each field.
pub struct Shaped<'a> {
    /// The struct.
    pub item: ItemStruct,
    /// The object it was generated from.
    pub object: &'a Object,
    /// Its fields with their properties, in schema order (`extra` is not among them).
    pub fields: Vec<(Field, &'a Property)>,
}

/// The `models` module.
pub fn generate(api: &Api) -> Result<syn::File> {
    let mut settings = typify::TypeSpaceSettings::default();
    settings
        .with_struct_builder(false)
        .with_derive("PartialEq".into())
        .with_derive("Eq".into())
        .with_crate("wemeet-types", typify::CrateVers::Any, None);
    let mut space = typify::TypeSpace::new(&settings);
    space
        .add_ref_types(super::typify_input::definitions(api)?)
        .context("typify")?;
    let raw: syn::File = syn::parse2(space.to_stream()).context("parsing typify's output")?;

    let validated = api.validated_models()?;
    let mut items: Vec<Item> = Vec::new();
    let mut builder_items: Vec<Item> = Vec::new();
    let mut markers: Vec<Item> = Vec::new();
    for item in raw.items {
        match item {
            // typify always emits the error type of `TryFrom` conversions; no model has one.
            Item::Mod(module) if module.ident == "error" => {}
            Item::Struct(item) => {
                let name = item.ident.to_string();
                let model = api.model(&name)?;
                let Shape::Object(object) = &model.shape else {
                    bail!(
                        "typify generated the struct `{name}`, which is not an object definition"
                    );
                };
                let mut shaped = shape(item, object, &model.file)
                    .with_context(|| format!("shaping `{name}`"))?;
                let debug = debug::redacting(&mut shaped)?;
                let builder = builders::generate(&shaped)?;
                let limits = limits::generate(&shaped)?;
                let validation = validated
                    .contains(&name)
                    .then(|| validation::generate(&shaped, api))
                    .transpose()?;
                items.push(Item::Struct(shaped.item));
                items.push(syn::parse2(builder.constructors).context("constructors")?);
                builder_items.extend(builder.items);
                markers.push(builder.markers);
                for extra in [debug, limits, validation].into_iter().flatten() {
                    let file: syn::File = syn::parse2(extra).context("generated impls")?;
                    items.extend(file.items);
                }
            }
            Item::Enum(item) => bail!(
                "typify generated the enum `{}`: code lists are generated from their `anyOf` by `code_lists`",
                item.ident
            ),
            other => bail!("typify generated an unexpected item: {}", quote!(#other)),
        }
    }
    items.push(parse_quote! {
        /// Builders of the models, one per model: `Model::builder()`, a setter per field, `build()` once every
        /// required field is set (a missing one is a compile error naming it, through the
        /// [`missing`](self::missing) markers).
        pub mod builders {
            use super::*;

            #(#builder_items)*

            /// The markers of required fields not set yet: `missing::<model>::<field>`.
            pub mod missing {
                #(#markers)*
            }
        }
    });
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

fn shape<'a>(mut item: ItemStruct, object: &'a Object, file: &str) -> Result<Shaped<'a>> {
    serde_attrs::check_container(&item.attrs)?;
    let Fields::Named(named) = &mut item.fields else {
        bail!("expected named fields");
    };
    let mut by_wire_name: BTreeMap<String, Field> = BTreeMap::new();
    for field in std::mem::take(&mut named.named) {
        let options = FieldOptions::parse(&field.attrs)?;
        let wire = match (&options.rename, &field.ident) {
            (Some(rename), _) => rename.clone(),
            (None, Some(ident)) => ident.to_string(),
            (None, None) => bail!("an unnamed field"),
        };
        by_wire_name.insert(wire, field);
    }
    let mut fields = Vec::new();
    for property in &object.properties {
        let mut field = by_wire_name.remove(&property.wire_name).with_context(|| {
            format!(
                "typify generated no field for the property `{}`",
                property.wire_name
            )
        })?;
        let mut options = FieldOptions::parse(&field.attrs)?;
        field.ident = Some(syn::Ident::new(&property.rust_name, Span::call_site()));
        options.rename =
            (property.rust_name != property.wire_name).then(|| property.wire_name.clone());
        if !property.required {
            optional_array_as_option(&mut field, &mut options);
        }
        if property.rules.format == Some(Format::Md5Hex) {
            options.serialize_with = Some("crate::validate::rules::serialize_lowercase".to_owned());
        }
        options.apply(&mut field.attrs);
        docs::set(&mut field.attrs, &docs::field(property));
        fields.push((field, property));
    }
    if let Some(wire_name) = by_wire_name.keys().next() {
        bail!("typify generated the field `{wire_name}` that the schema does not list");
    }
    named.named = fields.iter().map(|(field, _)| field.clone()).collect();
    if object.keep_unknown {
        named.named.push(parse_quote! {
            /// The fields the docs do not list, as received: kept, so that nothing the service sends is lost.
            /// `Debug` shows their names only.
            #[serde(flatten)]
            pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>
        });
    }

    let mut lines = docs::lines(&item.attrs);
    lines.push(String::new());
    lines.push(format!("Generated from `schemas/{file}`."));
    lines.push(if object.keep_unknown {
        "Decoding keeps the fields the schema does not list, in `extra`.".to_owned()
    } else {
        "Decoding ignores the fields the schema does not list.".to_owned()
    });
    docs::set(&mut item.attrs, &lines);
    item.attrs.push(parse_quote!(#[non_exhaustive]));
    Ok(Shaped {
        item,
        object,
        fields,
    })
}

/// `Vec<T>` that typify made optional through `#[serde(default)]` becomes `Option<Vec<T>>`.
fn optional_array_as_option(field: &mut Field, options: &mut FieldOptions) {
    let Some(inner) = generic_argument(&field.ty, "Vec") else {
        return;
    };
    let inner = inner.clone();
    field.ty = parse_quote!(::std::option::Option<::std::vec::Vec<#inner>>);
    if options.default == Some(DefaultValue::Trait) {
        options.default = None;
    }
    options.skip_serializing_if = Some("::std::option::Option::is_none".to_owned());
}

/// The single generic argument of `ty` if its last path segment is `wrapper`.
pub fn generic_argument<'a>(ty: &'a Type, wrapper: &str) -> Option<&'a Type> {
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

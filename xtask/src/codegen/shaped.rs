//! A struct of typify's, shaped: what typify cannot express, applied as typed syntax, and the schema's view of
//! each field kept beside it for the emitters that add to the struct (builders, `Debug`, limits, validation).
//!
//! [`shape`] applies:
//! - fields in the schema's property order (typify sorts them by name);
//! - `x-rust-name`: a Rust field name other than the wire name, which keeps travelling as is;
//! - optional arrays as `Option<Vec<T>>`, so that an absent array and an empty one survive a round trip;
//! - `x-keep-unknown`: the fields the schema does not list, kept in `extra` instead of being dropped;
//! - `format: md5-hex`: sent in lower case, whatever case the caller used;
//! - doc comments stating each field's wire name, requiredness and documented rules;
//! - `#[non_exhaustive]`, so that a field the docs add later is not a breaking change.

use std::collections::BTreeMap;

use anyhow::{Context, Result, bail};
use proc_macro2::Span;
use syn::{Field, Fields, ItemStruct, Type, parse_quote};

use super::api::{Format, Object, Property};
use super::docs;
use super::serde_attrs::{self, DefaultValue, FieldOptions};

/// A struct after shaping, with the schema's view of each field.
pub struct Shaped<'a> {
    /// The struct.
    pub item: ItemStruct,
    /// The object it was generated from.
    pub object: &'a Object,
    /// Its fields with their properties, in schema order (`extra` is not among them).
    pub fields: Vec<(Field, &'a Property)>,
}

/// Shapes typify's `item`, generated from `object` of the schema file `file`.
pub fn shape<'a>(mut item: ItemStruct, object: &'a Object, file: &str) -> Result<Shaped<'a>> {
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
        let field = by_wire_name.remove(&property.wire_name).with_context(|| {
            format!(
                "typify generated no field for the property `{}`",
                property.wire_name
            )
        })?;
        fields.push((shape_field(field, property)?, property));
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

    let mut lines: Vec<String> = docs::lines(&item.attrs)
        .iter()
        .map(|line| docs::literal(line))
        .collect();
    lines.extend(struct_doc(object, file));
    docs::set(&mut item.attrs, &lines);
    item.attrs.push(parse_quote!(#[non_exhaustive]));
    Ok(Shaped {
        item,
        object,
        fields,
    })
}

/// typify's field of `property`: its Rust name, its serde options and its doc.
fn shape_field(mut field: Field, property: &Property) -> Result<Field> {
    let mut options = FieldOptions::parse(&field.attrs)?;
    field.ident = Some(syn::Ident::new(&property.rust_name, Span::call_site()));
    options.rename = (property.rust_name != property.wire_name).then(|| property.wire_name.clone());
    if !property.required {
        optional_array_as_option(&mut field, &mut options);
    }
    if property.rules.format == Some(Format::Md5Hex) {
        options.serialize_with = Some("crate::validate::rules::serialize_lowercase".to_owned());
    }
    options.apply(&mut field.attrs);
    docs::set(&mut field.attrs, &docs::field(property));
    Ok(field)
}

/// What a struct's doc adds to the schema's description: where it comes from and what decoding keeps.
fn struct_doc(object: &Object, file: &str) -> [String; 3] {
    [
        String::new(),
        format!("Generated from `schemas/{file}`."),
        if object.keep_unknown {
            "Decoding keeps the fields the schema does not list, in `extra`.".to_owned()
        } else {
            "Decoding ignores the fields the schema does not list.".to_owned()
        },
    ]
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

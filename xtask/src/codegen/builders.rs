//! Named construction for every model: `Model::builder()`, one setter per field, `build()`.
//!
//! The builder is typestate: each required field without a documented default is a type parameter that starts
//! as a marker named after the field (`builders::missing::<model>::<field>`) and becomes the field's type once its
//! setter is called; `build()` exists only when no marker is left, so a forgotten field is a compile error that
//! names it. A required field with a documented default (`default` in the schema) starts at that default. A model
//! with exactly one required field also gets `new(value)`.

use anyhow::{Result, bail};
use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use serde_json::Value;
use syn::{Ident, Item, Type};

use super::naming::snake_case;
use super::shaped::{Shaped, generic_argument};

/// What the builder of one model adds: the `impl` with `builder()` (and `new`), the items of the `builders`
/// module, and the markers of its required fields.
pub struct Builder {
    /// `impl Model { fn builder() ...; fn new(...) }`.
    pub constructors: TokenStream,
    /// The builder struct and its impls.
    pub items: Vec<Item>,
    /// `pub mod <model> { pub struct <field>; ... }`.
    pub markers: Item,
}

enum Kind {
    /// A typestate parameter.
    Required { param: Ident, marker: Ident },
    /// Required, starting at its documented default.
    Defaulted(TokenStream),
    /// `Option<T>`.
    Optional,
}

/// The builder of `shaped`.
pub fn generate(shaped: &Shaped<'_>) -> Result<Builder> {
    let model = &shaped.item.ident;
    let builder = format_ident!("{model}Builder");
    let module = Ident::new(&snake_case(&model.to_string()), Span::call_site());
    let mut kinds = Vec::new();
    let mut required_count: usize = 0;
    for (field, property) in &shaped.fields {
        let kind = if generic_argument(&field.ty, "Option").is_some() {
            Kind::Optional
        } else if let Some(default) = &property.default {
            Kind::Defaulted(literal(default, &property.wire_name)?)
        } else {
            required_count += 1;
            Kind::Required {
                param: format_ident!("P{}", required_count - 1),
                marker: Ident::new(&property.rust_name, Span::call_site()),
            }
        };
        kinds.push(kind);
    }
    let params: Vec<&Ident> = kinds
        .iter()
        .filter_map(|k| match k {
            Kind::Required { param, .. } => Some(param),
            _ => None,
        })
        .collect();
    let markers: Vec<&Ident> = kinds
        .iter()
        .filter_map(|k| match k {
            Kind::Required { marker, .. } => Some(marker),
            _ => None,
        })
        .collect();

    // The struct: a field per model field (required ones of their parameter's type).
    let mut struct_fields = Vec::new();
    let mut initial = Vec::new();
    for ((field, _), kind) in shaped.fields.iter().zip(&kinds) {
        let ident = field_ident(field)?;
        let ty = &field.ty;
        match kind {
            Kind::Required { param, marker } => {
                struct_fields.push(quote!(pub(crate) #ident: #param));
                initial.push(quote!(#ident: builders::missing::#module::#marker));
            }
            Kind::Defaulted(value) => {
                struct_fields.push(quote!(pub(crate) #ident: #ty));
                initial.push(quote!(#ident: #value));
            }
            Kind::Optional => {
                struct_fields.push(quote!(pub(crate) #ident: #ty));
                initial.push(quote!(#ident: ::std::option::Option::None));
            }
        }
    }
    let defaults = params
        .iter()
        .zip(&markers)
        .map(|(param, marker)| quote!(#param = missing::#module::#marker));
    let doc = format!(
        " Builds a [`{model}`](super::{model}): a setter per field, then `build()` once every required field is set."
    );
    let mut items: Vec<Item> = vec![syn::parse2(quote! {
        #[doc = #doc]
        #[derive(Clone)]
        #[must_use = "a builder does nothing until `build()`"]
        pub struct #builder<#(#defaults),*> {
            #(#struct_fields,)*
        }
    })?];
    items.push(syn::parse2(quote! {
        impl<#(#params),*> ::std::fmt::Debug for #builder<#(#params),*> {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct(stringify!(#builder)).finish_non_exhaustive()
            }
        }
    })?);

    // One impl per required field: its setter moves every field over and changes one parameter.
    let mut plain_setters = Vec::new();
    for (index, ((field, _), kind)) in shaped.fields.iter().zip(&kinds).enumerate() {
        let ident = field_ident(field)?;
        let setter_doc = format!(" Sets [`{ident}`](super::{model}::{ident}).");
        match kind {
            Kind::Required { param, marker } => {
                let (value_ty, convert) = parameter(&field.ty, &format_ident!("value"));
                let ty = &field.ty;
                let others: Vec<&&Ident> = params.iter().filter(|p| *p != &param).collect();
                let before = params.iter().map(|p| {
                    if *p == param {
                        quote!(missing::#module::#marker)
                    } else {
                        quote!(#p)
                    }
                });
                let after = params
                    .iter()
                    .map(|p| if *p == param { quote!(#ty) } else { quote!(#p) });
                let moves = shaped.fields.iter().enumerate().map(|(other, (f, _))| {
                    let name = f.ident.as_ref();
                    if other == index {
                        quote!(#name: #convert)
                    } else {
                        quote!(#name: self.#name)
                    }
                });
                items.push(syn::parse2(quote! {
                    impl<#(#others),*> #builder<#(#before),*> {
                        #[doc = #setter_doc]
                        #[doc = ""]
                        #[doc = " Required."]
                        pub fn #ident(self, value: #value_ty) -> #builder<#(#after),*> {
                            #builder { #(#moves,)* }
                        }
                    }
                })?);
            }
            Kind::Defaulted(_) => {
                let (value_ty, convert) = parameter(&field.ty, &format_ident!("value"));
                plain_setters.push(quote! {
                    #[doc = #setter_doc]
                    #[doc = ""]
                    #[doc = " Required; starts at its documented default."]
                    pub fn #ident(mut self, value: #value_ty) -> Self {
                        self.#ident = #convert;
                        self
                    }
                });
            }
            Kind::Optional => {
                let inner = generic_argument(&field.ty, "Option").unwrap_or(&field.ty);
                let (value_ty, convert) = parameter(inner, &format_ident!("value"));
                plain_setters.push(quote! {
                    #[doc = #setter_doc]
                    #[doc = ""]
                    #[doc = " Optional."]
                    pub fn #ident(mut self, value: #value_ty) -> Self {
                        self.#ident = ::std::option::Option::Some(#convert);
                        self
                    }
                });
            }
        }
    }
    if !plain_setters.is_empty() {
        items.push(syn::parse2(quote! {
            impl<#(#params),*> #builder<#(#params),*> {
                #(#plain_setters)*
            }
        })?);
    }

    // `build()` once every parameter is its field's type.
    let complete = shaped
        .fields
        .iter()
        .zip(&kinds)
        .filter_map(|((field, _), kind)| {
            matches!(kind, Kind::Required { .. }).then_some(&field.ty)
        });
    let fields: Vec<TokenStream> = shaped
        .fields
        .iter()
        .map(|(field, _)| {
            let name = field.ident.as_ref();
            quote!(#name: self.#name)
        })
        .collect();
    let extra = shaped
        .object
        .keep_unknown
        .then(|| quote!(extra: ::serde_json::Map::new(),));
    let build_doc = format!(" The [`{model}`](super::{model}).");
    items.push(syn::parse2(quote! {
        impl #builder<#(#complete),*> {
            #[doc = #build_doc]
            pub fn build(self) -> super::#model {
                super::#model { #(#fields,)* #extra }
            }
        }
    })?);

    let builder_doc = format!(
        " A builder of [`{model}`]: a setter per field, then `build()` (available once every required field is set)."
    );
    let mut constructors = quote! {
        #[doc = #builder_doc]
        pub fn builder() -> builders::#builder {
            builders::#builder { #(#initial,)* }
        }
    };
    if required_count == 1 {
        let field = shaped
            .fields
            .iter()
            .zip(&kinds)
            .find_map(|((field, _), kind)| matches!(kind, Kind::Required { .. }).then_some(field))
            .ok_or_else(|| anyhow::anyhow!("one required field"))?;
        let ident = field_ident(field)?;
        let (value_ty, _) = parameter(&field.ty, &format_ident!("value"));
        let doc = format!(
            " A `{model}` with [`{ident}`](Self::{ident}) set and every optional field absent."
        );
        constructors.extend(quote! {
            #[doc = #doc]
            pub fn new(#ident: #value_ty) -> Self {
                Self::builder().#ident(#ident).build()
            }
        });
    }
    let constructors = quote! {
        impl #model {
            #constructors
        }
    };
    let marker_docs = markers.iter().map(|marker| {
        format!(" `{marker}` of [`{model}`](super::super::super::{model}) is not set yet.")
    });
    let module_doc =
        format!(" The required fields of [`{model}`](super::super::{model}) not set yet.");
    let markers_item: Item = syn::parse2(quote! {
        #[doc = #module_doc]
        #[allow(non_camel_case_types)]
        pub mod #module {
            #(
                #[doc = #marker_docs]
                #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
                pub struct #markers;
            )*
        }
    })?;
    Ok(Builder {
        constructors,
        items,
        markers: markers_item,
    })
}

fn field_ident(field: &syn::Field) -> Result<&Ident> {
    match &field.ident {
        Some(ident) => Ok(ident),
        None => bail!("an unnamed field"),
    }
}

/// A documented default as a Rust expression of the field's type.
fn literal(value: &Value, wire_name: &str) -> Result<TokenStream> {
    Ok(match value {
        Value::Bool(flag) => quote!(#flag),
        Value::Number(n) if n.is_i64() => {
            let n = n.as_i64().unwrap_or_default();
            quote!(::std::convert::From::from(#n))
        }
        Value::String(text) => quote!(::std::convert::From::from(#text)),
        other => bail!("`{wire_name}`: the default {other} is not a boolean, integer or string"),
    })
}

/// The parameter type of a setter taking a `ty`, and the expression turning `arg` into a `ty`.
pub fn parameter(ty: &Type, arg: &Ident) -> (TokenStream, TokenStream) {
    if let Some(item) = generic_argument(ty, "Vec") {
        return (
            quote!(impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<#item>>),
            quote!(#arg.into_iter().map(::std::convert::Into::into).collect()),
        );
    }
    if matches!(ty, Type::Path(p) if p.path.is_ident("bool")) {
        return (quote!(bool), quote!(#arg));
    }
    (quote!(impl ::std::convert::Into<#ty>), quote!(#arg.into()))
}

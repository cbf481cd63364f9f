//! Named construction for every model: `Model::builder()`, one setter per field, `build()`.
//!
//! The builder is typestate: each required field without a documented default is a type parameter that starts
//! as a marker named after the field (`builders::missing::<model>::<field>`) and becomes the field's type once its
//! setter is called. `build()` is declared for every state but bounded, per required field, by a trait of that
//! field (`missing::<model>::<Field>IsSet<T>`, implemented for `T` alone, so never for the marker) that carries
//! `#[diagnostic::on_unimplemented]`: a forgotten field is a compile error whose first line names the field and
//! the model ("the required field `subject` of `CreateMeetingRequest` is not set") and whose note names the
//! setter, not the builder's long type. The trait's one method is the identity, so the bound costs nothing at
//! run time. A required field with a documented default (`default` in the schema) starts at that default. A model
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
    /// A typestate parameter, its marker (the field's name) and the trait `build()` requires of it.
    Required {
        param: Ident,
        marker: Ident,
        is_set: Ident,
    },
    /// Required, starting at its documented default.
    Defaulted(TokenStream),
    /// `Option<T>`.
    Optional,
}

/// The builder of `shaped`.
pub fn generate(shaped: &Shaped<'_>) -> Result<Builder> {
    let plan = Plan::new(shaped)?;
    let mut items = plan.struct_items()?;
    items.extend(plan.setters()?);
    items.push(plan.build_impl()?);
    Ok(Builder {
        constructors: plan.constructors()?,
        items,
        markers: plan.markers_module()?,
    })
}

/// One model's builder as it is written: the names every part of it uses, and the kind of each field.
struct Plan<'s, 'a> {
    shaped: &'s Shaped<'a>,
    /// The model's type.
    model: &'s Ident,
    /// `<Model>Builder`.
    builder: Ident,
    /// The model's module of markers, `builders::missing::<module>`.
    module: Ident,
    /// The kind of each field, in field order.
    kinds: Vec<Kind>,
}

impl<'s, 'a> Plan<'s, 'a> {
    fn new(shaped: &'s Shaped<'a>) -> Result<Self> {
        let model = &shaped.item.ident;
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
                    is_set: format_ident!("{}IsSet", upper_camel_case(&property.rust_name)),
                }
            };
            kinds.push(kind);
        }
        let mut traits = std::collections::BTreeSet::new();
        for kind in &kinds {
            if let Kind::Required { is_set, .. } = kind
                && !traits.insert(is_set.to_string())
            {
                bail!("two required fields of `{model}` share the marker trait `{is_set}`");
            }
        }
        Ok(Plan {
            shaped,
            model,
            builder: format_ident!("{model}Builder"),
            module: Ident::new(&snake_case(&model.to_string()), Span::call_site()),
            kinds,
        })
    }

    /// The fields with their kinds.
    fn fields(&self) -> impl Iterator<Item = (&'s syn::Field, &Kind)> {
        self.shaped
            .fields
            .iter()
            .map(|(field, _)| field)
            .zip(&self.kinds)
    }

    /// The typestate parameter and the marker of each required field without a default.
    fn required(&self) -> impl Iterator<Item = (&Ident, &Ident)> {
        self.kinds.iter().filter_map(|k| match k {
            Kind::Required { param, marker, .. } => Some((param, marker)),
            _ => None,
        })
    }

    /// The typestate parameters.
    fn params(&self) -> Vec<&Ident> {
        self.required().map(|(param, _)| param).collect()
    }

    /// The markers, in the same order.
    fn markers(&self) -> Vec<&Ident> {
        self.required().map(|(_, marker)| marker).collect()
    }

    /// The struct's fields (required ones of their parameter's type) and their values in `builder()`.
    fn struct_fields(&self) -> Result<(Vec<TokenStream>, Vec<TokenStream>)> {
        let module = &self.module;
        let mut struct_fields = Vec::new();
        let mut initial = Vec::new();
        for (field, kind) in self.fields() {
            let ident = field_ident(field)?;
            let ty = &field.ty;
            match kind {
                Kind::Required { param, marker, .. } => {
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
        Ok((struct_fields, initial))
    }

    /// The builder struct (its parameters defaulting to the markers) and its `Debug`.
    fn struct_items(&self) -> Result<Vec<Item>> {
        let (model, builder, module) = (self.model, &self.builder, &self.module);
        let (struct_fields, _) = self.struct_fields()?;
        let params = self.params();
        let defaults = params
            .iter()
            .zip(self.markers())
            .map(|(param, marker)| quote!(#param = missing::#module::#marker));
        let doc = format!(
            " Builds a [`{model}`](super::{model}): a setter per field, then `build()` once every required field is set."
        );
        Ok(vec![
            syn::parse2(quote! {
                #[doc = #doc]
                #[derive(Clone)]
                #[must_use = "a builder does nothing until `build()`"]
                pub struct #builder<#(#defaults),*> {
                    #(#struct_fields,)*
                }
            })?,
            syn::parse2(quote! {
                impl<#(#params),*> ::std::fmt::Debug for #builder<#(#params),*> {
                    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                        f.debug_struct(stringify!(#builder)).finish_non_exhaustive()
                    }
                }
            })?,
        ])
    }

    /// The setters: an impl per required field, then one impl with the setters of the others.
    fn setters(&self) -> Result<Vec<Item>> {
        let mut items = Vec::new();
        let mut plain_setters = Vec::new();
        for (index, (field, kind)) in self.fields().enumerate() {
            let ident = field_ident(field)?;
            let model = self.model;
            let doc = format!(" Sets [`{ident}`](super::{model}::{ident}).");
            match kind {
                Kind::Required { param, marker, .. } => {
                    items.push(self.required_setter(index, field, &doc, param, marker)?);
                }
                Kind::Defaulted(_) => {
                    let (value_ty, convert) = parameter(&field.ty, &format_ident!("value"));
                    plain_setters.push(quote! {
                        #[doc = #doc]
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
                        #[doc = #doc]
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
            let (builder, params) = (&self.builder, self.params());
            items.push(syn::parse2(quote! {
                impl<#(#params),*> #builder<#(#params),*> {
                    #(#plain_setters)*
                }
            })?);
        }
        Ok(items)
    }

    /// The setter of the required field `index`: it moves every field over and changes one parameter, from the
    /// field's marker to its type.
    fn required_setter(
        &self,
        index: usize,
        field: &syn::Field,
        doc: &str,
        param: &Ident,
        marker: &Ident,
    ) -> Result<Item> {
        let (builder, module) = (&self.builder, &self.module);
        let ident = field_ident(field)?;
        let (value_ty, convert) = parameter(&field.ty, &format_ident!("value"));
        let ty = &field.ty;
        let params = self.params();
        let others = params.iter().filter(|p| **p != param);
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
        let moves = self
            .shaped
            .fields
            .iter()
            .enumerate()
            .map(|(other, (f, _))| {
                let name = f.ident.as_ref();
                if other == index {
                    quote!(#name: #convert)
                } else {
                    quote!(#name: self.#name)
                }
            });
        Ok(syn::parse2(quote! {
            impl<#(#others),*> #builder<#(#before),*> {
                #[doc = #doc]
                #[doc = ""]
                #[doc = " Required."]
                pub fn #ident(self, value: #value_ty) -> #builder<#(#after),*> {
                    #builder { #(#moves,)* }
                }
            }
        })?)
    }

    /// `build()`, declared for every state and bounded by each required field's `IsSet` trait.
    fn build_impl(&self) -> Result<Item> {
        let (model, builder, module) = (self.model, &self.builder, &self.module);
        let params = self.params();
        let mut bounds = Vec::new();
        let mut required_names = Vec::new();
        for (field, kind) in self.fields() {
            if let Kind::Required { param, is_set, .. } = kind {
                let ty = &field.ty;
                bounds.push(quote!(#param: missing::#module::#is_set<#ty>));
                required_names.push(format!("`{}`", field_ident(field)?));
            }
        }
        let fields = self.fields().map(|(field, kind)| {
            let name = field.ident.as_ref();
            match kind {
                Kind::Required { is_set, .. } => {
                    quote!(#name: missing::#module::#is_set::into_field(self.#name))
                }
                _ => quote!(#name: self.#name),
            }
        });
        let extra = self
            .shaped
            .object
            .keep_unknown
            .then(|| quote!(extra: ::serde_json::Map::new(),));
        let build_doc = format!(" The [`{model}`](super::{model}).");
        let requirement = if required_names.is_empty() {
            " Available at once: every field is optional or starts at its documented default."
                .to_owned()
        } else {
            format!(
                " Compiles once the required {} set: a missing one is a compile error naming it (\"the required \
                 field ... of `{model}` is not set\").",
                match required_names.as_slice() {
                    [one] => format!("field {one} is"),
                    many => format!("fields {} are", many.join(", ")),
                }
            )
        };
        Ok(syn::parse2(quote! {
            impl<#(#params),*> #builder<#(#params),*> {
                #[doc = #build_doc]
                #[doc = ""]
                #[doc = #requirement]
                pub fn build(self) -> super::#model
                where
                    #(#bounds,)*
                {
                    super::#model { #(#fields,)* #extra }
                }
            }
        })?)
    }

    /// `impl Model { fn builder() }`, with `new(value)` when exactly one field is required.
    fn constructors(&self) -> Result<TokenStream> {
        let (model, builder) = (self.model, &self.builder);
        let (_, initial) = self.struct_fields()?;
        let builder_doc = format!(
            " A builder of [`{model}`]: a setter per field, then `build()` (available once every required field is set)."
        );
        let mut constructors = quote! {
            #[doc = #builder_doc]
            pub fn builder() -> builders::#builder {
                builders::#builder { #(#initial,)* }
            }
        };
        let mut required = self
            .fields()
            .filter_map(|(field, kind)| matches!(kind, Kind::Required { .. }).then_some(field));
        if let (Some(field), None) = (required.next(), required.next()) {
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
        Ok(quote! {
            impl #model {
                #constructors
            }
        })
    }

    /// `pub mod <model> { ... }`: per required field, its marker (`pub struct <field>;`, the parameter's type until
    /// the field is set) and the trait `build()` requires of the parameter, whose `on_unimplemented` names the
    /// field, the model and the setter.
    fn markers_module(&self) -> Result<Item> {
        let (model, module) = (self.model, &self.module);
        let mut items = Vec::new();
        for kind in &self.kinds {
            let Kind::Required { marker, is_set, .. } = kind else {
                continue;
            };
            let marker_doc =
                format!(" `{marker}` of [`{model}`](super::super::super::{model}) is not set yet.");
            let trait_doc = format!(
                " What `build()` requires of `{marker}`: implemented for the field's type alone, never for the marker \
                 [`{marker}`]."
            );
            let message = format!("the required field `{marker}` of `{model}` is not set");
            let label = format!("`{marker}` is not set");
            let note = format!("call `.{marker}(...)` before `.build()`");
            items.push(quote! {
                #[doc = #marker_doc]
                #[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
                pub struct #marker;

                #[doc = #trait_doc]
                #[diagnostic::on_unimplemented(message = #message, label = #label, note = #note)]
                pub trait #is_set<T> {
                    /// The field's value.
                    fn into_field(self) -> T;
                }

                impl<T> #is_set<T> for T {
                    #[inline]
                    fn into_field(self) -> T {
                        self
                    }
                }
            });
        }
        let module_doc =
            format!(" The required fields of [`{model}`](super::super::{model}) not set yet.");
        Ok(syn::parse2(quote! {
            #[doc = #module_doc]
            #[allow(non_camel_case_types)]
            pub mod #module {
                #(#items)*
            }
        })?)
    }
}

fn field_ident(field: &syn::Field) -> Result<&Ident> {
    match &field.ident {
        Some(ident) => Ok(ident),
        None => bail!("an unnamed field"),
    }
}

/// `image_list` → `ImageList`.
fn upper_camel_case(snake: &str) -> String {
    snake
        .split('_')
        .flat_map(|word| {
            let mut chars = word.chars();
            chars
                .next()
                .map(|first| first.to_ascii_uppercase())
                .into_iter()
                .chain(chars)
        })
        .collect()
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

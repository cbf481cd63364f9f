//! The code lists as enums: each `anyOf` of documented codes (see [`Shape::CodeList`]) becomes an enum with a
//! variant per code and `Other(u32)` for the codes the docs do not list, its `code`, `from_code` and `label`, and
//! the `x-max-per-account` limits as `max_per_account()`; `wemeet_types`' `code_list_impls!` adds what every code
//! list shares (equality by code, conversions, `Display`, serde as an integer).

use std::collections::BTreeMap;

use anyhow::{Context, Result};
use quote::{format_ident, quote};

use super::api::{Api, CodeKind, CodeList, Home, Shape};
use super::docs;

/// The code lists of each home, as items.
pub fn generate(api: &Api) -> Result<BTreeMap<Home, Vec<syn::Item>>> {
    let mut homes: BTreeMap<Home, Vec<syn::Item>> = BTreeMap::new();
    for model in api.models.values() {
        if let Shape::CodeList(list) = &model.shape {
            let description = model
                .description
                .as_deref()
                .with_context(|| format!("the code list `{}` needs a description", model.name))?;
            let tokens = match list.kind {
                CodeKind::Integer => code_list(&model.name, description, list)?,
                CodeKind::String => string_code_list(&model.name, description, list),
            };
            let file: syn::File = syn::parse2(tokens)?;
            homes
                .entry(api.home(&model.name)?)
                .or_default()
                .extend(file.items);
        }
    }
    Ok(homes)
}

fn code_list(name: &str, description: &str, list: &CodeList) -> Result<proc_macro2::TokenStream> {
    let ident = format_ident!("{name}");
    let doc = format!(" {}", docs::literal(description));
    let mut variants = Vec::new();
    let mut codes = Vec::new();
    let mut labels = Vec::new();
    for value in &list.values {
        let variant = format_ident!("{}", value.title);
        let code = value
            .value
            .as_u64()
            .and_then(|code| u32::try_from(code).ok())
            .context("a code")?;
        let label = &value.description;
        let doc = format!(" {} (code {code}).", docs::literal(label));
        variants.push(quote! {
            #[doc = #doc]
            #variant
        });
        codes.push(quote!(#code => Self::#variant));
        labels.push(quote!(Self::#variant => ::std::option::Option::Some(#label)));
    }
    let names = list
        .values
        .iter()
        .map(|value| format_ident!("{}", value.title));
    let names_again = names.clone();
    let codes_of = list
        .values
        .iter()
        .map(|value| value.value.as_u64().map(|code| code as u32));
    let other = format!(" {}", docs::literal(&list.other));
    let max_per_account = max_per_account(&ident, list);
    Ok(quote! {
        #[doc = #doc]
        #[derive(Debug, Clone, Copy)]
        #[non_exhaustive]
        pub enum #ident {
            #(#variants,)*
            #[doc = #other]
            #[doc = ""]
            #[doc = " Kept as is: it re-encodes unchanged."]
            Other(u32),
        }

        impl #ident {
            /// Every code the docs name, in the schema's order.
            pub const DOCUMENTED: &'static [Self] = &[#(Self::#names),*];

            /// The code on the wire.
            pub const fn code(self) -> u32 {
                match self {
                    #(Self::#names_again => #codes_of,)*
                    Self::Other(code) => code,
                }
            }

            /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
            pub const fn from_code(code: u32) -> Self {
                match code {
                    #(#codes,)*
                    other => Self::Other(other),
                }
            }

            /// The docs' label of the code, `None` for a code they do not list.
            pub const fn label(self) -> ::std::option::Option<&'static str> {
                match Self::from_code(self.code()) {
                    #(#labels,)*
                    Self::Other(_) => ::std::option::Option::None,
                }
            }
        }

        crate::code_list::code_list_impls!(#ident);

        #max_per_account
    })
}

/// A code list of strings: `Other(String)`, codes as `&str`.
fn string_code_list(name: &str, description: &str, list: &CodeList) -> proc_macro2::TokenStream {
    let ident = format_ident!("{name}");
    let doc = format!(" {}", docs::literal(description));
    let titles: Vec<_> = list
        .values
        .iter()
        .map(|value| format_ident!("{}", value.title))
        .collect();
    let codes: Vec<&str> = list
        .values
        .iter()
        .filter_map(|value| value.value.as_str())
        .collect();
    let labels: Vec<&str> = list
        .values
        .iter()
        .map(|value| value.description.as_str())
        .collect();
    let docs = list
        .values
        .iter()
        .zip(&codes)
        .map(|(value, code)| format!(" {} (`{code}`).", docs::literal(&value.description)));
    let other = format!(" {}", docs::literal(&list.other));
    let max_per_account = max_per_account(&ident, list);
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone)]
        #[non_exhaustive]
        pub enum #ident {
            #(
                #[doc = #docs]
                #titles,
            )*
            #[doc = #other]
            #[doc = ""]
            #[doc = " Kept as is: it re-encodes unchanged."]
            Other(::std::string::String),
        }

        impl #ident {
            /// Every code the docs name, in the schema's order.
            pub const DOCUMENTED: &'static [Self] = &[#(Self::#titles),*];

            /// The code on the wire.
            pub fn code(&self) -> &str {
                match self {
                    #(Self::#titles => #codes,)*
                    Self::Other(code) => code,
                }
            }

            /// The variant for `code`: a named one when the docs list it, [`Other`](Self::Other) otherwise.
            pub fn from_code(code: &str) -> Self {
                match code {
                    #(#codes => Self::#titles,)*
                    other => Self::Other(other.to_owned()),
                }
            }

            /// The docs' label of the code, `None` for a code they do not list.
            pub fn label(&self) -> ::std::option::Option<&'static str> {
                match self.code() {
                    #(#codes => ::std::option::Option::Some(#labels),)*
                    _ => ::std::option::Option::None,
                }
            }
        }

        crate::code_list::string_code_list_impls!(#ident);

        #max_per_account
    }
}

/// For a code list whose codes carry `x-max-per-account`: `max_per_account()`.
fn max_per_account(ident: &syn::Ident, list: &CodeList) -> Option<proc_macro2::TokenStream> {
    if list.values.iter().all(|v| v.max_per_account.is_none()) {
        return None;
    }
    let arms = list.values.iter().filter_map(|value| {
        let max = value.max_per_account? as usize;
        Some(match &value.value {
            serde_json::Value::String(code) => quote!(#code => ::std::option::Option::Some(#max),),
            code => {
                let code = code.as_u64()? as u32;
                quote!(#code => ::std::option::Option::Some(#max),)
            }
        })
    });
    Some(quote! {
        impl #ident {
            /// How many entries of this kind one account may hold, where the docs say (`x-max-per-account`).
            pub fn max_per_account(&self) -> ::std::option::Option<usize> {
                match self.code() {
                    #(#arms)*
                    _ => ::std::option::Option::None,
                }
            }
        }
    })
}

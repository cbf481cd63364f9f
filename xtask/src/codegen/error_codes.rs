//! The error vocabulary as code: a constant per code on `wemeet_types::ErrorCode`, and `ERROR_CODES`, the table
//! `ErrorCode::info` reads (the class that drives retries, the HTTP status, the meaning).

use anyhow::Result;
use quote::{format_ident, quote};

use super::api::Api;
use super::docs;
use super::naming::constant_case;

/// The `error_codes` module.
pub fn generate(api: &Api) -> Result<syn::File> {
    let mut sorted = api.error_codes.clone();
    sorted.sort_by_key(|entry| entry.code);
    let mut constants = Vec::new();
    let mut rows = Vec::new();
    for entry in &sorted {
        let constant = format_ident!("{}", constant_case(&entry.name));
        let code = entry.code;
        let doc = format!(
            " {code}: {} (HTTP {}, class `{}`).",
            docs::literal(&entry.meaning),
            entry.status,
            entry.class.variant()
        );
        constants.push(quote! {
            #[doc = #doc]
            pub const #constant: crate::ErrorCode = crate::ErrorCode::new(#code);
        });
        let name = &entry.name;
        let status = entry.status;
        let class = format_ident!("{}", entry.class.variant());
        let meaning = &entry.meaning;
        let new_code = match entry.new_code {
            Some(code) => quote!(::std::option::Option::Some(#code)),
            None => quote!(::std::option::Option::None),
        };
        rows.push(quote! {
            crate::ErrorCodeInfo {
                code: crate::ErrorCode::#constant,
                name: #name,
                status: #status,
                class: crate::ErrorClass::#class,
                meaning: #meaning,
                new_code: #new_code,
            }
        });
    }
    Ok(syn::parse2(quote! {
        impl crate::ErrorCode {
            #(#constants)*
        }

        /// Every error code of `schemas/error-codes.json`, sorted by code.
        pub static ERROR_CODES: &[crate::ErrorCodeInfo] = &[#(#rows),*];
    })?)
}

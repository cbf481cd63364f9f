//! How generated code names things: Rust names derived from the schemas' type and error names, and the paths by
//! which one generated item refers to another (an error code's constant, a model's embedded schema).
//!
//! Every generator that needs one of these names asks here, so that the item and its references cannot disagree.

use anyhow::Result;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::api::{Api, Home};

/// `CreateMeetingRequest` → `create_meeting_request`: a module or function name from a type name.
pub fn snake_case(name: &str) -> String {
    let mut snake = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                snake.push('_');
            }
            snake.push(c.to_ascii_lowercase());
        } else {
            snake.push(c);
        }
    }
    snake
}

/// `InvalidParameter` → `INVALID_PARAMETER`: a constant name from a type or error name.
pub fn constant_case(name: &str) -> String {
    snake_case(name).to_uppercase()
}

/// `crate::ErrorCode::INVALID_PARAMETER`: the constant of `code`, which must be in the error vocabulary.
pub fn error_code(api: &Api, code: i64) -> Result<TokenStream> {
    let constant = format_ident!("{}", constant_case(&api.error_code(code)?.name));
    Ok(quote!(crate::ErrorCode::#constant))
}

/// `crate::meetings::schemas::CREATE_MEETING_REQUEST`: the embedded JSON Schema of the model `name`, in the
/// `schemas` module of its home.
pub fn schema_constant(api: &Api, name: &str) -> Result<TokenStream> {
    let constant = format_ident!("{}", constant_case(name));
    let home = home_path(&api.home(name)?, quote!(crate));
    Ok(quote!(#home::schemas::#constant))
}

/// The path of a home's module from `root` (`crate`, or `wemeet_types` outside the crate): `crate::meetings`.
pub fn home_path(home: &Home, root: TokenStream) -> TokenStream {
    match home.module() {
        None => root,
        Some(module) => {
            let module = format_ident!("{module}");
            quote!(#root::#module)
        }
    }
}

/// `crate::meetings::CreateMeetingRequest`: the path of the model `name` inside `wemeet-types`.
pub fn model_path(api: &Api, name: &str) -> Result<TokenStream> {
    let home = home_path(&api.home(name)?, quote!(crate));
    let ty = format_ident!("{name}");
    Ok(quote!(#home::#ty))
}

/// `wemeet_types::meetings::CreateMeetingRequest`: the path of the model `name` from another crate.
pub fn external_model_path(api: &Api, name: &str) -> Result<TokenStream> {
    let home = home_path(&api.home(name)?, quote!(wemeet_types));
    let ty = format_ident!("{name}");
    Ok(quote!(#home::#ty))
}

/// `wemeet_types::meetings::X` as text: the `x-rust-type` path typify is given for a generated type of another
/// generator (a code list); `models` rewrites `wemeet_types` to `crate`.
pub fn rust_type_path(api: &Api, name: &str) -> Result<String> {
    Ok(match api.home(name)?.module() {
        None => format!("wemeet_types::{name}"),
        Some(module) => format!("wemeet_types::{module}::{name}"),
    })
}

/// `cfg(feature = "...")` for an item of `home`, or nothing when it is always compiled.
pub fn cfg(home: &Home) -> TokenStream {
    match home.feature() {
        None => quote!(),
        Some(feature) => quote!(#[cfg(feature = #feature)]),
    }
}

/// `wemeet::meetings::Settings`: the path of the model `name` as a client crate (`krate`) re-exports it, for doc
/// examples.
pub fn doc_path(api: &Api, krate: &str, name: &str) -> Result<String> {
    Ok(match api.home(name)?.module() {
        None => format!("{krate}::{name}"),
        Some(module) => format!("{krate}::{module}::{name}"),
    })
}

//! How generated code names things: Rust names derived from the schemas' type and error names, and the paths by
//! which one generated item refers to another (an error code's constant, a model's embedded schema).
//!
//! Every generator that needs one of these names asks here, so that the item and its references cannot disagree.

use anyhow::Result;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::api::Api;

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

/// `crate::schemas::CREATE_MEETING_REQUEST`: the embedded JSON Schema of the model `name`.
pub fn schema_constant(name: &str) -> TokenStream {
    let constant = format_ident!("{}", constant_case(name));
    quote!(crate::schemas::#constant)
}

//! Generates the `schemas` module: the self-contained JSON Schema of every type a schema file roots.

use anyhow::Result;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::bundle::Bundle;

/// The constant holding the schema of `type_name`: `CreateMeetingRequest` → `CREATE_MEETING_REQUEST`.
pub fn const_name(type_name: &str) -> String {
    let mut name = String::new();
    for (i, c) in type_name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            name.push('_');
        }
        name.push(c.to_ascii_uppercase());
    }
    name
}

/// The `schemas` module.
pub fn generate(bundle: &Bundle) -> Result<syn::File> {
    let mut items = Vec::new();
    for (file, root) in &bundle.roots {
        let document = serde_json::to_string_pretty(&bundle.standalone(root)?)?;
        let literal = raw_string(&document)?;
        let name = format_ident!("{}", const_name(root));
        let doc = format!(
            " JSON Schema (Draft-07, self-contained) of [`{root}`](crate::{root}), bundled from `schemas/{file}`."
        );
        items.push(quote! {
            #[doc = #doc]
            pub const #name: &str = #literal;
        });
    }
    Ok(syn::parse2(quote!(#(#items)*))?)
}

/// A raw string literal holding `text` verbatim.
fn raw_string(text: &str) -> Result<TokenStream> {
    let mut hashes = String::from("#");
    while text.contains(&format!("\"{hashes}")) {
        hashes.push('#');
    }
    let source = format!("r{hashes}\"{text}\"{hashes}");
    source
        .parse()
        .map_err(|e| anyhow::anyhow!("raw string literal: {e}"))
}

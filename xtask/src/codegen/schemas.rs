//! Generates the `schemas` module: the self-contained JSON Schema of every type a schema file roots.

use anyhow::Result;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::bundle::Bundle;
use super::naming::constant_case;

/// The `schemas` module.
pub fn generate(bundle: &Bundle) -> Result<syn::File> {
    let mut items = Vec::new();
    for (file, root) in &bundle.roots {
        let document = serde_json::to_string_pretty(&bundle.standalone(root)?)?;
        let literal = raw_string(&document)?;
        let name = format_ident!("{}", constant_case(root));
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

//! The `schemas` module of each home: the self-contained JSON Schema of every type a schema file of it roots.

use std::collections::BTreeMap;

use anyhow::Result;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::api::{Api, Home};
use super::naming::{self, constant_case};

/// The items of each home's `schemas` module.
pub fn generate(api: &Api) -> Result<BTreeMap<Home, Vec<syn::Item>>> {
    let bundle = &api.bundle;
    let mut homes: BTreeMap<Home, Vec<TokenStream>> = BTreeMap::new();
    for (file, root) in &bundle.roots {
        let document = serde_json::to_string_pretty(&bundle.standalone(root)?)?;
        let literal = raw_string(&document)?;
        let name = format_ident!("{}", constant_case(root));
        let link = naming::model_path(api, root)?.to_string().replace(' ', "");
        let doc = format!(
            " JSON Schema (Draft-07, self-contained) of [`{root}`]({link}), bundled from `schemas/{file}`."
        );
        homes.entry(api.home(root)?).or_default().push(quote! {
            #[doc = #doc]
            pub const #name: &str = #literal;
        });
    }
    homes
        .into_iter()
        .map(|(home, items)| {
            let file: syn::File = syn::parse2(quote!(#(#items)*))?;
            Ok((home, file.items))
        })
        .collect()
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

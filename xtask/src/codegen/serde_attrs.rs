//! `#[serde(...)]` attributes of typify's fields and containers, read into typed values and written back.
//!
//! typify emits only a handful of serde options; anything else it may emit one day is an error here rather
//! than something silently dropped or mangled.

use anyhow::{Result, bail};
use quote::quote;
use syn::{Attribute, LitStr, parse_quote};

/// The serde options of one field.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldOptions {
    /// `rename = "wire"`.
    pub rename: Option<String>,
    /// `default`, or `default = "path"`.
    pub default: Option<DefaultValue>,
    /// `skip_serializing_if = "path"`.
    pub skip_serializing_if: Option<String>,
    /// `serialize_with = "path"`.
    pub serialize_with: Option<String>,
    /// `flatten`.
    pub flatten: bool,
}

/// How a missing field gets its value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DefaultValue {
    /// `Default::default()`.
    Trait,
    /// A function.
    Path(String),
}

impl FieldOptions {
    /// Reads the `#[serde(...)]` attributes of a field.
    pub fn parse(attrs: &[Attribute]) -> Result<Self> {
        let mut options = FieldOptions::default();
        for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
            attr.parse_nested_meta(|meta| {
                let text = |meta: &syn::meta::ParseNestedMeta<'_>| -> syn::Result<String> {
                    Ok(meta.value()?.parse::<LitStr>()?.value())
                };
                if meta.path.is_ident("rename") {
                    options.rename = Some(text(&meta)?);
                } else if meta.path.is_ident("default") {
                    options.default = Some(if meta.input.peek(syn::Token![=]) {
                        DefaultValue::Path(text(&meta)?)
                    } else {
                        DefaultValue::Trait
                    });
                } else if meta.path.is_ident("skip_serializing_if") {
                    options.skip_serializing_if = Some(text(&meta)?);
                } else if meta.path.is_ident("serialize_with") {
                    options.serialize_with = Some(text(&meta)?);
                } else if meta.path.is_ident("flatten") {
                    options.flatten = true;
                } else {
                    return Err(meta.error("a serde field option the generator does not know"));
                }
                Ok(())
            })?;
        }
        Ok(options)
    }

    /// Replaces the `#[serde(...)]` attributes of a field with these options.
    pub fn apply(&self, attrs: &mut Vec<Attribute>) {
        attrs.retain(|a| !a.path().is_ident("serde"));
        let mut parts = Vec::new();
        if let Some(rename) = &self.rename {
            parts.push(quote!(rename = #rename));
        }
        if self.flatten {
            parts.push(quote!(flatten));
        }
        match &self.default {
            None => {}
            Some(DefaultValue::Trait) => parts.push(quote!(default)),
            Some(DefaultValue::Path(path)) => parts.push(quote!(default = #path)),
        }
        if let Some(path) = &self.skip_serializing_if {
            parts.push(quote!(skip_serializing_if = #path));
        }
        if let Some(path) = &self.serialize_with {
            parts.push(quote!(serialize_with = #path));
        }
        if !parts.is_empty() {
            attrs.push(parse_quote!(#[serde(#(#parts),*)]));
        }
    }
}

/// Checks the container-level `#[serde(...)]` attributes of a struct: typify emits none for our objects (no
/// `deny_unknown_fields`: the schemas never close an object).
pub fn check_container(attrs: &[Attribute]) -> Result<()> {
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        let mut unexpected = Vec::new();
        attr.parse_nested_meta(|meta| {
            unexpected.push(
                meta.path
                    .get_ident()
                    .map_or_else(|| "?".to_owned(), ToString::to_string),
            );
            if meta.input.peek(syn::Token![=]) {
                let _: syn::Expr = meta.value()?.parse()?;
            }
            Ok(())
        })?;
        if !unexpected.is_empty() {
            bail!(
                "typify emitted the container options {unexpected:?}, which the generator does not expect"
            );
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(tokens: proc_macro2::TokenStream) -> syn::Field {
        syn::parse_quote!(#tokens)
    }

    #[test]
    fn reads_and_writes_typify_field_options() {
        let f = field(quote! {
            #[serde(rename = "ParticipantsList", default, skip_serializing_if = "::std::vec::Vec::is_empty")]
            pub participants_list: Vec<String>
        });
        let options = FieldOptions::parse(&f.attrs).unwrap();
        assert_eq!(options.rename.as_deref(), Some("ParticipantsList"));
        assert_eq!(options.default, Some(DefaultValue::Trait));
        assert_eq!(
            options.skip_serializing_if.as_deref(),
            Some("::std::vec::Vec::is_empty")
        );
        let mut attrs = Vec::new();
        options.apply(&mut attrs);
        assert_eq!(FieldOptions::parse(&attrs).unwrap(), options);
    }

    #[test]
    fn an_unknown_option_is_an_error() {
        let f = field(quote! { #[serde(with = "x")] pub a: u8 });
        assert!(FieldOptions::parse(&f.attrs).is_err());
    }
}

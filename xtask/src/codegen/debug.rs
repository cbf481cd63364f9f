//! `Debug` of models that hold a credential (`x-sensitive`) or fields nobody documented (`x-keep-unknown`): the
//! derived one is dropped and this one written, showing `<redacted>` for credentials and only the names of the
//! undocumented fields (their values may be anything, secrets included).

use anyhow::Result;
use proc_macro2::TokenStream;
use quote::quote;
use syn::parse_quote;

use super::shaped::{Shaped, generic_argument};

/// The `Debug` impl, when the derived one would show too much (it is then removed from the derives).
pub fn redacting(shaped: &mut Shaped<'_>) -> Result<Option<TokenStream>> {
    let sensitive = shaped.fields.iter().any(|(_, p)| p.sensitive);
    if !sensitive && !shaped.object.keep_unknown {
        return Ok(None);
    }
    for attr in shaped
        .item
        .attrs
        .iter_mut()
        .filter(|a| a.path().is_ident("derive"))
    {
        let derives = attr.parse_args_with(
            syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated,
        )?;
        let kept = derives.into_iter().filter(|path| !path.is_ident("Debug"));
        *attr = parse_quote!(#[derive(#(#kept),*)]);
    }
    let name = &shaped.item.ident;
    let name_text = name.to_string();
    let mut fields = Vec::new();
    for (field, property) in &shaped.fields {
        let Some(ident) = &field.ident else { continue };
        let label = ident.to_string();
        let value = match (property.sensitive, generic_argument(&field.ty, "Option")) {
            (false, _) => quote!(&self.#ident),
            (true, None) => quote!(&crate::redacted::Redacted),
            (true, Some(_)) => quote!(&self.#ident.as_ref().map(|_| crate::redacted::Redacted)),
        };
        fields.push(quote!(.field(#label, #value)));
    }
    if shaped.object.keep_unknown {
        fields.push(quote!(.field("extra", &crate::redacted::Keys(&self.extra))));
    }
    Ok(Some(quote! {
        impl ::std::fmt::Debug for #name {
            #[inline]
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct(#name_text) #(#fields)* .finish()
            }
        }
    }))
}

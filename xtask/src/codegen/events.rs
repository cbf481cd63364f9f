//! The event callbacks: `wemeet_types::EventPayload` for each payload model of `schemas/events/` (its `x-event`
//! name), the `EVENTS` table, and `wemeet-webhook`'s `Event` enum, a variant per event (an invocation of that
//! crate's `events!` macro, which writes the decoding around it).

use anyhow::Result;
use quote::{format_ident, quote};

use super::api::Api;
use super::docs;

/// The `events` module of `wemeet-types`.
pub fn types(api: &Api) -> Result<syn::File> {
    let events = api.events()?;
    let impls = events.iter().map(|(event, model, _)| {
        let model = format_ident!("{model}");
        quote! {
            impl crate::EventPayload for crate::#model {
                const EVENT: &'static str = #event;
            }
        }
    });
    let names = events.iter().map(|(event, ..)| *event);
    Ok(syn::parse2(quote! {
        #(#impls)*

        /// The names of the events with a payload model, sorted.
        pub static EVENTS: &[&str] = &[#(#names),*];
    })?)
}

/// `wemeet-webhook`'s `Event` enum.
pub fn webhook(api: &Api) -> Result<syn::File> {
    let variants = api
        .events()?
        .into_iter()
        .map(|(event, model, description)| {
            let variant = format_ident!("{}", model.trim_end_matches("Payload"));
            let model = format_ident!("{model}");
            let docs = std::iter::once(format!(" `{event}`: {}", docs::literal(description)));
            quote! {
                #(#[doc = #docs])*
                #variant(wemeet_types::#model) = #event,
            }
        });
    Ok(syn::parse2(quote! {
        crate::event::events! {
            #(#variants)*
        }
    })?)
}

//! The event callbacks: `wemeet_types::EventPayload` for each payload model of `schemas/events/` (its `x-event`
//! name), the `EVENTS` table, and `wemeet-webhook`'s `Event` enum, a variant per event (an invocation of that
//! crate's `events!` macro, which writes the decoding around it).

use anyhow::Result;
use quote::{format_ident, quote};

use super::api::Api;
use super::{docs, naming};

/// The items of `wemeet_types::events` beside its models: `EventPayload` for each payload and the `EVENTS` table.
pub fn types(api: &Api) -> Result<Vec<syn::Item>> {
    let events = api.events()?;
    let impls = events
        .iter()
        .map(|(event, model, _)| {
            let model = naming::model_path(api, model)?;
            Ok(quote! {
                impl crate::EventPayload for #model {
                    const EVENT: &'static str = #event;
                }
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let names = events.iter().map(|(event, ..)| *event);
    let file: syn::File = syn::parse2(quote! {
        #(#impls)*

        /// The names of the events with a payload model, sorted.
        pub static EVENTS: &[&str] = &[#(#names),*];
    })?;
    Ok(file.items)
}

/// `wemeet-webhook`'s `Event` enum.
pub fn webhook(api: &Api) -> Result<syn::File> {
    let variants = api
        .events()?
        .into_iter()
        .map(|(event, model, description)| {
            let variant = format_ident!("{}", model.trim_end_matches("Payload"));
            let model = naming::external_model_path(api, model)?;
            let docs = std::iter::once(format!(" `{event}`: {}", docs::literal(description)));
            Ok(quote! {
                #(#[doc = #docs])*
                #variant(#model) = #event,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(syn::parse2(quote! {
        crate::event::events! {
            #(#variants)*
        }
    })?)
}

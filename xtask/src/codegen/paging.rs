//! `wemeet_types::Paged` for each paged list of the manifests: which answer field holds a page's items, and how the
//! request of the next page follows from a page's request and answer (a `page` number, or cursors carried over
//! from the answer). The helpers it calls (`wemeet_types::paging`) convert between the integer and string types
//! the schemas give these fields.

use anyhow::{Context, Result, bail};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::api::{Api, Endpoint, Object, Paging, Property, Response, Ty};
use super::naming;

/// The `Paged` impl of `endpoint`'s marker, if the endpoint is a paged list.
pub fn paged_impl(api: &Api, endpoint: &Endpoint) -> Result<Option<TokenStream>> {
    let Some(paging) = &endpoint.paging else {
        return Ok(None);
    };
    let request = endpoint
        .request
        .as_ref()
        .context("a paged list has a request")?;
    let Response::Json(answer) = &endpoint.response else {
        bail!("a paged list answers JSON");
    };
    let request_object = object(api, &request.model)?;
    let answer_object = object(api, answer)?;
    let items = property(answer_object, paging.items())?;
    let Ty::Array(item) = &items.ty else {
        bail!("`{}` is not a list", items.wire_name);
    };
    let item = item_type(api, item)?;
    let items_field = field(items);
    let next = match paging {
        Paging::Page {
            total_page,
            total_count,
            ..
        } => {
            let page = field(property(request_object, "page")?);
            let page_size = field(property(request_object, "page_size")?);
            let total = |present: bool, name: &str| -> Result<TokenStream> {
                Ok(if present {
                    let total = field(property(answer_object, name)?);
                    quote!(crate::paging::Number::number(&response.#total))
                } else {
                    quote!(::std::option::Option::None)
                })
            };
            let (total_page, total_count) = (
                total(*total_page, "total_page")?,
                total(*total_count, "total_count")?,
            );
            quote! {
                let page = crate::paging::page_after(
                    crate::paging::Number::number(&request.#page),
                    crate::paging::Number::number(&request.#page_size),
                    crate::paging::Items::count(&response.#items_field),
                    #total_page,
                    #total_count,
                )?;
                let mut next = ::std::clone::Clone::clone(request);
                next.#page = crate::paging::Number::from_number(page)?;
                ::std::option::Option::Some(next)
            }
        }
        Paging::Cursor { cursor, more, .. } => {
            let more = match more {
                Some(more) => {
                    let more = field(property(answer_object, more)?);
                    quote! {
                        if !crate::paging::More::more(&response.#more) {
                            return ::std::option::Option::None;
                        }
                    }
                }
                None => quote! {
                    if crate::paging::Items::count(&response.#items_field) == 0 {
                        return ::std::option::Option::None;
                    }
                },
            };
            let carried = cursor
                .iter()
                .map(|(from, to)| {
                    let (from, to) = (
                        field(property(request_object, from)?),
                        field(property(answer_object, to)?),
                    );
                    Ok(quote! {
                        next.#from = crate::paging::Cursor::from_cursor(
                            crate::paging::Cursor::cursor(&response.#to)?.as_ref(),
                        )?;
                    })
                })
                .collect::<Result<Vec<_>>>()?;
            quote! {
                #more
                let mut next = ::std::clone::Clone::clone(request);
                #(#carried)*
                // A cursor that did not move would ask for the same page again, for ever.
                (next != *request).then_some(next)
            }
        }
    };
    let marker = format_ident!("{}", endpoint.type_name);
    Ok(Some(quote! {
        impl crate::Paged for #marker {
            type Item = #item;

            fn items(response: Self::Response) -> ::std::vec::Vec<Self::Item> {
                crate::paging::Items::into_items(response.#items_field)
            }

            fn next_request(
                request: &Self::Request,
                response: &Self::Response,
            ) -> ::std::option::Option<Self::Request> {
                #next
            }
        }
    }))
}

fn object<'a>(api: &'a Api, model: &str) -> Result<&'a Object> {
    api.model(model)?
        .object()
        .with_context(|| format!("`{model}` is not an object"))
}

fn property<'a>(object: &'a Object, wire_name: &str) -> Result<&'a Property> {
    object
        .properties
        .iter()
        .find(|property| property.wire_name == wire_name)
        .with_context(|| format!("no property `{wire_name}`"))
}

fn field(property: &Property) -> syn::Ident {
    format_ident!("{}", property.rust_name)
}

/// The Rust type of one item of a page.
fn item_type(api: &Api, item: &Ty) -> Result<TokenStream> {
    Ok(match item {
        Ty::Model(name) => naming::model_path(api, name)?,
        Ty::Named(path) => {
            let path: syn::Path = syn::parse_str(&path.replacen("wemeet_types", "crate", 1))?;
            quote!(#path)
        }
        Ty::String => quote!(::std::string::String),
        other => bail!("a page's items must be objects or strings, not {other:?}"),
    })
}

//! The endpoint table, from the manifest: a marker type per endpoint implementing `wemeet_types::Endpoint`,
//! how each request is encoded (`EncodeRequest`), how path parameters fill their template (`PathParams`), how
//! each success body decodes (`ResponseBody`), the runtime table `ENDPOINTS`, and `visit_endpoints`, through
//! which code generic over endpoints (the mock's routes, the test harness, the fuzz targets) reaches every one.

use std::collections::BTreeMap;

use anyhow::Result;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::api::{Api, Endpoint, Home, RequestIn, Response, RetryClass};
use super::{docs, naming, paging};

/// The endpoints' items: the table of the crate root (`ENDPOINTS`, `COMMON_ERRORS`, `visit_endpoints`, each row
/// and visit compiled with its service's feature) and, per home, the marker types and the impls of its models.
pub struct EndpointItems {
    /// The crate root's `endpoints` module.
    pub table: syn::File,
    /// The items of each home.
    pub by_home: BTreeMap<Home, Vec<syn::Item>>,
}

/// The endpoint table and the items of every endpoint.
pub fn generate(api: &Api) -> Result<EndpointItems> {
    let mut by_home: BTreeMap<Home, Vec<TokenStream>> = BTreeMap::new();
    let mut rows = Vec::new();
    let mut visits = Vec::new();
    let mut json_responses = vec![api.error_response.clone()];
    for endpoint in &api.endpoints {
        let home = Home::Service(endpoint.service.clone());
        let cfg = naming::cfg(&home);
        let (item, row) = endpoint_items(endpoint, api)?;
        let items = by_home.entry(home.clone()).or_default();
        items.push(item);
        rows.push(quote!(#cfg #row));
        let marker = naming::home_path(&home, quote!(crate));
        let marker_ty = format_ident!("{}", endpoint.type_name);
        visits.push(quote!(#cfg visitor.visit::<#marker::#marker_ty>();));
        if let Some(model) = &endpoint.path_model {
            items.push(path_params_impl(api, model)?);
        }
        if let Some(request) = &endpoint.request {
            items.push(encode_impl(api, &request.model, request.location)?);
        }
        if let Some(paged) = paging::paged_impl(api, endpoint)? {
            items.push(paged);
        }
        if let Response::Json(model) = &endpoint.response
            && !json_responses.contains(model)
        {
            json_responses.push(model.clone());
        }
    }
    for model in &json_responses {
        by_home
            .entry(api.home(model)?)
            .or_default()
            .push(response_body_impl(api, model)?);
    }
    let common: Vec<TokenStream> = api
        .common_errors
        .iter()
        .map(|code| naming::error_code(api, *code))
        .collect::<Result<_>>()?;
    let root_items = by_home.remove(&Home::Root).unwrap_or_default();
    let table = quote! {
        /// Every endpoint of the API compiled in (each service with its cargo feature), service by service in the
        /// order of `schemas/api.json`, each in the order of its manifest.
        pub static ENDPOINTS: &[crate::EndpointInfo] = &[#(#rows),*];

        /// The error codes every endpoint may answer (authentication, rate limits, an invalid parameter), beyond
        /// those each documents ([`Endpoint::ERRORS`](crate::Endpoint::ERRORS)).
        pub static COMMON_ERRORS: &[crate::ErrorCode] = &[#(#common),*];

        /// Calls `visitor.visit::<E>()` for every endpoint `E` compiled in, in the order of [`ENDPOINTS`]: how
        /// code generic over endpoints reaches each of them.
        #[allow(unused_variables)] // with no service compiled in, there is nothing to visit
        pub fn visit_endpoints<V: crate::EndpointVisitor + ?::std::marker::Sized>(visitor: &mut V) {
            #(#visits)*
        }

        #(#root_items)*
    };
    let by_home = by_home
        .into_iter()
        .map(|(home, items)| {
            let file: syn::File = syn::parse2(quote!(#(#items)*))?;
            Ok((home, file.items))
        })
        .collect::<Result<_>>()?;
    Ok(EndpointItems {
        table: syn::parse2(table)?,
        by_home,
    })
}

/// The marker type of `endpoint` with its `Endpoint` impl, and its row of `ENDPOINTS`.
fn endpoint_items(endpoint: &Endpoint, api: &Api) -> Result<(TokenStream, TokenStream)> {
    let marker = format_ident!("{}", endpoint.type_name);
    let name = &endpoint.name;
    let method = format_ident!("{}", endpoint.method.variant());
    let template = &endpoint.path;
    let retry = format_ident!("{}", endpoint.retry.variant());
    let oauth2 = endpoint.oauth2;
    let error_constants: Vec<TokenStream> = endpoint
        .errors
        .iter()
        .map(|code| naming::error_code(api, *code))
        .collect::<Result<_>>()?;
    let slots = Slots::of(api, endpoint)?;
    let docs = marker_docs(endpoint, &slots);
    let Slots {
        path,
        request,
        response,
    } = &slots;
    let (path_ty, request_ty, response_ty) = (&path.ty, &request.ty, &response.ty);
    let (path_schema, request_schema, response_schema) =
        (&path.schema, &request.schema, &response.schema);
    let errors = quote!(&[#(#error_constants),*]);
    let request_in = match &endpoint.request {
        None => quote!(::std::option::Option::None),
        Some(request) => {
            let variant = format_ident!("{}", request.location.variant());
            quote!(::std::option::Option::Some(crate::RequestIn::#variant))
        }
    };
    let item = quote! {
        #(#[doc = #docs])*
        #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
        pub struct #marker;

        impl crate::Endpoint for #marker {
            const NAME: &'static str = #name;
            const METHOD: crate::Method = crate::Method::#method;
            const PATH_TEMPLATE: &'static str = #template;
            const RETRY: crate::RetryClass = crate::RetryClass::#retry;
            const OAUTH2: bool = #oauth2;
            const ERRORS: &'static [crate::ErrorCode] = #errors;
            type Path = #path_ty;
            type Request = #request_ty;
            type Response = #response_ty;
        }
    };
    let row = quote! {
        crate::EndpointInfo {
            name: #name,
            method: crate::Method::#method,
            path_template: #template,
            path_schema: #path_schema,
            request_schema: #request_schema,
            request_in: #request_in,
            response_schema: #response_schema,
            retry: crate::RetryClass::#retry,
            oauth2: #oauth2,
            errors: #errors,
        }
    };
    Ok((item, row))
}

/// One of an endpoint's types as the table shows it: the Rust type, its embedded schema, and the doc's words for it.
struct Slot {
    ty: TokenStream,
    schema: TokenStream,
    doc: String,
}

impl Slot {
    /// No value (`()`, no schema), described as `doc`.
    fn unit(doc: &str) -> Self {
        Slot {
            ty: quote!(()),
            schema: quote!(::std::option::Option::None),
            doc: doc.to_owned(),
        }
    }

    /// The model `name`; its doc links it, followed by `detail`.
    fn model(api: &Api, name: &str, detail: &str) -> Result<Self> {
        let ty = naming::model_path(api, name)?;
        let schema = naming::schema_constant(api, name)?;
        let link = ty.to_string().replace(' ', "");
        Ok(Slot {
            ty,
            schema: quote!(::std::option::Option::Some(#schema)),
            doc: format!("[`{name}`]({link}){detail}"),
        })
    }
}

/// An endpoint's three types: its path parameters, its request and its response.
struct Slots {
    path: Slot,
    request: Slot,
    response: Slot,
}

impl Slots {
    fn of(api: &Api, endpoint: &Endpoint) -> Result<Self> {
        let path = match &endpoint.path_model {
            None => Slot::unit("none"),
            Some(model) => Slot::model(api, model, "")?,
        };
        let request = match &endpoint.request {
            None => Slot::unit("none"),
            Some(request) => Slot::model(
                api,
                &request.model,
                match request.location {
                    RequestIn::Body => {
                        ", in the JSON body (a property marked `x-in: query` in the query string)"
                    }
                    RequestIn::Query => ", in the query string (no body)",
                    RequestIn::Multipart => {
                        ", as a multipart form (`multipart/form-data`, the file streamed)"
                    }
                },
            )?,
        };
        let response = match &endpoint.response {
            Response::Empty => Slot::unit("an empty body (`()`; any JSON body is accepted too)"),
            Response::Object => Slot {
                ty: quote!(crate::JsonObject),
                schema: quote!(::std::option::Option::None),
                doc: "a JSON object the docs do not describe, kept whole ([`JsonObject`](crate::JsonObject))"
                    .to_owned(),
            },
            Response::Json(model) => Slot::model(api, model, "")?,
        };
        Ok(Slots {
            path,
            request,
            response,
        })
    }
}

/// The doc of an endpoint's marker type: what it does, then a line per fact of the table.
fn marker_docs(endpoint: &Endpoint, slots: &Slots) -> Vec<String> {
    let retry_doc = match endpoint.retry {
        RetryClass::IfNotSent => "re-sent only when it certainly never reached the server",
        RetryClass::Idempotent => "may be re-sent after timeouts and gateway errors (idempotent)",
    };
    let oauth_doc = if endpoint.oauth2 {
        "accepts OAuth 2.0 access tokens"
    } else {
        "does not accept OAuth 2.0 access tokens"
    };
    let codes: Vec<String> = endpoint.errors.iter().map(ToString::to_string).collect();
    let source = match (endpoint.doc, &endpoint.sdk) {
        (Some(page), Some(sdk)) => format!(
            " - source: [the doc page](https://cloud.tencent.com/document/product/1095/{page}); the official SDKs \
             call it `{sdk}`"
        ),
        (Some(page), None) => format!(
            " - source: [the doc page](https://cloud.tencent.com/document/product/1095/{page}); no official SDK \
             has it"
        ),
        (None, Some(sdk)) => format!(" - source: the official SDKs' `{sdk}` (no doc page found)"),
        (None, None) => " - source: no doc page found, and no official SDK has it".to_owned(),
    };
    let paging = match &endpoint.paging {
        None => " - paging: none".to_owned(),
        Some(super::api::Paging::Page { items, .. }) => {
            format!(
                " - paging: by page number (`page`, `page_size`), the items in `{items}` ([`Paged`](crate::Paged))"
            )
        }
        Some(super::api::Paging::Cursor {
            cursor,
            more,
            items,
        }) => {
            let carried: Vec<String> = cursor
                .iter()
                .map(|(from, to)| format!("`{from}` from `{to}`"))
                .collect();
            let more = more.as_ref().map_or_else(String::new, |more| {
                format!(" while `{more}` says more follow")
            });
            format!(
                " - paging: by cursor ({}){more}, the items in `{items}` ([`Paged`](crate::Paged))",
                carried.join(", ")
            )
        }
    };
    vec![
        format!(
            " `{} {}`: {}",
            endpoint.method.as_str(),
            endpoint.path,
            docs::literal(&endpoint.summary)
        ),
        String::new(),
        format!(" - path parameters: {}", slots.path.doc),
        format!(" - request: {}", slots.request.doc),
        format!(" - response: {}", slots.response.doc),
        format!(" - retries: {retry_doc}"),
        format!(" - authentication: {oauth_doc}"),
        format!(" - documented error codes: {}", codes.join(", ")),
        paging,
        source,
    ]
}

/// `ResponseBody` for the model `name` of a JSON answer.
fn response_body_impl(api: &Api, name: &str) -> Result<TokenStream> {
    let ty = naming::model_path(api, name)?;
    Ok(quote! {
        impl crate::ResponseBody for #ty {
            #[inline]
            fn from_body(body: &[u8]) -> ::std::result::Result<Self, ::serde_json::Error> {
                ::serde_json::from_slice(body)
            }
            #[inline]
            fn to_body(&self) -> ::std::result::Result<::std::vec::Vec<u8>, ::serde_json::Error> {
                ::serde_json::to_vec(self)
            }
        }
    })
}

/// How a request model travels, serialized once: a query string of its fields in schema order (an optional field
/// only when it is set), a JSON body (its `x-in: query` fields in the query string instead), or a multipart form
/// (a part per field, the file part streamed).
fn encode_impl(api: &Api, model: &str, location: RequestIn) -> Result<TokenStream> {
    let ty = naming::model_path(api, model)?;
    let object = api
        .model(model)?
        .object()
        .ok_or_else(|| anyhow::anyhow!("the request `{model}` must be an object"))?;
    let each = |target: TokenStream, method: TokenStream, property: &super::api::Property| {
        let wire_name = &property.wire_name;
        let field = format_ident!("{}", property.rust_name);
        if property.required {
            quote!(#target.#method(#wire_name, &self.#field);)
        } else {
            quote! {
                if let ::std::option::Option::Some(value) = &self.#field {
                    #target.#method(#wire_name, value);
                }
            }
        }
    };
    let in_query =
        |property: &&super::api::Property| location == RequestIn::Query || property.in_query;
    let pairs: Vec<TokenStream> = object
        .properties
        .iter()
        .filter(in_query)
        .map(|property| each(quote!(query), quote!(pair), property))
        .collect();
    let body = match location {
        RequestIn::Query => quote! {
            let mut query = crate::Query::new();
            #(#pairs)*
            ::std::result::Result::Ok(query.finish())
        },
        RequestIn::Body if pairs.is_empty() => quote!(crate::request::Encoded::json(self)),
        RequestIn::Body => {
            let skipped = object
                .properties
                .iter()
                .filter(in_query)
                .map(|property| &property.wire_name);
            quote! {
                let mut query = crate::Query::new();
                #(#pairs)*
                crate::request::Encoded::json_with_query(self, &[#(#skipped),*], query)
            }
        }
        RequestIn::Multipart => {
            let parts = object.properties.iter().map(|property| {
                let method = if property.form_file {
                    quote!(file)
                } else {
                    quote!(text)
                };
                each(quote!(form), method, property)
            });
            quote! {
                let mut form = crate::request::Form::new();
                #(#parts)*
                ::std::result::Result::Ok(form.finish())
            }
        }
    };
    Ok(quote! {
        impl crate::EncodeRequest for #ty {
            #[inline]
            fn encode(&self) -> ::std::result::Result<crate::Encoded, crate::EncodeError> {
                #body
            }
        }
    })
}

/// `PathParams` for the path-parameter struct `name`: each property fills the template segment of its name.
fn path_params_impl(api: &Api, name: &str) -> Result<TokenStream> {
    let object = api
        .model(name)?
        .object()
        .ok_or_else(|| anyhow::anyhow!("path parameters `{name}` must be an object"))?;
    let mut pairs = Vec::new();
    let mut arms = Vec::new();
    for property in &object.properties {
        let wire_name = &property.wire_name;
        let field = format_ident!("{}", property.rust_name);
        pairs.push(quote!((#wire_name, self.#field.as_str())));
        arms.push(quote!(#wire_name => ::std::option::Option::Some(self.#field.as_str()),));
    }
    let ty = naming::model_path(api, name)?;
    Ok(quote! {
        impl crate::PathParams for #ty {
            #[inline]
            fn render_path(&self, template: &'static str) -> ::std::result::Result<::std::string::String, crate::ValidationError> {
                crate::endpoint::render_template(template, &[#(#pairs),*])
            }
            #[inline]
            fn param(&self, name: &str) -> ::std::option::Option<&str> {
                match name {
                    #(#arms)*
                    _ => ::std::option::Option::None,
                }
            }
        }
    })
}

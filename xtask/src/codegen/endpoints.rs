//! The endpoint table, from the manifest: a marker type per endpoint implementing `wemeet_types::Endpoint`,
//! how each request is encoded (`EncodeRequest`), how path parameters fill their template (`PathParams`), how
//! each success body decodes (`ResponseBody`), the runtime table `ENDPOINTS`, and `visit_endpoints`, through
//! which code generic over endpoints (the mock's routes, the test harness, the fuzz targets) reaches every one.

use anyhow::Result;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::api::{Api, Endpoint, RequestIn, Response, RetryClass};
use super::docs;
use super::naming;

/// The `endpoints` module.
pub fn generate(api: &Api) -> Result<syn::File> {
    let mut items = Vec::new();
    let mut rows = Vec::new();
    let mut visits = Vec::new();
    let mut json_responses = vec![api.error_response.clone()];
    for endpoint in &api.endpoints {
        let (item, row) = endpoint_items(endpoint, api)?;
        items.push(item);
        rows.push(row);
        let marker = format_ident!("{}", endpoint.type_name);
        visits.push(quote!(visitor.visit::<#marker>();));
        if let Some(model) = &endpoint.path_model {
            items.push(path_params_impl(api, model)?);
        }
        if let Some(request) = &endpoint.request {
            items.push(encode_impl(api, &request.model, request.location)?);
        }
        if let Response::Json(model) = &endpoint.response
            && !json_responses.contains(model)
        {
            json_responses.push(model.clone());
        }
    }
    items.extend(json_responses.iter().map(|model| response_body_impl(model)));
    let common: Vec<TokenStream> = api
        .common_errors
        .iter()
        .map(|code| naming::error_code(api, *code))
        .collect::<Result<_>>()?;
    let tokens = quote! {
        /// Every endpoint of the API, in the order of `schemas/endpoints.json`.
        pub static ENDPOINTS: &[crate::EndpointInfo] = &[#(#rows),*];

        /// The error codes every endpoint may answer (authentication, rate limits, an invalid parameter), beyond
        /// those each documents ([`Endpoint::ERRORS`](crate::Endpoint::ERRORS)).
        pub static COMMON_ERRORS: &[crate::ErrorCode] = &[#(#common),*];

        /// Calls `visitor.visit::<E>()` for every endpoint `E` of the API, in the order of
        /// `schemas/endpoints.json`: how code generic over endpoints reaches each of them.
        pub fn visit_endpoints<V: crate::EndpointVisitor + ?::std::marker::Sized>(visitor: &mut V) {
            #(#visits)*
        }

        #(#items)*
    };
    Ok(syn::parse2(tokens)?)
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
    let slots = Slots::of(endpoint);
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
    fn model(name: &str, detail: &str) -> Self {
        let ty = format_ident!("{name}");
        let schema = naming::schema_constant(name);
        Slot {
            ty: quote!(crate::#ty),
            schema: quote!(::std::option::Option::Some(#schema)),
            doc: format!("[`{name}`](crate::{name}){detail}"),
        }
    }
}

/// An endpoint's three types: its path parameters, its request and its response.
struct Slots {
    path: Slot,
    request: Slot,
    response: Slot,
}

impl Slots {
    fn of(endpoint: &Endpoint) -> Self {
        let path = match &endpoint.path_model {
            None => Slot::unit("none"),
            Some(model) => Slot::model(model, ""),
        };
        let request = match &endpoint.request {
            None => Slot::unit("none"),
            Some(request) => Slot::model(
                &request.model,
                match request.location {
                    RequestIn::Body => ", in the JSON body",
                    RequestIn::Query => ", in the query string (no body)",
                },
            ),
        };
        let response = match &endpoint.response {
            Response::Empty => Slot::unit("an empty body (`()`; any JSON body is accepted too)"),
            Response::Json(model) => Slot::model(model, ""),
        };
        Slots {
            path,
            request,
            response,
        }
    }
}

/// The doc of an endpoint's marker type: what it does, then a line per fact of the table.
fn marker_docs(endpoint: &Endpoint, slots: &Slots) -> [String; 8] {
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
    [
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
    ]
}

/// `ResponseBody` for the model `name` of a JSON answer.
fn response_body_impl(name: &str) -> TokenStream {
    let ty = format_ident!("{name}");
    quote! {
        impl crate::ResponseBody for crate::#ty {
            fn from_body(body: &[u8]) -> ::std::result::Result<Self, ::serde_json::Error> {
                ::serde_json::from_slice(body)
            }
            fn to_body(&self) -> ::std::result::Result<::std::vec::Vec<u8>, ::serde_json::Error> {
                ::serde_json::to_vec(self)
            }
        }
    }
}

/// How a request model travels: serialized once, as JSON or as a query string of its fields in schema order (an
/// optional field only when it is set).
fn encode_impl(api: &Api, model: &str, location: RequestIn) -> Result<TokenStream> {
    let ty = format_ident!("{model}");
    let body = match location {
        RequestIn::Body => quote!(crate::request::Encoded::json(self)),
        RequestIn::Query => {
            let object = api
                .model(model)?
                .object()
                .ok_or_else(|| anyhow::anyhow!("the query request `{model}` must be an object"))?;
            let pairs = object.properties.iter().map(|property| {
                let wire_name = &property.wire_name;
                let field = format_ident!("{}", property.rust_name);
                if property.required {
                    quote!(query.pair(#wire_name, &self.#field);)
                } else {
                    quote! {
                        if let ::std::option::Option::Some(value) = &self.#field {
                            query.pair(#wire_name, value);
                        }
                    }
                }
            });
            quote! {
                let mut query = crate::Query::new();
                #(#pairs)*
                ::std::result::Result::Ok(query.finish())
            }
        }
    };
    Ok(quote! {
        impl crate::EncodeRequest for crate::#ty {
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
    let ty = format_ident!("{name}");
    Ok(quote! {
        impl crate::PathParams for crate::#ty {
            fn render_path(&self, template: &'static str) -> ::std::result::Result<::std::string::String, crate::ValidationError> {
                crate::endpoint::render_template(template, &[#(#pairs),*])
            }
            fn param(&self, name: &str) -> ::std::option::Option<&str> {
                match name {
                    #(#arms)*
                    _ => ::std::option::Option::None,
                }
            }
        }
    })
}

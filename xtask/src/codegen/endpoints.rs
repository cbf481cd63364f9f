//! Generates the endpoint table from the manifest: a marker type per endpoint implementing
//! `wemeet_types::Endpoint`, the path-parameter and response-body impls, and `ENDPOINTS`.

use anyhow::Result;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use super::bundle::Bundle;
use super::manifest::{Manifest, ResponseBody};
use super::schemas::const_name;
use super::typify_input::RUST_NAME;

/// The `endpoints` module.
pub fn generate(manifest: &Manifest, bundle: &Bundle) -> Result<syn::File> {
    let mut items = Vec::new();
    let mut rows = Vec::new();
    let mut json_responses = vec![bundle.root_of(&manifest.error_response)?.to_owned()];

    for endpoint in &manifest.endpoints {
        let marker = format_ident!("{}", endpoint.type_name);
        let name = &endpoint.name;
        let method = &endpoint.method;
        let path = &endpoint.path;
        let idempotent = endpoint.idempotent;
        let request_name = bundle.root_of(&endpoint.request)?;
        let request = format_ident!("{request_name}");
        let request_schema = format_ident!("{}", const_name(request_name));

        let (path_type, path_schema, path_doc) = match &endpoint.path_params {
            None => (
                quote!(()),
                quote!(::std::option::Option::None),
                "none".to_owned(),
            ),
            Some(file) => {
                let path_name = bundle.root_of(file)?;
                let path_type = format_ident!("{path_name}");
                let schema = format_ident!("{}", const_name(path_name));
                items.push(path_params_impl(bundle, path_name)?);
                (
                    quote!(crate::#path_type),
                    quote!(::std::option::Option::Some(crate::schemas::#schema)),
                    format!("[`{path_name}`](crate::{path_name})"),
                )
            }
        };
        let (response_type, response_schema, response_doc) = match &endpoint.response {
            ResponseBody::Empty => (
                quote!(()),
                quote!(::std::option::Option::None),
                "an empty body (`()`; any JSON body is accepted too)".to_owned(),
            ),
            ResponseBody::Json { schema } => {
                let response_name = bundle.root_of(schema)?;
                json_responses.push(response_name.to_owned());
                let response = format_ident!("{response_name}");
                let schema = format_ident!("{}", const_name(response_name));
                (
                    quote!(crate::#response),
                    quote!(::std::option::Option::Some(crate::schemas::#schema)),
                    format!("[`{response_name}`](crate::{response_name})"),
                )
            }
        };
        let retry_doc = if idempotent {
            "Idempotent: an attempt that may have reached the server can be retried."
        } else {
            "Not idempotent: an attempt that may have reached the server must not be retried blindly."
        };
        let docs = [
            format!(" `{method} {path}`: {}", endpoint.summary),
            String::new(),
            format!(" - path parameters: {path_doc}"),
            format!(" - request body: [`{request_name}`](crate::{request_name})"),
            format!(" - response body: {response_doc}"),
            format!(" - {retry_doc}"),
        ];
        items.push(quote! {
            #(#[doc = #docs])*
            #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
            pub struct #marker;

            impl crate::Endpoint for #marker {
                const NAME: &'static str = #name;
                const METHOD: &'static str = #method;
                const PATH_TEMPLATE: &'static str = #path;
                const IDEMPOTENT: bool = #idempotent;
                type Path = #path_type;
                type Request = crate::#request;
                type Response = #response_type;
            }
        });
        rows.push(quote! {
            crate::EndpointInfo {
                name: #name,
                method: #method,
                path_template: #path,
                path_schema: #path_schema,
                request_schema: crate::schemas::#request_schema,
                response_schema: #response_schema,
                idempotent: #idempotent,
            }
        });
    }

    for response in json_responses {
        let response = format_ident!("{response}");
        items.push(quote! {
            impl crate::ResponseBody for crate::#response {
                fn from_body(body: &[u8]) -> ::std::result::Result<Self, ::serde_json::Error> {
                    ::serde_json::from_slice(body)
                }
            }
        });
    }

    let tokens = quote! {
        /// Every endpoint of the API, in the order of `schemas/endpoints.json`.
        pub static ENDPOINTS: &[crate::EndpointInfo] = &[#(#rows),*];
        #(#items)*
    };
    Ok(syn::parse2(tokens)?)
}

/// `PathParams` for the path-parameter struct `name`: each property fills the template segment of its name.
fn path_params_impl(bundle: &Bundle, name: &str) -> Result<TokenStream> {
    let schema = &bundle.definitions[name].schema;
    let properties = schema
        .get("properties")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let mut pairs = Vec::new();
    let mut arms = Vec::new();
    for (wire_name, property) in &properties {
        if property.get(RUST_NAME).is_some() {
            anyhow::bail!(
                "path parameter `{wire_name}` of `{name}`: `{RUST_NAME}` is not supported there"
            );
        }
        let field = format_ident!("{wire_name}");
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

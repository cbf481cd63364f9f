//! Generates `endpoint_methods!`, the macro both clients expand into one method per endpoint of the manifest, so
//! that a new endpoint gets its method in the async and the blocking client with no hand-written line.

use anyhow::{Result, bail};
use quote::{format_ident, quote};
use serde_json::Value;

use super::bundle::Bundle;
use super::manifest::{Manifest, ResponseBody};

/// The `client_methods` module.
pub fn generate(manifest: &Manifest, bundle: &Bundle) -> Result<syn::File> {
    let mut methods = Vec::new();
    for endpoint in &manifest.endpoints {
        let method_name = format_ident!("{}", endpoint.name);
        let marker = format_ident!("{}", endpoint.type_name);
        let request = format_ident!("{}", bundle.root_of(&endpoint.request)?);
        let response = match &endpoint.response {
            ResponseBody::Empty => quote!(()),
            ResponseBody::Json { schema } => {
                let name = format_ident!("{}", bundle.root_of(schema)?);
                quote!($crate::#name)
            }
        };
        let (params, path) = match &endpoint.path_params {
            None => (Vec::new(), quote!(&())),
            Some(file) => {
                let path_name = bundle.root_of(file)?;
                let names = path_param_names(bundle, path_name)?;
                let idents: Vec<_> = names.iter().map(|name| format_ident!("{name}")).collect();
                let path_type = format_ident!("{path_name}");
                (
                    idents.clone(),
                    quote!(&$crate::#path_type::new(#(#idents),*)),
                )
            }
        };
        let retry_doc = if endpoint.idempotent {
            "Idempotent: retried after connection failures, timeouts and gateway errors."
        } else {
            "Not idempotent: retried only when the request certainly never reached the server."
        };
        let response_doc = match endpoint.response {
            ResponseBody::Empty => " The service answers an empty body: success is `Ok(())`.",
            ResponseBody::Json { .. } => "",
        };
        let docs = [
            format!(" {}", endpoint.summary),
            String::new(),
            format!(" `{} {}`.{response_doc}", endpoint.method, endpoint.path),
            String::new(),
            format!(" {retry_doc}"),
        ];
        methods.push(quote! {
            #(#[doc = #docs])*
            pub $($async)* fn #method_name(
                &self,
                #(#params: &str,)*
                request: &$crate::#request,
            ) -> ::std::result::Result<#response, $error> {
                self.send::<$crate::#marker>(#path, request) $($await)*
            }
        });
    }
    let tokens = quote! {
        /// Expands, inside the `impl` block of a client, to one method per endpoint of `schemas/endpoints.json`,
        /// each a call of the client's `send::<E>(&self, path: &E::Path, request: &E::Request)`.
        ///
        /// `endpoint_methods!(async, Error)` writes `async` methods that await `send`;
        /// `endpoint_methods!(blocking, Error)` writes plain ones. `Error` is the client's error type.
        #[doc(hidden)]
        #[macro_export]
        macro_rules! endpoint_methods {
            (async, $error:ty) => {
                $crate::endpoint_methods!(@methods [async] [.await] $error);
            };
            (blocking, $error:ty) => {
                $crate::endpoint_methods!(@methods [] [] $error);
            };
            (@methods [$($async:tt)*] [$($await:tt)*] $error:ty) => {
                #(#methods)*
            };
        }
    };
    Ok(syn::parse2(tokens)?)
}

/// The path parameters of `path_name`, in property order; each must be a required string, since it becomes a
/// `&str` argument of the method and of the path struct's `new`.
fn path_param_names(bundle: &Bundle, path_name: &str) -> Result<Vec<String>> {
    let schema = &bundle.definitions[path_name].schema;
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .map(|names| names.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
        bail!("path parameters `{path_name}` have no properties");
    };
    properties
        .keys()
        .map(|name| {
            if required.contains(&name.as_str()) {
                Ok(name.clone())
            } else {
                bail!("path parameter `{name}` of `{path_name}` must be required")
            }
        })
        .collect()
}

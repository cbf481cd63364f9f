//! One method per endpoint in each client: `impl Client { pub async fn create_meeting(...) }` in `wemeet` and its
//! blocking twin in `wemeet-blocking`, each a call of the client's `send::<E>`, documented with the endpoint's
//! method, path, retry class and error codes and a doc example built from the docs' own example.

use std::collections::BTreeMap;

use anyhow::{Context, Result};
use quote::{format_ident, quote};

use super::api::{Api, Endpoint, Response, RetryClass, Service, Ty};
use super::{docs, example, naming};

/// Which client the methods are for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavor {
    /// `wemeet`: async methods.
    Async,
    /// `wemeet-blocking`: blocking methods.
    Blocking,
}

impl Flavor {
    fn krate(self) -> &'static str {
        match self {
            Flavor::Async => "wemeet",
            Flavor::Blocking => "wemeet_blocking",
        }
    }
}

/// The `impl Client` block of `flavor` for each service (its module compiles with the service's feature).
pub fn generate(api: &Api, flavor: Flavor) -> Result<BTreeMap<Service, syn::File>> {
    let mut services: BTreeMap<Service, Vec<proc_macro2::TokenStream>> = BTreeMap::new();
    for endpoint in &api.endpoints {
        services.entry(endpoint.service.clone()).or_default().push(
            method(api, endpoint, flavor).with_context(|| format!("method `{}`", endpoint.name))?,
        );
    }
    services
        .into_iter()
        .map(|(service, methods)| {
            let file = syn::parse2(quote! {
                impl crate::Client {
                    #(#methods)*
                }
            })?;
            Ok((service, file))
        })
        .collect()
}

fn method(api: &Api, endpoint: &Endpoint, flavor: Flavor) -> Result<proc_macro2::TokenStream> {
    let name = format_ident!("{}", endpoint.name);
    let marker = {
        let home = naming::home_path(
            &super::api::Home::Service(endpoint.service.clone()),
            quote!(wemeet_types),
        );
        let ty = format_ident!("{}", endpoint.type_name);
        quote!(#home::#ty)
    };
    let params: Vec<_> = endpoint
        .path_params
        .iter()
        .map(|p| format_ident!("{p}"))
        .collect();
    let path = match &endpoint.path_model {
        None => quote!(&()),
        Some(model) => {
            let ty = naming::external_model_path(api, model)?;
            let fields = params.iter();
            quote!(&#ty::builder() #(.#fields(#fields))* .build())
        }
    };
    let (request_param, request_arg) = match &endpoint.request {
        None => (quote!(), quote!(&())),
        Some(request) => {
            let ty = naming::external_model_path(api, &request.model)?;
            (quote!(request: &#ty,), quote!(request))
        }
    };
    let response = match &endpoint.response {
        Response::Empty => quote!(()),
        Response::Object => quote!(wemeet_types::JsonObject),
        Response::Json(model) => naming::external_model_path(api, model)?,
    };
    let docs = docs(api, endpoint, flavor)?;
    let pages = match &endpoint.paging {
        None => quote!(),
        Some(_) => {
            let pages_name = format_ident!("{}_pages", endpoint.name);
            let pages_doc = format!(
                " The pages of [`{}`](Self::{}), from `request`'s page to the last, each a call of its own (see \
                 [`Pages`](crate::Pages)); `.items()` walks their items.",
                endpoint.name, endpoint.name
            );
            let lifetime = match flavor {
                Flavor::Async => quote!(),
                Flavor::Blocking => quote!('_,),
            };
            quote! {
                #[doc = #pages_doc]
                pub fn #pages_name(
                    &self,
                    #(#params: &str,)*
                    #request_param
                ) -> crate::Pages<#lifetime #marker> {
                    self.pages::<#marker>(#path, #request_arg)
                }
            }
        }
    };
    Ok(match flavor {
        Flavor::Async => quote! {
            #(#[doc = #docs])*
            pub async fn #name(
                &self,
                #(#params: &str,)*
                #request_param
            ) -> ::std::result::Result<crate::Response<#response>, crate::Error> {
                self.send::<#marker>(#path, #request_arg).await
            }
            #pages
        },
        // Inline: compiled in the application, for the endpoints it calls, not all of them in this crate.
        Flavor::Blocking => quote! {
            #(#[doc = #docs])*
            #[inline]
            pub fn #name(
                &self,
                #(#params: &str,)*
                #request_param
            ) -> ::std::result::Result<crate::Response<#response>, crate::Error> {
                self.send::<#marker>(#path, #request_arg)
            }
            #pages
        },
    })
}

/// The doc of a method: what it does, its retries and authentication, its errors, and an example.
fn docs(api: &Api, endpoint: &Endpoint, flavor: Flavor) -> Result<Vec<String>> {
    let mut lines = summary(endpoint);
    lines.extend(errors(api, endpoint)?);
    lines.extend(example(api, endpoint, flavor)?);
    Ok(lines)
}

/// The summary, the method and path, what a success answers, and when the call is retried.
fn summary(endpoint: &Endpoint) -> Vec<String> {
    let mut lines = vec![
        format!(" {}", docs::literal(&endpoint.summary)),
        String::new(),
        format!(" `{} {}`.", endpoint.method.as_str(), endpoint.path),
    ];
    if endpoint.response == Response::Empty {
        lines.push(" The service answers an empty body: success is `Response<()>`.".to_owned());
    }
    lines.push(String::new());
    lines.push(match endpoint.retry {
        RetryClass::IfNotSent => {
            " Retried only when the request certainly never reached the server (a repeat could act twice)."
        }
        RetryClass::Idempotent => " Idempotent: also retried after timeouts and gateway errors.",
    }
    .to_owned());
    lines.push(if endpoint.oauth2 {
        " Accepts OAuth 2.0 access tokens as well as signed requests.".to_owned()
    } else {
        " Signed requests only: the service does not accept OAuth 2.0 access tokens here."
            .to_owned()
    });
    lines
}

/// `# Errors`: validation first, then the codes every endpoint may answer and those this one documents.
fn errors(api: &Api, endpoint: &Endpoint) -> Result<Vec<String>> {
    let mut lines = vec![
        String::new(),
        " # Errors".to_owned(),
        String::new(),
        " [`Error::Validation`](crate::Error::Validation) naming the field and the rule, before anything is sent; \
         otherwise the transport's or the service's error: any of the codes every endpoint may answer \
         ([`COMMON_ERRORS`](crate::COMMON_ERRORS)), or one this endpoint documents:"
            .to_owned(),
        String::new(),
    ];
    for code in &endpoint.errors {
        let entry = api.error_code(*code)?;
        lines.push(format!(" - {code}: {}", docs::literal(&entry.meaning)));
    }
    Ok(lines)
}

/// `# Example`: a call built from the docs' own examples of the path parameters and the request. The doctest runs:
/// it validates the request (so an example that breaks a rule fails the tests) and type-checks the call inside a
/// closure it never calls (no network).
fn example(api: &Api, endpoint: &Endpoint, flavor: Flavor) -> Result<Vec<String>> {
    let krate = flavor.krate();
    let mut lines = vec![
        String::new(),
        " # Example".to_owned(),
        String::new(),
        " Built from the docs' own example, with values that keep every rule the client checks."
            .to_owned(),
        String::new(),
        " ```".to_owned(),
        " # fn main() -> Result<(), Box<dyn std::error::Error>> {".to_owned(),
    ];
    let mut args: Vec<String> = endpoint
        .path_params
        .iter()
        .map(|param| {
            let value = path_example(api, endpoint, param)
                .unwrap_or_else(|| "6524541286408448530".to_owned());
            format!("{value:?}")
        })
        .collect();
    if let Some(request) = &endpoint.request {
        let model = api.model(&request.model)?;
        let example = model.example.as_ref().with_context(|| {
            format!(
                "`{}` needs an `examples` entry for the doc example",
                model.name
            )
        })?;
        let expression =
            example::expression(api, &Ty::Model(request.model.clone()), example, krate, 0)?;
        let text = format!("let request = {expression};");
        lines.extend(text.lines().map(|line| format!(" {line}")));
        lines.push(format!(" # {krate}::Validate::validate(&request)?;"));
        args.push("&request".to_owned());
    }
    let (closure, awaiting) = match flavor {
        Flavor::Async => ("async |", ".await"),
        Flavor::Blocking => ("|", ""),
    };
    lines.push(format!(
        " # let _call = {closure}client: &{krate}::Client| -> Result<(), {krate}::Error> {{"
    ));
    lines.push(format!(
        " let response = client.{}({}){awaiting}?;",
        endpoint.name,
        args.join(", ")
    ));
    lines.push(
        " // The service's X-TC-Trace id of this call, the id its support asks for.".to_owned(),
    );
    lines.push(" println!(\"trace id: {:?}\", response.trace_id());".to_owned());
    lines.push(" # Ok(()) };".to_owned());
    lines.push(" # Ok(()) }".to_owned());
    lines.push(" ```".to_owned());
    Ok(lines)
}

/// The example value of a path parameter, from the path schema's `examples`.
fn path_example(api: &Api, endpoint: &Endpoint, param: &str) -> Option<String> {
    let model = endpoint.path_model.as_ref()?;
    api.model(model)
        .ok()?
        .example
        .as_ref()?
        .get(param)?
        .as_str()
        .map(str::to_owned)
}

//! How `wemeet-types`' generated code is laid out: a file per home (`root.rs` for the crate root, `events.rs`,
//! `<service>.rs` compiled with the service's cargo feature), `mod.rs` declaring them, and `compat.rs`, the names
//! the crate root kept when services became modules.

use std::collections::{BTreeMap, BTreeSet};

use anyhow::Result;
use quote::{format_ident, quote};
use syn::Item;

use super::api::{Api, Home, Response};
use super::naming;

/// The generated items of each home, gathered emitter by emitter.
#[derive(Default)]
pub struct Homes {
    items: BTreeMap<Home, Vec<Item>>,
    /// Submodules of each home, by name (`schemas`).
    modules: BTreeMap<Home, Vec<(String, Vec<Item>)>>,
}

impl Homes {
    /// Adds each home's `items`.
    pub fn add(&mut self, items: BTreeMap<Home, Vec<Item>>) {
        for (home, items) in items {
            self.extend(&home, items);
        }
    }

    /// Adds `items` to `home`.
    pub fn extend(&mut self, home: &Home, items: Vec<Item>) {
        self.items.entry(home.clone()).or_default().extend(items);
    }

    /// Adds each home's `items` as its submodule `name`.
    pub fn add_mod(&mut self, name: &str, items: BTreeMap<Home, Vec<Item>>) {
        for (home, items) in items {
            self.modules
                .entry(home)
                .or_default()
                .push((name.to_owned(), items));
        }
    }

    /// Every home's file content, in the order of [`Api::homes`] (a home without items still gets a file).
    pub fn into_files(mut self, api: &Api) -> Vec<(Home, Vec<Item>)> {
        api.homes()
            .into_iter()
            .map(|home| {
                let mut items: Vec<Item> = Vec::new();
                if home != Home::Root {
                    // Definitions of the crate root (`common.json`) are named without a path by typify's code.
                    items.push(syn::parse_quote! {
                        #[allow(unused_imports)]
                        use super::root::*;
                    });
                }
                items.extend(self.items.remove(&home).unwrap_or_default());
                for (name, module_items) in self.modules.remove(&home).unwrap_or_default() {
                    let name = format_ident!("{name}");
                    let doc = " The JSON Schemas (Draft-07, self-contained) of the types whose schema file roots them.";
                    items.push(syn::parse_quote! {
                        #[doc = #doc]
                        pub mod #name {
                            #(#module_items)*
                        }
                    });
                }
                (home, items)
            })
            .collect()
    }
}

/// The file of `home` (relative to the generated folder) and its module docs.
pub fn home_file(api: &Api, home: &Home) -> (String, Vec<String>) {
    let _ = api;
    match home {
        Home::Root => (
            "root.rs".to_owned(),
            vec![
                "The definitions every service shares (`schemas/common.json`, the error body): the crate root's"
                    .to_owned(),
                "models, code lists and builders.".to_owned(),
            ],
        ),
        Home::Events => (
            "events.rs".to_owned(),
            vec![
                "The event callbacks (事件订阅): a payload model per event of `schemas/events/` (its `x-event`), the"
                    .to_owned(),
                "definitions they share, and the table of event names.".to_owned(),
            ],
        ),
        Home::Service(service) => {
            let mut docs = vec![
                service.summary.clone(),
                String::new(),
                format!(
                    "The `{}` service of the official SDKs: its endpoints' marker types, requests, responses and code \
                     lists, from `schemas/{}/`. Compiled with the cargo feature `{}`.",
                    service.sdk_name, service.module, service.feature
                ),
            ];
            if let Some(comment) = &service.comment {
                docs.push(String::new());
                docs.push(comment.clone());
            }
            (format!("{}.rs", service.module), docs)
        }
    }
}

/// `generated/mod.rs`: a module per home (a service's with its feature), the endpoint table and error vocabulary,
/// the compat names, and `services`, the service modules the crate root re-exports.
pub fn types_mod(api: &Api) -> Result<syn::File> {
    let services: Vec<_> = api
        .services
        .iter()
        .map(|service| {
            let module = format_ident!("{}", service.module);
            let feature = &service.feature;
            (module, feature)
        })
        .collect();
    let declarations = services.iter().map(|(module, feature)| {
        quote! {
            #[cfg(feature = #feature)]
            pub mod #module;
        }
    });
    let reexports = services.iter().map(|(module, feature)| {
        quote! {
            #[cfg(feature = #feature)]
            pub use super::#module;
        }
    });
    Ok(syn::parse2(quote! {
        pub mod compat;
        pub mod endpoints;
        pub mod error_codes;
        pub mod events;
        pub mod root;
        #(#declarations)*

        /// The service modules compiled in, which the crate root re-exports.
        pub mod services {
            #(#reexports)*
        }
    })?)
}

/// The compat names: the items of `compat.rs`, the markers the `endpoints` module re-exports, and the embedded
/// schemas the root `schemas` module re-exports.
pub struct Compat {
    /// `compat.rs`.
    pub file: syn::File,
    /// `pub use` of the markers, for the `endpoints` module.
    pub markers: Vec<Item>,
    /// `pub use` of the schema constants, for the crate root's `schemas` module.
    pub schemas: Vec<Item>,
}

/// The names `api.json`'s `root_compat` endpoints had at the crate root: their marker types and every model of
/// their service their path parameters, requests and answers reach.
pub fn compat(api: &Api) -> Result<Compat> {
    let mut names: BTreeMap<Home, BTreeSet<String>> = BTreeMap::new();
    let mut markers: BTreeMap<Home, BTreeSet<String>> = BTreeMap::new();
    let mut schemas: BTreeMap<Home, BTreeSet<String>> = BTreeMap::new();
    for endpoint in api
        .endpoints
        .iter()
        .filter(|endpoint| api.root_compat.contains(&endpoint.name))
    {
        let home = Home::Service(endpoint.service.clone());
        markers
            .entry(home.clone())
            .or_default()
            .insert(endpoint.type_name.clone());
        let roots = endpoint
            .path_model
            .iter()
            .chain(endpoint.request.iter().map(|request| &request.model))
            .chain(match &endpoint.response {
                Response::Json(model) => Some(model),
                Response::Empty | Response::Object => None,
            });
        for root in roots {
            if api.bundle.roots.values().any(|name| name == root) {
                schemas
                    .entry(home.clone())
                    .or_default()
                    .insert(naming::constant_case(root));
            }
            for reached in api.bundle.reachable_from(root)? {
                if api.home(&reached)? == home
                    && !matches!(api.model(&reached)?.shape, super::api::Shape::Other)
                {
                    names.entry(home.clone()).or_default().insert(reached);
                }
            }
        }
    }
    let uses =
        |map: &BTreeMap<Home, BTreeSet<String>>, module: Option<&str>| -> Result<Vec<Item>> {
            let uses = map.iter().map(|(home, names)| {
                let cfg = naming::cfg(home);
                let mut path = naming::home_path(home, quote!(crate));
                if let Some(module) = module {
                    let module = format_ident!("{module}");
                    path = quote!(#path::#module);
                }
                let names = names.iter().map(|name| format_ident!("{name}"));
                quote! {
                    #cfg
                    #[doc(hidden)]
                    pub use #path::{#(#names),*};
                }
            });
            let file: syn::File = syn::parse2(quote!(#(#uses)*))?;
            Ok(file.items)
        };
    Ok(Compat {
        file: syn::File {
            shebang: None,
            attrs: Vec::new(),
            items: uses(&names, None)?,
        },
        markers: uses(&markers, None)?,
        schemas: uses(&schemas, Some("schemas"))?,
    })
}

//! The `models` module: typify's structs, each shaped and given what typify does not write.
//!
//! typify turns the schemas into structs; each is then shaped ([`shaped`](super::shaped): property order, Rust
//! names, optional arrays, unknown fields, docs), and next to it come its builder ([`builders`]), its `Debug`
//! ([`debug`]), its limits as constants ([`limits`]) and, for the models a request reaches, its validation
//! ([`validation`]). Last, the paths of the hand-written types (`x-rust-type` names `wemeet_types::X`) become
//! `crate::X`.
//!
//! This module is the top of the generator's models: it calls the emitters, and none of them calls it.

use anyhow::{Context, Result, bail};
use proc_macro2::Span;
use quote::quote;
use syn::visit_mut::VisitMut;
use syn::{Item, parse_quote};

use super::api::{Api, Shape};
use super::shaped::shape;
use super::{builders, debug, limits, validation};

/// The name typify's `x-rust-type` paths start with; inside the crate it is `crate`.
const OWN_CRATE: &str = "wemeet_types";

/// The `models` module.
pub fn generate(api: &Api) -> Result<syn::File> {
    let validated = api.validated_models()?;
    let mut models = Models::default();
    for item in typify(api)?.items {
        match item {
            // typify always emits the error type of `TryFrom` conversions; no model has one.
            Item::Mod(module) if module.ident == "error" => {}
            Item::Struct(item) => {
                let name = item.ident.to_string();
                models
                    .add(api, item, validated.contains(&name))
                    .with_context(|| format!("the model `{name}`"))?;
            }
            Item::Enum(item) => bail!(
                "typify generated the enum `{}`: code lists are generated from their `anyOf` by `code_lists`",
                item.ident
            ),
            other => bail!("typify generated an unexpected item: {}", quote!(#other)),
        }
    }
    let mut file = models.into_file();
    OwnCratePaths.visit_file_mut(&mut file);
    Ok(file)
}

/// typify's structs for every definition of the schemas.
fn typify(api: &Api) -> Result<syn::File> {
    let mut settings = typify::TypeSpaceSettings::default();
    settings
        .with_struct_builder(false)
        .with_derive("PartialEq".into())
        .with_derive("Eq".into())
        .with_crate("wemeet-types", typify::CrateVers::Any, None);
    let mut space = typify::TypeSpace::new(&settings);
    space
        .add_ref_types(super::typify_input::definitions(api)?)
        .context("typify")?;
    syn::parse2(space.to_stream()).context("parsing typify's output")
}

/// The items of the `models` module as they are gathered, model by model.
#[derive(Default)]
struct Models {
    /// The module's own items: each struct, then its constructors and impls.
    items: Vec<Item>,
    /// The items of the `builders` module.
    builder_items: Vec<Item>,
    /// The items of the `builders::missing` module.
    markers: Vec<Item>,
}

impl Models {
    /// Shapes typify's `item` and adds it with its builder, `Debug`, limits and, when `validated`, validation.
    fn add(&mut self, api: &Api, item: syn::ItemStruct, validated: bool) -> Result<()> {
        let name = item.ident.to_string();
        let model = api.model(&name)?;
        let Shape::Object(object) = &model.shape else {
            bail!("typify generated the struct `{name}`, which is not an object definition");
        };
        let mut shaped = shape(item, object, &model.file).context("shaping")?;
        let debug = debug::redacting(&mut shaped)?;
        let builder = builders::generate(&shaped)?;
        let limits = limits::generate(&shaped)?;
        let validation = validated
            .then(|| validation::generate(&shaped, api))
            .transpose()?;
        self.items.push(Item::Struct(shaped.item));
        self.items
            .push(syn::parse2(builder.constructors).context("constructors")?);
        self.builder_items.extend(builder.items);
        self.markers.push(builder.markers);
        for extra in [debug, limits, validation].into_iter().flatten() {
            let file: syn::File = syn::parse2(extra).context("generated impls")?;
            self.items.extend(file.items);
        }
        Ok(())
    }

    /// The module: the models, then the `builders` module.
    fn into_file(self) -> syn::File {
        let Models {
            mut items,
            builder_items,
            markers,
        } = self;
        items.push(parse_quote! {
            /// Builders of the models, one per model: `Model::builder()`, a setter per field, `build()` once every
            /// required field is set (a missing one is a compile error naming it, through the
            /// [`missing`](builders::missing) markers).
            pub mod builders {
                use super::*;

                #(#builder_items)*

                /// The markers of required fields not set yet: `missing::<model>::<field>`.
                pub mod missing {
                    #(#markers)*
                }
            }
        });
        syn::File {
            shebang: None,
            attrs: Vec::new(),
            items,
        }
    }
}

/// Rewrites `::wemeet_types::X` into `crate::X`.
struct OwnCratePaths;

impl VisitMut for OwnCratePaths {
    fn visit_path_mut(&mut self, path: &mut syn::Path) {
        if path.leading_colon.is_some()
            && path.segments.first().is_some_and(|s| s.ident == OWN_CRATE)
        {
            path.leading_colon = None;
            if let Some(first) = path.segments.first_mut() {
                first.ident = syn::Ident::new("crate", Span::call_site());
            }
        }
        syn::visit_mut::visit_path_mut(self, path);
    }
}

//! The documented limits as constants a caller (or the mock) can read: `Model::FIELD_MAX_ITEMS` and the like,
//! one per numeric rule of the schemas, so that no limit is written a second time in Rust.

use anyhow::Result;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::api::Rules;
use super::shaped::Shaped;

/// `impl Model { pub const ...; }`, or `None` when the model has no numeric limit.
pub fn generate(shaped: &Shaped<'_>) -> Result<Option<TokenStream>> {
    let mut constants = Vec::new();
    for (_, property) in &shaped.fields {
        let prefix = property.rust_name.to_uppercase();
        constants.extend(rule_constants(
            &prefix,
            &property.rules,
            &property.wire_name,
            "",
        ));
    }
    if let Some(image) = &shaped.object.image_limits {
        let media = &image.media_type;
        let (bytes, width, height) = (
            image.max_bytes as usize,
            image.min_width as u32,
            image.min_height as u32,
        );
        constants.push(quote! {
            /// The media type the image must have (`x-image-limits`).
            pub const IMAGE_MEDIA_TYPE: &'static str = #media;
            /// Most bytes of the image file (`x-image-limits`).
            pub const IMAGE_MAX_BYTES: usize = #bytes;
            /// Fewest pixels across (`x-image-limits`).
            pub const IMAGE_MIN_WIDTH: u32 = #width;
            /// Fewest pixels down (`x-image-limits`).
            pub const IMAGE_MIN_HEIGHT: u32 = #height;
        });
    }
    if constants.is_empty() {
        return Ok(None);
    }
    let name = &shaped.item.ident;
    Ok(Some(quote! {
        impl #name {
            #(#constants)*
        }
    }))
}

fn rule_constants(prefix: &str, rules: &Rules, wire: &str, of: &str) -> Vec<TokenStream> {
    let mut constants = Vec::new();
    let mut size = |suffix: &str, value: Option<u64>, what: &str| {
        if let Some(value) = value {
            let name = format_ident!("{prefix}_{suffix}");
            let value = value as usize;
            let doc = format!(" `{wire}`{of}: {what} ({value}).");
            constants.push(quote!(#[doc = #doc] pub const #name: usize = #value;));
        }
    };
    size("MIN_LENGTH", rules.min_length, "fewest characters");
    size("MAX_LENGTH", rules.max_length, "most characters");
    size("MAX_BYTES", rules.max_bytes, "most bytes of UTF-8, as sent");
    size("MIN_ITEMS", rules.min_items, "fewest entries");
    size("MAX_ITEMS", rules.max_items, "most entries");
    size(
        "SERVER_MAX_ITEMS",
        rules.server_max_items,
        "most entries the service takes for now (not checked by clients)",
    );
    let mut int = |suffix: &str, value: Option<i64>, what: &str| {
        if let Some(value) = value {
            let name = format_ident!("{prefix}_{suffix}");
            let doc = format!(" `{wire}`{of}: {what} ({value}).");
            constants.push(quote!(#[doc = #doc] pub const #name: i64 = #value;));
        }
    };
    int("MINIMUM", rules.minimum, "the smallest value");
    int("MAXIMUM", rules.maximum, "the largest value");
    if let Some(content) = &rules.base64 {
        constants.extend(rule_constants(
            &format!("{prefix}_DECODED"),
            content,
            wire,
            " once base64-decoded",
        ));
    }
    constants
}

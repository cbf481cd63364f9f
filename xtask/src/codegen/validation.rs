//! Client-side validation, generated from the rules of the schemas: `impl Validate` for every model a request
//! reaches. The rule functions themselves are hand-written, once, in `wemeet_types::validate::rules`; this module
//! only decides which of them each field calls, with which limits, under which wire path and error code.

use anyhow::{Context, Result, bail};
use proc_macro2::TokenStream;
use quote::quote;

use super::api::{Api, Chars, CodeKind, Format, IntegerText, Property, Rules, Shape, Ty};
use super::naming;
use super::shaped::{Shaped, generic_argument};

/// `impl ValidateAt` and `impl Validate` for `shaped`.
pub fn generate(shaped: &Shaped<'_>, api: &Api) -> Result<TokenStream> {
    let name = &shaped.item.ident;
    let mut checks = Vec::new();
    for (field, property) in &shaped.fields {
        checks.push(
            field_checks(shaped, field, property, api)
                .with_context(|| format!("validation of `{}`", property.wire_name))?,
        );
    }
    if checks.iter().all(TokenStream::is_empty) {
        checks.push(quote!(let _ = at;));
    }
    Ok(quote! {
        impl crate::validate::ValidateAt for #name {
            #[inline]
            fn validate_at(
                &self,
                at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
            ) -> ::std::result::Result<(), crate::ValidationError> {
                #(#checks)*
                ::std::result::Result::Ok(())
            }
        }

        impl crate::Validate for #name {
            #[inline]
            fn validate(&self) -> ::std::result::Result<(), crate::ValidationError> {
                crate::validate::ValidateAt::validate_at(self, ::std::option::Option::None)
            }
        }
    })
}

/// Emits the checks of one value, each under the error code its keyword has.
struct Checks<'a> {
    api: &'a Api,
    rules: &'a Rules,
    out: Vec<TokenStream>,
}

impl Checks<'_> {
    /// A check of the rule of `keyword`.
    fn one(&mut self, keyword: &str, rule: TokenStream) -> Result<()> {
        self.out.push(match self.rules.error_codes.of(keyword) {
            None => quote!(path.check(#rule)?;),
            Some(code) => {
                let code = naming::error_code(self.api, code)?;
                quote!(path.check_as(#code, #rule)?;)
            }
        });
        Ok(())
    }

    /// A check of a rule with a lower bound (`below`) and an upper one (`above`), which may have codes of their own.
    fn bounded(&mut self, below: &str, above: &str, rule: TokenStream) -> Result<()> {
        let (low, high) = (
            self.rules.error_codes.of(below),
            self.rules.error_codes.of(above),
        );
        if low.is_none() && high.is_none() {
            self.out.push(quote!(path.check(#rule)?;));
            return Ok(());
        }
        let code = |code: Option<i64>| match code {
            Some(code) => naming::error_code(self.api, code),
            None => Ok(quote!(path.code())),
        };
        let (low, high) = (code(low)?, code(high)?);
        self.out
            .push(quote!(path.check_bounds(#low, #high, #rule)?;));
        Ok(())
    }
}

fn field_checks(
    shaped: &Shaped<'_>,
    field: &syn::Field,
    property: &Property,
    api: &Api,
) -> Result<TokenStream> {
    let ident = field.ident.as_ref().context("an unnamed field")?;
    let wire = &property.wire_name;
    let code = match property.rules.error_codes.all {
        None => quote!(crate::ErrorCode::INVALID_PARAMETER),
        Some(code) => naming::error_code(api, code)?,
    };
    let value = quote!(value);
    let body = value_checks(shaped, &property.ty, &property.rules, &value, api)?;
    if body.is_empty() {
        return Ok(TokenStream::new());
    }
    let path = quote!(let path = crate::validate::FieldPath::child_of(at, #wire, #code););
    Ok(if generic_argument(&field.ty, "Option").is_some() {
        quote! {
            if let ::std::option::Option::Some(value) = &self.#ident {
                #path
                #body
            }
        }
    } else {
        quote! {
            {
                let value = &self.#ident;
                #path
                #body
            }
        }
    })
}

/// The checks of `value` (a reference to a value of type `ty`) under `path`.
fn value_checks(
    shaped: &Shaped<'_>,
    ty: &Ty,
    rules: &Rules,
    value: &TokenStream,
    api: &Api,
) -> Result<TokenStream> {
    let mut checks = Checks {
        api,
        rules,
        out: Vec::new(),
    };
    match ty {
        Ty::String => string_checks(&mut checks, value)?,
        Ty::Integer => integer_rules(shaped, &mut checks, rules, quote!(*#value))?,
        Ty::Boolean | Ty::Any | Ty::Named(_) => {}
        Ty::Model(name) => model_checks(shaped, &mut checks, name, value)?,
        Ty::Array(item) => array_checks(shaped, &mut checks, item, value)?,
    }
    check_applicable(ty, rules)?;
    let out = checks.out;
    Ok(quote!(#(#out)*))
}

/// A rule that does not apply to a value of `ty` is an error (it would go unchecked).
fn check_applicable(ty: &Ty, rules: &Rules) -> Result<()> {
    let unsupported = match ty {
        Ty::String => {
            rules.min_items.or(rules.max_items).is_some()
                || rules.minimum.or(rules.maximum).is_some()
                || rules.one_of.is_some()
        }
        Ty::Integer => has_text_rules(rules) || rules.min_items.or(rules.max_items).is_some(),
        Ty::Array(_) => has_text_rules(rules) || rules.minimum.or(rules.maximum).is_some(),
        _ => has_text_rules(rules) || rules.min_items.or(rules.max_items).is_some(),
    };
    if unsupported {
        bail!("a rule that does not apply to a value of type {ty:?}");
    }
    Ok(())
}

/// The checks of a text: its own rules, then those of its base64-decoded content.
fn string_checks(checks: &mut Checks<'_>, value: &TokenStream) -> Result<()> {
    let rules = checks.rules;
    text_rules(checks, rules, value)?;
    if let Some(content) = &rules.base64 {
        let inner = decoded_rules(content, &quote!(text));
        checks.one(
            "contentEncoding",
            quote!(crate::validate::rules::base64_text(#value, |text| {
                #(#inner)*
                ::std::result::Result::Ok(())
            })),
        )?;
    }
    Ok(())
}

/// The checks of a value of the model `name`: a code list's integer rules, `x-after`, and the model's own
/// validation when it has one.
fn model_checks(
    shaped: &Shaped<'_>,
    checks: &mut Checks<'_>,
    name: &str,
    value: &TokenStream,
) -> Result<()> {
    let rules = checks.rules;
    let model = checks.api.model(name)?;
    let nested = match &model.shape {
        Shape::CodeList(list) if list.kind == CodeKind::Integer => {
            integer_rules(shaped, checks, rules, quote!(i64::from(#value.code())))?;
            false
        }
        Shape::CodeList(_) => {
            if !rules.is_empty() {
                bail!("a string code list takes no rules");
            }
            false
        }
        _ if rules.one_of.is_some() => {
            bail!("`enum` applies to integers and integer code lists only")
        }
        Shape::Named { validated, .. } => *validated,
        Shape::Object(_) | Shape::Union(_) => true,
        Shape::Other => false,
    };
    if let Some(other) = &rules.after {
        let other_ident = sibling(shaped, other)?;
        checks.one(
            "x-after",
            quote!(crate::validate::rules::after(
                #other,
                crate::validate::Ordered::ordinal(&self.#other_ident),
                crate::validate::Ordered::ordinal(#value),
            )),
        )?;
    }
    if nested {
        checks.out.push(quote!(crate::validate::ValidateAt::validate_at(#value, ::std::option::Option::Some(&path))?;));
    }
    Ok(())
}

/// The checks of a list: its length, then each entry's, under the entry's index.
fn array_checks(
    shaped: &Shaped<'_>,
    checks: &mut Checks<'_>,
    item: &Ty,
    value: &TokenStream,
) -> Result<()> {
    let rules = checks.rules;
    if rules.min_items.is_some() || rules.max_items.is_some() {
        let (min, max) = size_bounds(rules.min_items, rules.max_items);
        checks.bounded(
            "minItems",
            "maxItems",
            quote!(crate::validate::rules::count(#value.len(), #min, #max)),
        )?;
    }
    let item_rules = rules.items.as_deref().cloned().unwrap_or_default();
    let item_checks = value_checks(shaped, item, &item_rules, &quote!(item), checks.api)?;
    if !item_checks.is_empty() {
        checks.out.push(quote! {
            for (index, item) in #value.iter().enumerate() {
                let path = path.index(index);
                #item_checks
            }
        });
    }
    Ok(())
}

fn has_text_rules(rules: &Rules) -> bool {
    rules
        .min_length
        .or(rules.max_length)
        .or(rules.max_bytes)
        .is_some()
        || rules.non_blank
        || rules.format.is_some()
        || rules.base64.is_some()
        || rules.chars.is_some()
        || rules.integer_text.is_some()
}

/// The rules of a text: length, whitespace, bytes, format.
fn text_rules(checks: &mut Checks<'_>, rules: &Rules, value: &TokenStream) -> Result<()> {
    match (rules.min_length, rules.max_length) {
        (Some(1), None) => checks.one(
            "minLength",
            quote!(crate::validate::rules::non_empty(#value)),
        )?,
        (None, None) => {}
        (min, max) => {
            let (min, max) = size_bounds(min, max);
            checks.bounded(
                "minLength",
                "maxLength",
                quote!(crate::validate::rules::char_count(#value, #min, #max)),
            )?;
        }
    }
    if rules.non_blank {
        checks.one(
            "x-non-blank",
            quote!(crate::validate::rules::not_blank(#value)),
        )?;
    }
    if let Some(max) = rules.max_bytes {
        let max = max as usize;
        checks.one(
            "x-max-bytes",
            quote!(crate::validate::rules::max_bytes(#value, #max)),
        )?;
    }
    if let Some(chars) = &rules.chars {
        let set = match chars {
            Chars::Digits => quote!(crate::CharSet::Digits),
            Chars::Alphanumeric => quote!(crate::CharSet::Alphanumeric),
            Chars::Except { refused, cjk } => quote!(crate::CharSet::Except {
                refused: #refused,
                cjk: #cjk,
            }),
        };
        checks.one(
            "x-chars",
            quote!(crate::validate::rules::chars(#value, #set)),
        )?;
    }
    if let Some(IntegerText { minimum, maximum }) = rules.integer_text {
        checks.one(
            "x-integer-text",
            quote!(crate::validate::rules::integer_text(#value, #minimum, #maximum)),
        )?;
    }
    match &rules.format {
        None => {}
        Some(Format::Md5Hex) => {
            checks.one("format", quote!(crate::validate::rules::md5_hex(#value)))?
        }
        Some(Format::Uri { schemes: None }) => checks.one(
            "format",
            quote!(crate::validate::rules::url(#value, ::std::option::Option::None)),
        )?,
        Some(Format::Uri {
            schemes: Some(schemes),
        }) => checks.one(
            "format",
            quote!(crate::validate::rules::url(
                #value,
                ::std::option::Option::Some(&[#(#schemes),*])
            )),
        )?,
    }
    Ok(())
}

/// The rules of a decoded text (`x-content-schema`), as statements returning the broken `Rule` early: they run
/// inside the base64 check, under its code.
fn decoded_rules(rules: &Rules, value: &TokenStream) -> Vec<TokenStream> {
    let mut out = Vec::new();
    match (rules.min_length, rules.max_length) {
        (Some(1), None) => out.push(quote!(crate::validate::rules::non_empty(#value)?;)),
        (None, None) => {}
        (min, max) => {
            let (min, max) = size_bounds(min, max);
            out.push(quote!(crate::validate::rules::char_count(#value, #min, #max)?;));
        }
    }
    if rules.non_blank {
        out.push(quote!(crate::validate::rules::not_blank(#value)?;));
    }
    if let Some(max) = rules.max_bytes {
        let max = max as usize;
        out.push(quote!(crate::validate::rules::max_bytes(#value, #max)?;));
    }
    out
}

/// The bounds of a size (characters, entries) as `usize` expressions: 0 and `usize::MAX` where unbounded.
fn size_bounds(min: Option<u64>, max: Option<u64>) -> (TokenStream, TokenStream) {
    let min = min.unwrap_or(0) as usize;
    let max = max.map_or(quote!(usize::MAX), |max| {
        let max = max as usize;
        quote!(#max)
    });
    (quote!(#min), max)
}

/// The rules of an integer (`value` is an `i64` expression).
fn integer_rules(
    shaped: &Shaped<'_>,
    checks: &mut Checks<'_>,
    rules: &Rules,
    value: TokenStream,
) -> Result<()> {
    let max = match (&rules.max_is_count_of, rules.maximum) {
        (None, None) => None,
        (None, Some(max)) => Some(quote!(#max)),
        (Some(list), maximum) => {
            let list_ident = sibling(shaped, list)?;
            let (field, _) = shaped
                .fields
                .iter()
                .find(|(_, p)| &p.wire_name == list)
                .context("sibling list")?;
            let count = if generic_argument(&field.ty, "Option").is_some() {
                quote!(self.#list_ident.as_ref().map_or(0, ::std::vec::Vec::len))
            } else {
                quote!(self.#list_ident.len())
            };
            let count = quote!(i64::try_from(#count).unwrap_or(i64::MAX));
            Some(match maximum {
                None => count,
                Some(max) => quote!(::std::cmp::min(#max, #count)),
            })
        }
    };
    if rules.minimum.is_some() || max.is_some() {
        let min = rules.minimum.map_or(quote!(i64::MIN), |min| quote!(#min));
        let max = max.unwrap_or(quote!(i64::MAX));
        checks.bounded(
            "minimum",
            "maximum",
            quote!(crate::validate::rules::range(#value, #min, #max)),
        )?;
    }
    if let Some(codes) = &rules.one_of {
        checks.one(
            "enum",
            quote!(crate::validate::rules::one_of(#value, &[#(#codes),*])),
        )?;
    }
    Ok(())
}

/// The Rust field of the sibling property `wire_name`.
fn sibling(shaped: &Shaped<'_>, wire_name: &str) -> Result<syn::Ident> {
    shaped
        .fields
        .iter()
        .find(|(_, p)| p.wire_name == wire_name)
        .and_then(|(field, _)| field.ident.clone())
        .with_context(|| format!("no sibling property `{wire_name}`"))
}

/// `impl ValidateAt` for the union `name` (a value of one of several forms): the form the value has is checked, a
/// string form that must not be empty under the value's own path.
pub fn union(api: &Api, name: &str, branches: &[super::api::UnionBranch]) -> Result<TokenStream> {
    let ty = quote::format_ident!("{name}");
    let arms = branches
        .iter()
        .map(|branch| {
            let variant = quote::format_ident!("{}", branch.title);
            Ok(match &branch.ty {
                Ty::String if branch.non_empty => quote! {
                    Self::#variant(value) => match at {
                        ::std::option::Option::Some(path) => path.check(crate::validate::rules::non_empty(value)),
                        ::std::option::Option::None => ::std::result::Result::Ok(()),
                    },
                },
                Ty::Model(model) if api.model(model)?.object().is_some() => quote! {
                    Self::#variant(value) => crate::validate::ValidateAt::validate_at(value, at),
                },
                _ => quote!(Self::#variant(_) => ::std::result::Result::Ok(()),),
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(quote! {
        impl crate::validate::ValidateAt for #ty {
            #[inline]
            fn validate_at(
                &self,
                at: ::std::option::Option<&crate::validate::FieldPath<'_>>,
            ) -> ::std::result::Result<(), crate::ValidationError> {
                match self {
                    #(#arms)*
                }
            }
        }
    })
}

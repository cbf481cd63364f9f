//! Doc comments of generated items: reading and writing `#[doc]` attributes, and what a field's doc says.

use syn::{Attribute, parse_quote};

use super::api::{Chars, Format, IntegerText, Property, Rules};

/// The lines of the `#[doc]` attributes.
pub fn lines(attrs: &[Attribute]) -> Vec<String> {
    let mut lines = Vec::new();
    for attr in attrs.iter().filter(|a| a.path().is_ident("doc")) {
        if let syn::Meta::NameValue(nv) = &attr.meta
            && let syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(text),
                ..
            }) = &nv.value
        {
            lines.extend(text.value().lines().map(|line| line.trim().to_owned()));
        }
    }
    lines
}

/// Replaces the `#[doc]` attributes with `lines`, one `///` line each, before any other attribute.
pub fn set(attrs: &mut Vec<Attribute>, lines: &[String]) {
    attrs.retain(|a| !a.path().is_ident("doc"));
    let docs = lines.iter().map(|line| -> Attribute {
        let text = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        parse_quote!(#[doc = #text])
    });
    let rest = std::mem::take(attrs);
    attrs.extend(docs);
    attrs.extend(rest);
}

/// The doc of a field: its description, wire name and requiredness, documented default and rules.
pub fn field(property: &Property) -> Vec<String> {
    let mut lines: Vec<String> = property
        .description
        .iter()
        .flat_map(|d| d.lines().map(str::to_owned))
        .collect();
    if !lines.is_empty() {
        lines.push(String::new());
    }
    let requiredness = if property.required {
        "required"
    } else {
        "optional"
    };
    lines.push(format!(
        "Wire name `{}`, {requiredness}.",
        property.wire_name
    ));
    if let Some(default) = &property.default {
        lines.push(format!("Documented default: `{default}`."));
    }
    if property.sensitive {
        lines.push("A credential: `Debug` shows `<redacted>` (`x-sensitive`).".into());
    }
    let words = rules_in_words(&property.rules);
    if !words.is_empty() {
        lines.push(format!("Rules: {}.", words.join("; ")));
    }
    lines
}

/// The rules in words, e.g. "at most 128 bytes as sent".
pub fn rules_in_words(rules: &Rules) -> Vec<String> {
    let mut words = text_words(rules);
    words.extend(number_words(rules));
    match &rules.format {
        Some(Format::Uri { schemes: None }) => words.push("an absolute URL".to_owned()),
        Some(Format::Uri {
            schemes: Some(schemes),
        }) => words.push(format!("an absolute {} URL", schemes.join(" or "))),
        Some(Format::Md5Hex) => {
            words.push("32 hexadecimal digits, either case (sent in lower case)".to_owned())
        }
        None => {}
    }
    if let Some(content) = &rules.base64 {
        let decoded = rules_in_words(content);
        if decoded.is_empty() {
            words.push("standard base64".to_owned());
        } else {
            words.push(format!(
                "standard base64 of a text that is {}",
                decoded.join(", ")
            ));
        }
    }
    if let Some(items) = &rules.items {
        words.push(format!("each entry {}", rules_in_words(items).join(", ")));
    }
    words.extend(service_words(rules));
    words
}

/// The rules of a text's length and content, in words.
fn text_words(rules: &Rules) -> Vec<String> {
    let mut words = Vec::new();
    match (rules.min_length, rules.max_length) {
        (Some(1), None) => words.push("not empty".to_owned()),
        (Some(min), None) => words.push(format!("at least {min} characters")),
        (None, Some(max)) => words.push(format!("at most {max} characters")),
        (Some(min), Some(max)) => words.push(format!("{min} to {max} characters")),
        (None, None) => {}
    }
    if rules.non_blank {
        words.push("not only whitespace".to_owned());
    }
    if let Some(max) = rules.max_bytes {
        words.push(format!("at most {max} bytes (UTF-8, as sent)"));
    }
    match &rules.chars {
        Some(Chars::Digits) => words.push("ASCII digits only".to_owned()),
        Some(Chars::Alphanumeric) => words.push("ASCII letters and digits only".to_owned()),
        Some(Chars::Except { refused, cjk }) => {
            let refused: Vec<String> = refused
                .chars()
                .map(|c| match c {
                    ' ' => "space".to_owned(),
                    c => format!("`{c}`"),
                })
                .collect();
            let cjk = if *cjk { "" } else { " or CJK characters" };
            words.push(format!("none of {}{cjk}", refused.join(" ")));
        }
        None => {}
    }
    if let Some(IntegerText { minimum, maximum }) = rules.integer_text {
        words.push(format!(
            "a whole number from {minimum} to {maximum} written in digits (e.g. `\"{maximum}\"`)"
        ));
    }
    words
}

/// The rules of a list's length and of a number's value, in words.
fn number_words(rules: &Rules) -> Vec<String> {
    let mut words = Vec::new();
    match (rules.min_items, rules.max_items) {
        (Some(min), None) => words.push(format!("at least {min} entries")),
        (None, Some(max)) => words.push(format!("at most {max} entries")),
        (Some(min), Some(max)) => words.push(format!("{min} to {max} entries")),
        (None, None) => {}
    }
    match (rules.minimum, rules.maximum) {
        (Some(min), None) => words.push(format!("at least {min}")),
        (None, Some(max)) => words.push(format!("at most {max}")),
        (Some(min), Some(max)) => words.push(format!("from {min} to {max}")),
        (None, None) => {}
    }
    if let Some(list) = &rules.max_is_count_of {
        words.push(format!("at most the number of entries of `{list}`"));
    }
    if let Some(other) = &rules.after {
        words.push(format!("greater than `{other}`"));
    }
    if let Some(codes) = &rules.one_of {
        let codes: Vec<String> = codes.iter().map(ToString::to_string).collect();
        words.push(format!("one of {}", codes.join(", ")));
    }
    words
}

/// What the service does beyond the client's checks, in words: its temporary limits and its error codes.
fn service_words(rules: &Rules) -> Vec<String> {
    let mut words = Vec::new();
    if let Some(max) = rules.server_max_items {
        words.push(format!(
            "the service takes at most {max} for now (checked by the service, not the client)"
        ));
    }
    if let Some(code) = rules.error_codes.all {
        words.push(format!("the service answers error {code} when broken"));
    }
    for (keyword, code) in &rules.error_codes.by_keyword {
        words.push(format!("error {code} when `{keyword}` is broken"));
    }
    words
}

//! Doc comments of generated items: reading and writing `#[doc]` attributes, what a field's doc says, and text
//! copied from the schemas made literal Markdown ([`literal`]).

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

/// Text copied from the schemas (a description, a summary, an error's meaning), for a doc comment: the characters
/// Markdown (as rustdoc reads it) would take for markup are escaped with a backslash, so that the text renders as
/// written (`1920*1080` stays `1920*1080`, not an italic; `<b>` is text, not HTML; `[x]` is not a link). The
/// backtick spans the descriptions use on purpose stay code spans; a backtick without a closing one is escaped.
pub fn literal(text: &str) -> String {
    text.lines()
        .map(literal_line)
        .collect::<Vec<_>>()
        .join("\n")
}

/// One line of [`literal`]: also what would start a list, a heading or a quote at the start of a line.
fn literal_line(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut i = chars.iter().take_while(|c| c.is_whitespace()).count();
    let mut out: String = chars[..i].iter().collect();
    let digits = chars[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    if digits > 0 && matches!(chars.get(i + digits), Some('.' | ')')) {
        out.extend(&chars[i..i + digits]);
        out.push('\\');
        out.push(chars[i + digits]);
        i += digits + 1;
    } else if matches!(chars.get(i), Some('-' | '+' | '=')) {
        out.push('\\');
        out.push(chars[i]);
        i += 1;
    }
    while i < chars.len() {
        let c = chars[i];
        if c == '`' {
            let run = chars[i..].iter().take_while(|&&c| c == '`').count();
            match closing_run(&chars, i + run, run) {
                Some(end) => {
                    out.extend(&chars[i..end + run]);
                    i = end + run;
                }
                None => {
                    for _ in 0..run {
                        out.push_str("\\`");
                    }
                    i += run;
                }
            }
            continue;
        }
        let intraword = |at: Option<&char>| at.is_some_and(|c| c.is_alphanumeric());
        let special = match c {
            '\\' | '*' | '[' | ']' | '<' | '>' | '~' | '|' | '#' | '&' => true,
            // An underscore between two letters or digits never opens or closes emphasis.
            '_' => !(i > 0 && intraword(chars.get(i - 1)) && intraword(chars.get(i + 1))),
            _ => false,
        };
        if special {
            out.push('\\');
        }
        out.push(c);
        i += 1;
    }
    out
}

/// Where the run of exactly `run` backticks closing a code span opened before `from` starts, if the line has one.
fn closing_run(chars: &[char], from: usize, run: usize) -> Option<usize> {
    let mut i = from;
    while i < chars.len() {
        if chars[i] == '`' {
            let length = chars[i..].iter().take_while(|&&c| c == '`').count();
            if length == run {
                return Some(i);
            }
            i += length;
        } else {
            i += 1;
        }
    }
    None
}

/// The doc of a field: its description, wire name and requiredness, documented default and rules.
pub fn field(property: &Property) -> Vec<String> {
    let description = property
        .description
        .as_deref()
        .map(literal)
        .unwrap_or_default();
    let mut lines: Vec<String> = description.lines().map(str::to_owned).collect();
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
    if property.in_query {
        lines.push("Travels in the query string, not the JSON body (`x-in: query`).".into());
    }
    if property.form_file {
        let media = property
            .media_type
            .as_deref()
            .unwrap_or("application/octet-stream");
        lines.push(format!(
            "The file part of the form (`x-form-file`), streamed as it is sent; documented as `{media}`."
        ));
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
        let made_by = "(make it with [`encode_base64`](crate::encode_base64))";
        if decoded.is_empty() {
            words.push(format!("standard base64 {made_by}"));
        } else {
            words.push(format!(
                "standard base64 of a text that is {} {made_by}",
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

#[cfg(test)]
mod tests {
    use super::literal;

    #[test]
    fn markdown_specials_render_as_written() {
        assert_eq!(
            literal("at least 1920*1080 (分辨率最小为1920*1080)"),
            "at least 1920\\*1080 (分辨率最小为1920\\*1080)"
        );
        assert_eq!(
            literal("a <b> [c] ~~d~~ e|f"),
            "a \\<b\\> \\[c\\] \\~\\~d\\~\\~ e\\|f"
        );
        assert_eq!(
            literal("_emphasis_ but snake_case"),
            "\\_emphasis\\_ but snake_case"
        );
        assert_eq!(
            literal("1. not a list\n- nor this"),
            "1\\. not a list\n\\- nor this"
        );
    }

    #[test]
    fn code_spans_stay_code_and_a_lone_backtick_is_escaped() {
        assert_eq!(literal("`a*b` and ``c`d``"), "`a*b` and ``c`d``");
        assert_eq!(literal("it's `open"), "it's \\`open");
        assert_eq!(literal("`x` then ` alone"), "`x` then \\` alone");
    }
}

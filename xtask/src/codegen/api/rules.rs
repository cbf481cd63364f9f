//! The documented rules of a value, read from its schema's keywords.
//!
//! Standard keywords where one fits (`minLength`, `maxLength`, `minItems`, `maxItems`, `minimum`, `maximum`,
//! `enum`, `format`, `contentEncoding`), and `x-` keywords where none does (see `schemas/README.md`). A keyword
//! this module does not know is an error: a limit must never be silently left unchecked.

use anyhow::{Context, Result, bail};
use serde_json::{Map, Value};

/// Keywords that annotate a value without limiting it.
pub const ANNOTATIONS: &[&str] = &[
    "description",
    "title",
    "examples",
    "default",
    "$comment",
    "x-rust-name",
    "x-sensitive",
    "x-rust-type",
    "x-in",
    "x-form-file",
    "contentMediaType",
    "x-integer",
];

/// Keywords that give a value its shape (typify reads them).
pub const SHAPE: &[&str] = &[
    "type",
    "$ref",
    "items",
    "properties",
    "required",
    "additionalProperties",
    "anyOf",
    "oneOf",
    "const",
];

/// Keywords that limit a value: checked by the generated validation, stripped from typify's input.
pub const RULES: &[&str] = &[
    "minLength",
    "maxLength",
    "x-max-bytes",
    "x-non-blank",
    "minItems",
    "maxItems",
    "minimum",
    "maximum",
    "enum",
    "format",
    "contentEncoding",
    "x-content-schema",
    "x-url-schemes",
    "x-max-is-count-of",
    "x-after",
    "x-error-code",
    "x-server-max-items",
    "x-chars",
    "x-integer-text",
];

/// How a text must be formed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Format {
    /// `format: uri`: an absolute URL; `x-url-schemes` narrows the schemes (e.g. http and https).
    Uri {
        /// The schemes allowed, lower case; `None` for any.
        schemes: Option<Vec<String>>,
    },
    /// `format: md5-hex`: 32 hexadecimal digits, either case, sent in lower case.
    Md5Hex,
}

/// Which characters a text may hold (`x-chars`): the regex-free form of the docs' character patterns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Chars {
    /// `"digits"`: ASCII digits.
    Digits,
    /// `"alphanumeric"`: ASCII letters and digits.
    Alphanumeric,
    /// `{"not": "<chars>", "cjk": false}`: any character but those listed and, when `cjk` is false, the CJK
    /// characters (`wemeet_types::CharSet::CJK`).
    Except {
        /// The characters refused.
        refused: String,
        /// Whether CJK characters are accepted (`cjk`, true when absent).
        cjk: bool,
    },
}

/// `x-integer-text`: a text that is a whole number in its plain decimal form, from `minimum` to `maximum`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IntegerText {
    /// Smallest number allowed.
    pub minimum: i64,
    /// Largest number allowed.
    pub maximum: i64,
}

/// The documented rules of one value.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rules {
    /// `minLength`: fewest characters.
    pub min_length: Option<u64>,
    /// `maxLength`: most characters.
    pub max_length: Option<u64>,
    /// `x-max-bytes`: most bytes of UTF-8, as sent.
    pub max_bytes: Option<u64>,
    /// `x-non-blank`: not only whitespace.
    pub non_blank: bool,
    /// `minItems`.
    pub min_items: Option<u64>,
    /// `maxItems`.
    pub max_items: Option<u64>,
    /// `minimum`.
    pub minimum: Option<i64>,
    /// `maximum`.
    pub maximum: Option<i64>,
    /// `enum`: the only integer codes allowed.
    pub one_of: Option<Vec<i64>>,
    /// `format`.
    pub format: Option<Format>,
    /// `contentEncoding: base64`, with the rules of the decoded text (`x-content-schema`).
    pub base64: Option<Box<Rules>>,
    /// `x-max-is-count-of`: the value is at most the number of entries of this sibling list.
    pub max_is_count_of: Option<String>,
    /// `x-after`: the value is greater than this sibling's.
    pub after: Option<String>,
    /// `x-error-code`: the code the service answers when a rule of this value is broken (default 190004), for
    /// all its rules or per keyword.
    pub error_codes: ErrorCodes,
    /// `x-server-max-items`: a temporary limit the service applies and clients do not.
    pub server_max_items: Option<u64>,
    /// `x-chars`: the characters a text may hold.
    pub chars: Option<Chars>,
    /// `x-integer-text`: the text is a whole number in a range.
    pub integer_text: Option<IntegerText>,
    /// The rules of each entry of a list (from `items`, when it is not a reference).
    pub items: Option<Box<Rules>>,
}

impl Rules {
    /// Whether there is nothing to check.
    pub fn is_empty(&self) -> bool {
        *self == Rules::default()
    }

    /// The rules written on `schema` (a property, or the `items` of a list). Keywords of other kinds must be
    /// among `also_allowed`, [`ANNOTATIONS`] and [`SHAPE`].
    pub fn parse(schema: &Map<String, Value>, also_allowed: &[&str]) -> Result<Self> {
        check_known(schema, also_allowed)?;
        let keywords = Keywords(schema);
        let one_of = keywords.list("enum", "integer codes only", Value::as_i64)?;
        let format = keywords.format()?;
        let base64 = keywords.base64()?;
        let items = match schema.get("items") {
            Some(Value::Object(items)) if !items.contains_key("$ref") => {
                let rules = Rules::parse(items, &[]).context("`items`")?;
                (!rules.is_empty()).then(|| Box::new(rules))
            }
            _ => None,
        };
        let rules = Rules {
            min_length: keywords.uint("minLength")?,
            max_length: keywords.uint("maxLength")?,
            max_bytes: keywords.uint("x-max-bytes")?,
            non_blank: keywords.flag("x-non-blank")?,
            min_items: keywords.uint("minItems")?,
            max_items: keywords.uint("maxItems")?,
            minimum: keywords.int("minimum")?,
            maximum: keywords.int("maximum")?,
            one_of,
            format,
            base64,
            max_is_count_of: keywords.text("x-max-is-count-of")?,
            after: keywords.text("x-after")?,
            error_codes: ErrorCodes::parse(schema.get("x-error-code"))?,
            server_max_items: keywords.uint("x-server-max-items")?,
            chars: keywords.chars()?,
            integer_text: keywords.integer_text()?,
            items,
        };
        rules.check_error_codes(schema)?;
        Ok(rules)
    }

    /// `x-error-code` must be the code of a rule the value has.
    fn check_error_codes(&self, schema: &Map<String, Value>) -> Result<()> {
        let without_codes = Rules {
            error_codes: ErrorCodes::default(),
            ..self.clone()
        };
        if self.error_codes != ErrorCodes::default() && without_codes.is_empty() {
            bail!("`x-error-code` without a rule it would be the code of");
        }
        for keyword in self.error_codes.by_keyword.keys() {
            if !schema.contains_key(keyword) {
                bail!("`x-error-code` names `{keyword}`, which is not a rule of this value");
            }
        }
        Ok(())
    }
}

/// Every keyword of `schema` must be a rule, an annotation, a shape keyword or among `also_allowed`.
fn check_known(schema: &Map<String, Value>, also_allowed: &[&str]) -> Result<()> {
    for key in schema.keys() {
        let known = ANNOTATIONS.contains(&key.as_str())
            || SHAPE.contains(&key.as_str())
            || RULES.contains(&key.as_str())
            || also_allowed.contains(&key.as_str());
        if !known {
            bail!(
                "unknown keyword `{key}`: the generator checks only the rules it knows (see schemas/README.md)"
            );
        }
    }
    Ok(())
}

/// Every key of the keyword `keyword`'s object must be among `known`.
fn check_keys(object: &Map<String, Value>, keyword: &str, known: &[&str]) -> Result<()> {
    match object.keys().find(|key| !known.contains(&key.as_str())) {
        Some(key) => bail!(
            "`{keyword}`: unknown key `{key}` (known: {})",
            known.join(", ")
        ),
        None => Ok(()),
    }
}

/// The keywords of one schema, each read as the type it needs (an error names the keyword).
pub struct Keywords<'a>(pub &'a Map<String, Value>);

impl<'a> Keywords<'a> {
    /// A keyword's value read by `read`, or `None` when the keyword is absent.
    fn read<T>(
        &self,
        key: &str,
        what: &str,
        read: impl Fn(&'a Value) -> Option<T>,
    ) -> Result<Option<T>> {
        self.0
            .get(key)
            .map(|value| read(value).with_context(|| format!("`{key}` must be {what}")))
            .transpose()
    }

    fn uint(&self, key: &str) -> Result<Option<u64>> {
        self.read(key, "a non-negative integer", Value::as_u64)
    }

    fn int(&self, key: &str) -> Result<Option<i64>> {
        self.read(key, "an integer", Value::as_i64)
    }

    /// A boolean keyword, `false` when absent.
    pub fn flag(&self, key: &str) -> Result<bool> {
        Ok(self
            .read(key, "a boolean", Value::as_bool)?
            .unwrap_or(false))
    }

    fn text(&self, key: &str) -> Result<Option<String>> {
        self.read(key, "a string", |value| value.as_str().map(str::to_owned))
    }

    /// An array whose every entry `item` reads (`items` says what they must be).
    fn list<T>(
        &self,
        key: &str,
        items: &str,
        item: impl Fn(&'a Value) -> Option<T>,
    ) -> Result<Option<Vec<T>>> {
        self.read(key, "an array", Value::as_array)?
            .map(|values| {
                values
                    .iter()
                    .map(|value| item(value).with_context(|| format!("`{key}` lists {items}")))
                    .collect::<Result<Vec<_>>>()
            })
            .transpose()
    }

    /// `format`, with `x-url-schemes` for `format: uri`.
    fn format(&self) -> Result<Option<Format>> {
        let schemes = self.list("x-url-schemes", "strings", |value| {
            value.as_str().map(str::to_ascii_lowercase)
        })?;
        Ok(match self.text("format")?.as_deref() {
            None if schemes.is_some() => bail!("`x-url-schemes` needs `format: uri`"),
            None => None,
            Some("uri") => Some(Format::Uri { schemes }),
            Some("md5-hex") if schemes.is_none() => Some(Format::Md5Hex),
            Some(other) => {
                bail!("`format: {other}` is not one the generator checks (uri, md5-hex)")
            }
        })
    }

    /// `x-chars`: `"digits"`, `"alphanumeric"` or `{"not": "<chars>", "cjk": <bool>}` (`cjk` optional, true
    /// when absent).
    fn chars(&self) -> Result<Option<Chars>> {
        Ok(match self.0.get("x-chars") {
            None => None,
            Some(Value::String(name)) => Some(match name.as_str() {
                "digits" => Chars::Digits,
                "alphanumeric" => Chars::Alphanumeric,
                other => bail!(
                    "`x-chars: {other}` is not a set the generator knows (digits, alphanumeric)"
                ),
            }),
            Some(Value::Object(set)) => {
                let set = Keywords(set);
                check_keys(set.0, "x-chars", &["not", "cjk"])?;
                let refused = set
                    .text("not")?
                    .context("`x-chars` needs `not`, the characters refused")?;
                if refused.is_empty() {
                    bail!("`x-chars.not` must list at least one character");
                }
                let cjk = set
                    .read("cjk", "a boolean", Value::as_bool)?
                    .unwrap_or(true);
                Some(Chars::Except { refused, cjk })
            }
            Some(_) => bail!("`x-chars` must be a string or an object"),
        })
    }

    /// `x-integer-text`: `{"minimum": <integer>, "maximum": <integer>}`, both required, `minimum <= maximum`.
    fn integer_text(&self) -> Result<Option<IntegerText>> {
        let Some(range) = self.0.get("x-integer-text") else {
            return Ok(None);
        };
        let range = Keywords(
            range
                .as_object()
                .context("`x-integer-text` must be an object")?,
        );
        check_keys(range.0, "x-integer-text", &["minimum", "maximum"])?;
        let bound = |key: &str| {
            range
                .int(key)?
                .with_context(|| format!("`x-integer-text` needs `{key}`"))
        };
        let (minimum, maximum) = (bound("minimum")?, bound("maximum")?);
        if minimum > maximum {
            bail!("`x-integer-text`: `minimum` {minimum} is above `maximum` {maximum}");
        }
        Ok(Some(IntegerText { minimum, maximum }))
    }

    /// `contentEncoding: base64`, with the rules of the decoded text (`x-content-schema`).
    fn base64(&self) -> Result<Option<Box<Rules>>> {
        Ok(match self.text("contentEncoding")?.as_deref() {
            None if self.0.contains_key("x-content-schema") => {
                bail!("`x-content-schema` needs `contentEncoding`")
            }
            None => None,
            Some("base64") => {
                let content = match self.0.get("x-content-schema") {
                    None => Rules::default(),
                    Some(Value::Object(content)) => {
                        let rules = Rules::parse(content, &[]).context("`x-content-schema`")?;
                        if rules.chars.is_some() || rules.integer_text.is_some() {
                            bail!(
                                "`x-content-schema` takes no `x-chars` or `x-integer-text` (the decoded text is checked for lengths and blankness)"
                            );
                        }
                        rules
                    }
                    Some(_) => bail!("`x-content-schema` must be an object"),
                };
                Some(Box::new(content))
            }
            Some(other) => bail!("`contentEncoding: {other}` is not supported (base64)"),
        })
    }
}

/// The codes the service answers when a rule is broken: `x-error-code` as one code for every rule of the value,
/// or as an object giving the code of some keywords (`{"maxItems": 20018}`); 190004 otherwise.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ErrorCodes {
    /// The code of every rule of the value.
    pub all: Option<i64>,
    /// The code of the rules of some keywords.
    pub by_keyword: std::collections::BTreeMap<String, i64>,
}

impl ErrorCodes {
    fn parse(value: Option<&Value>) -> Result<Self> {
        Ok(match value {
            None => ErrorCodes::default(),
            Some(Value::Number(code)) => ErrorCodes {
                all: Some(code.as_i64().context("`x-error-code` must be an integer")?),
                by_keyword: Default::default(),
            },
            Some(Value::Object(codes)) => ErrorCodes {
                all: None,
                by_keyword: codes
                    .iter()
                    .map(|(keyword, code)| {
                        let code = code.as_i64().with_context(|| {
                            format!("`x-error-code.{keyword}` must be an integer")
                        })?;
                        Ok((keyword.clone(), code))
                    })
                    .collect::<Result<_>>()?,
            },
            Some(_) => bail!("`x-error-code` must be an integer or an object of integers"),
        })
    }

    /// The code of the rule of `keyword`, when it differs from the value's.
    pub fn of(&self, keyword: &str) -> Option<i64> {
        self.by_keyword.get(keyword).copied()
    }
}

/// What the add-backgrounds doc requires of an image file (`x-image-limits` on a model).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageLimits {
    /// The media type (`image/png`).
    pub media_type: String,
    /// Most bytes of the file.
    pub max_bytes: u64,
    /// Fewest pixels across.
    pub min_width: u64,
    /// Fewest pixels down.
    pub min_height: u64,
}

impl ImageLimits {
    /// Reads `x-image-limits`.
    pub fn parse(value: &Value) -> Result<Self> {
        let object = value
            .as_object()
            .context("`x-image-limits` must be an object")?;
        check_keys(
            object,
            "x-image-limits",
            &["contentMediaType", "maxBytes", "minWidth", "minHeight"],
        )?;
        let number = |key: &str| {
            object
                .get(key)
                .and_then(Value::as_u64)
                .with_context(|| format!("`x-image-limits.{key}` must be a non-negative integer"))
        };
        Ok(ImageLimits {
            media_type: object
                .get("contentMediaType")
                .and_then(Value::as_str)
                .context("`x-image-limits.contentMediaType` must be a string")?
                .to_owned(),
            max_bytes: number("maxBytes")?,
            min_width: number("minWidth")?,
            min_height: number("minHeight")?,
        })
    }
}

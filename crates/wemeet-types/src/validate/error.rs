//! The error every validation failure is reported with.

use std::fmt;

use super::Rule;

/// A field of a request broke one of the documented rules.
///
/// `Display` names the field and the rule, e.g.
/// ``"`image_list[1].image_md5`: must be an MD5 digest of 32 lowercase hexadecimal characters (got 31 characters)"``.
/// Neither `Display` nor `Debug` ever shows the value of the field.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ValidationError {
    /// Path of the offending field as it appears on the wire, e.g. `image_list[1].image_md5`.
    pub field: String,
    /// The rule the field broke.
    pub rule: Rule,
}

impl ValidationError {
    /// An error saying that `field` (its wire path) broke `rule`.
    pub fn new(field: impl Into<String>, rule: Rule) -> Self {
        Self {
            field: field.into(),
            rule,
        }
    }

    /// Path of the offending field as it appears on the wire, e.g. `push_stream_info[0].platform_name`.
    pub fn field(&self) -> &str {
        &self.field
    }

    /// The rule the field broke.
    pub fn rule(&self) -> &Rule {
        &self.rule
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}`: {}", self.field, self.rule)
    }
}

impl std::error::Error for ValidationError {}

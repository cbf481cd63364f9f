//! The error every validation failure is reported with.

use std::fmt;

use crate::{ErrorCode, Rule};

/// A field of a request broke one of the documented rules.
///
/// `Display` names the field and the rule, e.g.
/// ``"`image_list[1].image_md5`: must be an MD5 digest of 32 hexadecimal digits (got 31 characters)"``.
/// Neither `Display` nor `Debug` ever shows the value of the field.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ValidationError {
    /// Path of the offending field as it appears on the wire, e.g. `image_list[1].image_md5`.
    pub field: String,
    /// The rule the field broke.
    pub rule: Rule,
    /// The error code the service answers when this rule is broken (`x-error-code` in the schemas;
    /// [`ErrorCode::INVALID_PARAMETER`] by default).
    pub code: ErrorCode,
}

impl ValidationError {
    /// An error saying that `field` (its wire path) broke `rule`; the service's code is 190004.
    pub fn new(field: impl Into<String>, rule: Rule) -> Self {
        Self {
            field: field.into(),
            rule,
            code: ErrorCode::INVALID_PARAMETER,
        }
    }

    /// The same error, with the service's code for it.
    #[must_use]
    pub fn with_error_code(mut self, code: ErrorCode) -> Self {
        self.code = code;
        self
    }

    /// Path of the offending field as it appears on the wire, e.g. `push_stream_info[0].platform_name`.
    pub fn field(&self) -> &str {
        &self.field
    }

    /// The rule the field broke.
    pub fn rule(&self) -> &Rule {
        &self.rule
    }

    /// The error code the service would answer (a mock answers with it).
    pub fn error_code(&self) -> ErrorCode {
        self.code
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}`: {}", self.field, self.rule)
    }
}

impl std::error::Error for ValidationError {}

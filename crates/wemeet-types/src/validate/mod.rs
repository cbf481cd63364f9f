//! Client-side validation: every documented rule checked before a byte goes on the wire.
//!
//! (Contract stub: the validation work item fills this module in.)

use std::fmt;

/// A request that can check the documented rules of its fields before it is sent.
pub trait Validate {
    /// Checks every documented rule, returning the first violation found.
    fn validate(&self) -> Result<(), ValidationError>;
}

/// A field of a request broke one of the documented rules.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ValidationError {
    /// Path of the offending field as it appears on the wire, e.g. `image_list[1].image_md5`.
    pub field: String,
    /// The rule the field broke.
    pub rule: Rule,
}

/// A documented rule a field must satisfy.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Rule {
    /// The field must not be empty.
    NonEmpty,
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rule::NonEmpty => f.write_str("must not be empty"),
        }
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid `{}`: {}", self.field, self.rule)
    }
}

impl std::error::Error for ValidationError {}

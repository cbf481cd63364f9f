//! Wire paths of fields (`image_list[1].image_md5`), built on the stack and rendered only for an error.

use std::fmt;

use crate::{ErrorCode, Rule, ValidationError};

/// Where a field sits in a request, and the error code the service answers when one of its rules is broken: a
/// chain of borrowed segments, so that walking a valid request never allocates. The text of the path is built
/// only when a rule is broken.
#[derive(Debug, Clone, Copy)]
pub(crate) struct FieldPath<'a> {
    parent: Option<&'a FieldPath<'a>>,
    segment: Segment,
    code: ErrorCode,
}

#[derive(Debug, Clone, Copy)]
enum Segment {
    Field(&'static str),
    Index(usize),
}

impl<'a> FieldPath<'a> {
    /// The field `name` of the object at `parent`, or the top-level field `name` when there is no parent (an
    /// object validated on its own rather than inside a request); `code` is the service's code for its rules.
    pub(crate) fn child_of(
        parent: Option<&'a FieldPath<'a>>,
        name: &'static str,
        code: ErrorCode,
    ) -> Self {
        FieldPath {
            parent,
            segment: Segment::Field(name),
            code,
        }
    }

    /// Entry `index` (counting from 0) of the list at this path, under the same error code.
    pub(crate) fn index(&'a self, index: usize) -> FieldPath<'a> {
        FieldPath {
            parent: Some(self),
            segment: Segment::Index(index),
            code: self.code,
        }
    }

    /// The error saying that the field at this path broke `rule`.
    pub(crate) fn error(&self, rule: Rule) -> ValidationError {
        ValidationError::new(self.to_string(), rule).with_error_code(self.code)
    }

    /// The error code of the field's rules.
    pub(crate) fn code(&self) -> ErrorCode {
        self.code
    }

    /// Turns the outcome of a check of the field at this path into a validation result.
    pub(crate) fn check(&self, outcome: Result<(), Rule>) -> Result<(), ValidationError> {
        outcome.map_err(|rule| self.error(rule))
    }

    /// [`check`](Self::check), for a rule whose broken form the service answers with `code`.
    pub(crate) fn check_as(
        &self,
        code: ErrorCode,
        outcome: Result<(), Rule>,
    ) -> Result<(), ValidationError> {
        outcome.map_err(|rule| self.error(rule).with_error_code(code))
    }

    /// [`check`](Self::check), for a rule with two bounds the service answers with codes of their own: `below`
    /// when the value is under the lower bound, `above` when it is over the upper one.
    pub(crate) fn check_bounds(
        &self,
        below: ErrorCode,
        above: ErrorCode,
        outcome: Result<(), Rule>,
    ) -> Result<(), ValidationError> {
        let Err(rule) = outcome else {
            return Ok(());
        };
        let over = match &rule {
            Rule::Count { max, actual, .. } | Rule::CharCount { max, actual, .. } => actual > max,
            Rule::Range { max, actual, .. } => actual > max,
            _ => false,
        };
        self.check_as(if over { above } else { below }, Err(rule))
    }
}

impl fmt::Display for FieldPath<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(parent) = self.parent {
            parent.fmt(f)?;
        }
        match self.segment {
            Segment::Field(name) if self.parent.is_some() => write!(f, ".{name}"),
            Segment::Field(name) => f.write_str(name),
            Segment::Index(index) => write!(f, "[{index}]"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CODE: ErrorCode = ErrorCode::INVALID_PARAMETER;

    #[test]
    fn renders_nested_fields_and_indices_as_wire_paths() {
        let list = FieldPath::child_of(None, "push_stream_info", CODE);
        let entry = list.index(3);
        let name = FieldPath::child_of(
            Some(&entry),
            "platform_name",
            ErrorCode::PUSH_ADDRESS_INVALID,
        );
        assert_eq!(name.to_string(), "push_stream_info[3].platform_name");
        let error = name.error(Rule::Base64);
        assert_eq!(error.field(), "push_stream_info[3].platform_name");
        assert_eq!(error.error_code(), ErrorCode::PUSH_ADDRESS_INVALID);
    }

    #[test]
    fn check_keeps_success_and_names_the_field_on_failure() {
        let path = FieldPath::child_of(None, "userid", CODE);
        assert_eq!(path.check(Ok(())), Ok(()));
        assert_eq!(
            path.check(Err(Rule::NonEmpty)),
            Err(ValidationError::new("userid", Rule::NonEmpty))
        );
    }
}

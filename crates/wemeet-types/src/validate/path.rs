//! Wire paths of fields (`image_list[1].image_md5`), built on the stack and rendered only for an error.

use std::fmt;

use super::{Rule, ValidationError};

/// Where a field sits in a request: a chain of borrowed segments, so that walking a valid request never
/// allocates. The text of the path is built only when a rule is broken.
#[derive(Debug, Clone, Copy)]
pub(crate) struct FieldPath<'a> {
    parent: Option<&'a FieldPath<'a>>,
    segment: Segment,
}

#[derive(Debug, Clone, Copy)]
enum Segment {
    Field(&'static str),
    Index(usize),
}

impl FieldPath<'static> {
    /// A top-level field of a request body.
    pub(crate) const fn root(name: &'static str) -> Self {
        Self {
            parent: None,
            segment: Segment::Field(name),
        }
    }
}

impl<'a> FieldPath<'a> {
    /// The field `name` of the object at `parent`, or the top-level field `name` when there is no parent
    /// (an object validated on its own rather than inside a request).
    pub(crate) fn child_of(parent: Option<&'a FieldPath<'a>>, name: &'static str) -> Self {
        FieldPath {
            parent,
            segment: Segment::Field(name),
        }
    }

    /// The field `name` of the object at this path.
    pub(crate) fn field(&'a self, name: &'static str) -> FieldPath<'a> {
        FieldPath {
            parent: Some(self),
            segment: Segment::Field(name),
        }
    }

    /// Entry `index` (counting from 0) of the list at this path.
    pub(crate) fn index(&'a self, index: usize) -> FieldPath<'a> {
        FieldPath {
            parent: Some(self),
            segment: Segment::Index(index),
        }
    }

    /// The error saying that the field at this path broke `rule`.
    pub(crate) fn error(&self, rule: Rule) -> ValidationError {
        ValidationError::new(self.to_string(), rule)
    }

    /// Turns the outcome of a check of the field at this path into a validation result.
    pub(crate) fn check(&self, outcome: Result<(), Rule>) -> Result<(), ValidationError> {
        outcome.map_err(|rule| self.error(rule))
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

    #[test]
    fn renders_nested_fields_and_indices_as_wire_paths() {
        let list = FieldPath::root("push_stream_info");
        let entry = list.index(3);
        let name = entry.field("platform_name");
        assert_eq!(name.to_string(), "push_stream_info[3].platform_name");
        assert_eq!(
            name.error(Rule::Base64).field,
            "push_stream_info[3].platform_name"
        );
    }

    #[test]
    fn child_of_nothing_is_a_top_level_field() {
        assert_eq!(
            FieldPath::child_of(None, "image_md5").to_string(),
            "image_md5"
        );
        let entry = FieldPath::root("image_list");
        let entry = entry.index(0);
        assert_eq!(
            FieldPath::child_of(Some(&entry), "image_md5").to_string(),
            "image_list[0].image_md5"
        );
    }

    #[test]
    fn check_keeps_success_and_names_the_field_on_failure() {
        let path = FieldPath::root("userid");
        assert_eq!(path.check(Ok(())), Ok(()));
        assert_eq!(
            path.check(Err(Rule::NonEmpty)),
            Err(ValidationError::new("userid", Rule::NonEmpty))
        );
    }
}

//! Client-side validation: every documented rule checked before a byte goes on the wire.
//!
//! The rules live in `schemas/`, each written once, and `cargo xtask codegen` turns them into an
//! `impl Validate` for every model a request reaches; the mock runs the very same validation on what it
//! receives, so client and server cannot disagree. A broken rule is a [`ValidationError`] naming the field by its
//! wire path (`image_list[1].image_md5`, `push_stream_info[0].platform_name`), the [`Rule`] with its parameters
//! and what was found, and the error code the service answers for it. Errors never contain the value of a field,
//! so they are safe to log even when the field is a stream key. Validating a valid request does not allocate.
//!
//! | schema keyword | rule |
//! |---|---|
//! | `minLength: 1` | [`Rule::NonEmpty`] |
//! | `minLength`, `maxLength` | [`Rule::CharCount`] (Unicode scalar values) |
//! | `x-non-blank` | [`Rule::NotBlank`] (any Unicode whitespace counts as blank) |
//! | `x-max-bytes` | [`Rule::MaxBytes`] (UTF-8 bytes as sent) |
//! | `minItems`, `maxItems` | [`Rule::Count`] |
//! | `minimum`, `maximum`, `x-max-is-count-of` | [`Rule::Range`] |
//! | `enum` | [`Rule::OneOf`] |
//! | `format: uri`, `x-url-schemes` | [`Rule::Url`] |
//! | `format: md5-hex` | [`Rule::Md5Hex`] (either case; sent in lower case) |
//! | `contentEncoding: base64`, `x-content-schema` | [`Rule::Base64`], [`Rule::DecodedUtf8`], then the rules of the decoded text |
//! | `x-after` | [`Rule::After`] |
//! | `x-chars` | [`Rule::Chars`] (the characters of a [`CharSet`]) |
//! | `x-integer-text` | [`Rule::IntegerText`] (a whole number in a range, written as text) |
//! | `x-error-code` | the [`ValidationError::error_code`] of the field's rules (190004 by default) |
//!
//! Rules that are the service's business are not checked here: temporary limits (`x-server-max-items`, "one
//! entry for now"), how many entries an account may hold, whether a meeting or a user exists, whether a URL can
//! be downloaded. Path parameters are also refused when they are `.` or `..` ([`Rule::PathSegment`]): they would
//! name another path.

#[cfg(feature = "meetings")]
mod background_image;
mod error;
// Used by the generated validation of the services compiled in (and, for `png`, by the meetings service).
#[allow(dead_code)]
mod path;
#[allow(dead_code)]
mod png;
mod push_stream_info;
mod rule;
// The rule functions the generated validation calls: which ones depends on the services compiled in (with none,
// or only services without a given kind of rule, some go unused).
#[allow(dead_code, unused_imports)]
pub(crate) mod rules;

pub use error::ValidationError;
pub(crate) use path::FieldPath;
pub use push_stream_info::encode_base64;
pub use rule::{CharSet, PngProblem, Rule, UrlProblem};

/// A request (or a part of one) that can check the documented rules of its fields before it is sent.
pub trait Validate {
    /// Checks every documented rule, returning the first violation found.
    fn validate(&self) -> Result<(), ValidationError>;
}

impl Validate for () {
    /// Nothing to check: the endpoint takes no request.
    fn validate(&self) -> Result<(), ValidationError> {
        Ok(())
    }
}

/// Validation of a value found at `at` inside a request (or on its own when `at` is `None`): what the generated
/// code calls for nested models and the hand-written types.
pub(crate) trait ValidateAt {
    fn validate_at(&self, at: Option<&FieldPath<'_>>) -> Result<(), ValidationError>;
}

/// A value ordered along a line, for `x-after`.
#[allow(dead_code)] // called by the generated validation of the services compiled in
pub(crate) trait Ordered {
    /// The value's place on the line; `None` for an optional value left out (nothing to compare).
    fn ordinal(&self) -> Option<i128>;
}

impl Ordered for i64 {
    fn ordinal(&self) -> Option<i128> {
        Some(i128::from(*self))
    }
}

impl Ordered for crate::UnixSeconds {
    fn ordinal(&self) -> Option<i128> {
        Some(i128::from(self.get()))
    }
}

impl<T: Ordered> Ordered for Option<T> {
    fn ordinal(&self) -> Option<i128> {
        self.as_ref().and_then(Ordered::ordinal)
    }
}

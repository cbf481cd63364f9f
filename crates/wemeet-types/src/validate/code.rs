//! Rules about integer codes of the code lists (`type`, `platform_type`).

use super::Rule;

/// The code must be one of the `allowed` codes.
pub(crate) fn one_of(actual: u32, allowed: &'static [u32]) -> Result<(), Rule> {
    if allowed.contains(&actual) {
        Ok(())
    } else {
        Err(Rule::OneOf { allowed, actual })
    }
}

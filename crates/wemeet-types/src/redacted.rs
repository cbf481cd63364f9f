//! What `Debug` shows in place of a credential (fields the schemas mark `x-sensitive`).

use std::fmt;

/// Stands in for a credential's value in `Debug` output: prints `<redacted>`.
pub(crate) struct Redacted;

impl fmt::Debug for Redacted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

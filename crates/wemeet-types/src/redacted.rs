//! What `Debug` shows in place of a credential (fields the schemas mark `x-sensitive`).

use std::fmt;

/// Stands in for a credential's value in `Debug` output: prints `<redacted>`.
pub(crate) struct Redacted;

impl fmt::Debug for Redacted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// Stands in for a map of undocumented fields in `Debug` output: prints their names, never their values.
pub(crate) struct Keys<'a>(pub(crate) &'a serde_json::Map<String, serde_json::Value>);

impl fmt::Debug for Keys<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.0.keys()).finish()
    }
}

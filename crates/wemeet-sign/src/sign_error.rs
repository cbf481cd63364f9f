//! Why a request could not be signed.

/// Why a request could not be signed in place.
///
/// Signing bytes never fails; attaching the result to a request can, when a configured value cannot be
/// an HTTP header.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SignError {
    /// A credential the server requires is empty.
    #[error("the {field} credential is empty; the server rejects requests without it")]
    EmptyCredential {
        /// `"AppId"` or `"SecretId"`.
        field: &'static str,
    },
    /// A configured value is not a valid HTTP header value.
    #[error(
        "the {header} header value is not valid in HTTP: only visible ASCII characters, spaces and tabs are allowed"
    )]
    InvalidHeaderValue {
        /// The header whose value was rejected.
        header: &'static str,
    },
}

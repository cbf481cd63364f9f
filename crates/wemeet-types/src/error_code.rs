//! The API's error codes: each a constant of [`ErrorCode`], generated from `schemas/error-codes.json` with what a
//! client may do about it ([`ErrorClass`]), the HTTP status the service answers it with, and what it means.

use std::fmt;

/// An error code of the API (`error_info.error_code`).
///
/// Every documented code is a constant (`ErrorCode::INVALID_PARAMETER`, `ErrorCode::MEETING_CANCELLED`, ...) whose
/// [`info`](Self::info) says what it means; any other code the service sends is kept as it is.
///
/// ```
/// use wemeet_types::{ErrorClass, ErrorCode};
///
/// let code = ErrorCode::new(190310);
/// assert_eq!(code, ErrorCode::RATE_LIMIT_PER_MINUTE);
/// assert_eq!(code.class(), Some(ErrorClass::RateLimit));
/// assert_eq!(ErrorCode::new(42).info(), None);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ErrorCode(i64);

impl ErrorCode {
    /// The code `code`.
    pub const fn new(code: i64) -> Self {
        Self(code)
    }

    /// The number.
    pub const fn get(self) -> i64 {
        self.0
    }

    /// What the vocabulary says of this code, `None` for a code it does not list.
    pub fn info(self) -> Option<&'static ErrorCodeInfo> {
        let table = crate::generated::error_codes::ERROR_CODES;
        table
            .binary_search_by_key(&self.0, |info| info.code.0)
            .ok()
            .and_then(|index| table.get(index))
    }

    /// What a client may do about this code, `None` for a code the vocabulary does not list.
    pub fn class(self) -> Option<ErrorClass> {
        self.info().map(|info| info.class)
    }
}

impl From<i64> for ErrorCode {
    fn from(code: i64) -> Self {
        Self(code)
    }
}

impl From<ErrorCode> for i64 {
    fn from(code: ErrorCode) -> Self {
        code.0
    }
}

impl PartialEq<i64> for ErrorCode {
    fn eq(&self, other: &i64) -> bool {
        self.0 == *other
    }
}

impl fmt::Debug for ErrorCode {
    /// The number and, for a documented code, its name: `190004 (InvalidParameter)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.info() {
            Some(info) => write!(f, "{} ({})", self.0, info.name),
            None => write!(f, "{}", self.0),
        }
    }
}

impl fmt::Display for ErrorCode {
    /// The number.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// What a client may do about an error code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorClass {
    /// The caller's mistake (a parameter, a permission, the state of a meeting): never retried.
    Request,
    /// The service failed: never retried.
    Service,
    /// Authentication failed (credentials, signature, timestamp, replay, an expired token): never retried.
    Auth,
    /// A per-minute rate limit: worth one retry after a pause.
    RateLimit,
    /// A daily, hourly or monthly quota: never retried.
    Quota,
    /// The service asks to try again: retried where the endpoint may be re-sent.
    Transient,
}

/// One entry of the error vocabulary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct ErrorCodeInfo {
    /// The code.
    pub code: ErrorCode,
    /// Its name (PascalCase; the constant is its SCREAMING_SNAKE_CASE form).
    pub name: &'static str,
    /// The HTTP status the service answers it with.
    pub status: u16,
    /// What a client may do about it.
    pub class: ErrorClass,
    /// What it means.
    pub meaning: &'static str,
    /// The `new_error_code` the service sends with it, where one is documented.
    pub new_code: Option<i64>,
}

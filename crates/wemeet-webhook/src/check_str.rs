//! The `check_str` of a URL verification, as received in a query string.

use std::borrow::Cow;

use percent_encoding::percent_decode_str;

use crate::error::WebhookError;
use crate::protocol::CHECK_STR_PARAM;

/// The percent-decoded value of the first `check_str` parameter of a raw query string (without the `?`).
///
/// A `+` stays a `+` (base64 needs it); a percent-encoded byte sequence that is not UTF-8 becomes U+FFFD, which
/// no signature covers.
pub(crate) fn from_query(query: &str) -> Result<String, WebhookError> {
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(name, _)| *name == CHECK_STR_PARAM)
        .map(|(_, value)| percent_decode_str(value).decode_utf8_lossy().into_owned())
        .ok_or(WebhookError::MissingCheckStr)
}

/// `check_str` with every space turned back into `+`.
///
/// Base64 never contains a space, but form decoders (axum's `Query`, Java's `URLDecoder`, Node's
/// `querystring`) turn a `+` sent unencoded into one, and the docs do not say whether the service encodes `+` as
/// `%2B`. So a space can only be a decoded `+`: restoring it makes both the signature and the base64 right,
/// whichever decoder the caller used.
pub(crate) fn restore_plus(check_str: &str) -> Cow<'_, str> {
    if check_str.contains(' ') {
        Cow::Owned(check_str.replace(' ', "+"))
    } else {
        Cow::Borrowed(check_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_and_decodes_the_parameter() {
        assert_eq!(
            from_query("check_str=QOhG%2Bud%2FO%3D%3D").unwrap(),
            "QOhG+ud/O=="
        );
        assert_eq!(
            from_query("a=1&check_str=QOhG+ud/O==&b").unwrap(),
            "QOhG+ud/O=="
        );
        assert_eq!(from_query("check_str=").unwrap(), "");
        assert_eq!(
            from_query("xcheck_str=1&check_str_x=2"),
            Err(WebhookError::MissingCheckStr)
        );
        assert_eq!(from_query(""), Err(WebhookError::MissingCheckStr));
    }

    #[test]
    fn spaces_become_plus_again() {
        assert_eq!(restore_plus("QOhG ud/O=="), "QOhG+ud/O==");
        assert!(matches!(restore_plus("QOhG+ud/O=="), Cow::Borrowed(_)));
    }
}

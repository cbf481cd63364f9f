//! The headers of an event callback, as a lookup by name.

/// The lookup `wemeet_webhook::Webhook` takes to read an event callback's headers, answering `timestamp`, `nonce`
/// and `signature` with the given values and every other name with `None`.
pub fn callback_headers<'a>(
    timestamp: &'a str,
    nonce: &'a str,
    signature: &'a str,
) -> impl Fn(&str) -> Option<&'a str> {
    move |name| match name {
        "timestamp" => Some(timestamp),
        "nonce" => Some(nonce),
        "signature" => Some(signature),
        _ => None,
    }
}

//! The three headers a received callback is signed with.

use crate::error::WebhookError;
use crate::protocol::{NONCE_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER};

/// The `timestamp`, `nonce` and `signature` of a received callback.
#[derive(Clone, Copy)]
pub(crate) struct ReceivedHeaders<'h> {
    pub(crate) timestamp: &'h str,
    pub(crate) nonce: &'h str,
    pub(crate) signature: &'h str,
}

impl<'h> ReceivedHeaders<'h> {
    /// Reads the three headers through `lookup`, which may itself refuse a header (one that is not text, say).
    pub(crate) fn read(
        lookup: impl Fn(&'static str) -> Result<Option<&'h str>, WebhookError>,
    ) -> Result<Self, WebhookError> {
        let get = |name: &'static str| lookup(name)?.ok_or(WebhookError::MissingHeader { name });
        Ok(Self {
            timestamp: get(TIMESTAMP_HEADER)?,
            nonce: get(NONCE_HEADER)?,
            signature: get(SIGNATURE_HEADER)?,
        })
    }
}

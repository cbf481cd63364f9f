//! From status, headers and body to the typed response or a typed error.

use wemeet_types::{ErrorResponse, ResponseBody};

use crate::{Error, RawResponse};

/// Decodes a response: a 2xx status is success (an empty body too, for endpoints that answer with one), any
/// other status an API error read from the documented `error_info` body.
pub(crate) fn decode<R: ResponseBody>(raw: &RawResponse) -> Result<R, Error> {
    if raw.status.is_success() {
        R::from_body(&raw.body)
            .map_err(|error| Error::decode(raw.status, error, &raw.body, raw.trace_id()))
    } else {
        Err(api_error(raw))
    }
}

fn api_error(raw: &RawResponse) -> Error {
    match serde_json::from_slice::<ErrorResponse>(&raw.body) {
        Ok(body) => Error::Api {
            status: raw.status,
            error_code: body.error_info.error_code,
            new_error_code: body.error_info.new_error_code,
            message: body.error_info.message,
            trace_id: raw.trace_id(),
        },
        Err(error) => Error::decode(
            raw.status,
            format_args!("not an API error body: {error}"),
            &raw.body,
            raw.trace_id(),
        ),
    }
}

//! The service side of each endpoint: its business rules, its state change and its documented answer.
//!
//! These rules are the server's, not client validation: a client may check less (or more), and the mock still
//! answers the way the service does.

pub(crate) mod add_meeting_backgrounds;
pub(crate) mod create_meeting;
pub(crate) mod set_live_stream_address;

use serde::Serialize;
use serde::de::DeserializeOwned;
use wemeet_sign::Verified;
use wemeet_types::Endpoint;

use crate::api_error::ApiError;
use crate::delivery::Reply;
use crate::store::Store;

/// The service side of an endpoint of the endpoint table.
pub(crate) trait Service: Endpoint<Request: DeserializeOwned> {
    /// The path parameters, as the router extracts them.
    type Params;

    /// Decodes a request body; errors are 190004 naming the field.
    ///
    /// The shared models are lenient where clients benefit (they accept a few older or newer wire forms); an
    /// endpoint overrides this to hold requests to the documented wire types as the service does.
    fn decode(body: &[u8]) -> Result<Self::Request, ApiError> {
        crate::decode::decode(body)
    }

    /// Applies the endpoint's rules to an authenticated, decoded request, changes the state and answers.
    fn handle(
        store: &mut Store,
        caller: &Verified,
        params: Self::Params,
        request: Self::Request,
    ) -> Result<Reply, ApiError>;
}

/// A 200 answer with `body` as JSON.
pub(crate) fn ok_json(body: &impl Serialize) -> Result<Reply, ApiError> {
    let bytes = serde_json::to_vec(body)
        .map_err(|error| ApiError::internal(format!("encoding the answer: {error}")))?;
    Ok(Reply {
        status: http::StatusCode::OK,
        body: bytes.into(),
    })
}

//! What each endpoint does on the mock's state, kept apart from how a call reaches it.
//!
//! Routing, decoding, authentication and validation are generic over the endpoint ([`crate::api::pipeline`]); a
//! behaviour is only what the service does with a valid, authenticated request. Endpoints without a registered
//! behaviour answer through [`default_answer`]: the first example of their response schema, or an empty body.

pub(crate) mod meetings;

use std::any::{Any, TypeId};
use std::collections::HashMap;

use wemeet_types::{ENDPOINTS, Endpoint, ResponseBody};

use crate::api::authenticate::Caller;
use crate::api::error::ApiError;
use crate::api::store::Store;
use crate::callbacks::emitter::Emitter;

/// A valid, authenticated call of endpoint `E`, as its behaviour sees it.
#[derive(Debug)]
pub(crate) struct Call<'a, E: Endpoint> {
    /// Who called: the app whose credentials signed the request, or the user whose access token it carries.
    pub(crate) caller: &'a Caller,
    /// The path parameters.
    pub(crate) path: E::Path,
    /// The request.
    pub(crate) request: E::Request,
    /// The events the call makes the service send (`call.events.emit(payload)`); they go out only if the call
    /// succeeds.
    pub(crate) events: &'a Emitter,
}

/// The behaviour of endpoint `E`: the service's rules beyond validation, the state change, the answer.
pub(crate) type Handler<E> =
    fn(&mut Store, Call<'_, E>) -> Result<<E as Endpoint>::Response, ApiError>;

/// The behaviours, by endpoint.
#[derive(Default)]
pub(crate) struct Behaviours {
    handlers: HashMap<TypeId, Box<dyn Any + Send + Sync>>,
}

impl Behaviours {
    /// Registers the behaviour of `E`.
    pub(crate) fn with<E: Endpoint>(mut self, handler: Handler<E>) -> Self {
        self.handlers.insert(TypeId::of::<E>(), Box::new(handler));
        self
    }

    /// The behaviour of `E`, if one is registered.
    pub(crate) fn get<E: Endpoint>(&self) -> Option<Handler<E>> {
        self.handlers
            .get(&TypeId::of::<E>())?
            .downcast_ref::<Handler<E>>()
            .copied()
    }
}

impl std::fmt::Debug for Behaviours {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Behaviours")
            .field("registered", &self.handlers.len())
            .finish()
    }
}

/// The answer of an endpoint without a behaviour: its response schema's first example (decoded into the model,
/// so that it has the model's shape), else the model's default.
pub(crate) fn default_answer<E: Endpoint>() -> Result<E::Response, ApiError> {
    let example = ENDPOINTS
        .iter()
        .find(|info| info.name == E::NAME)
        .and_then(|info| info.response_schema)
        .and_then(|schema| crate::sample::examples(schema).into_iter().next());
    match example {
        Some(example) => {
            let bytes = serde_json::to_vec(&example)
                .map_err(|error| ApiError::internal(format!("encoding the example: {error}")))?;
            E::Response::from_body(&bytes).map_err(|error| {
                ApiError::internal(format!("the example does not decode: {error}"))
            })
        }
        None => Ok(E::Response::default()),
    }
}

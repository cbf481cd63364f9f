//! What each endpoint does on the mock's state, kept apart from how a call reaches it.
//!
//! Routing, decoding, authentication and validation are generic over the endpoint ([`crate::api::pipeline`]); a
//! behaviour is only what the service does with a valid, authenticated request: the service's rules beyond
//! validation, the state change and the documented answer. Endpoints without a registered behaviour answer through
//! [`default_answer`]: the first example of their response schema, or an empty body.
//!
//! - `mod.rs` (here): what a behaviour sees ([`Call`]) and is ([`Handler`]), the registry ([`Behaviours`],
//!   [`all`]) and the answer of an endpoint without a behaviour.
//! - `meetings/`: the behaviours of the meetings service (`/v1/meetings/...`), one file per endpoint, and the
//!   rules they share (which meetings a caller may see and change).
//! - `control/`, `rooms/`, `layouts/`, `guests/`, `pstn/`, `toolkit/`: the behaviours of the in-meeting control,
//!   meeting-room, layout, guest, telephone and extension-app services, on the same store.
//! - `users/`, `records/`, `smart/`: the enterprise users, the cloud recordings (their uploads included) and the
//!   smart minutes of the recordings.
//!
//! **Adding a behaviour** is one file and one line. Write `<service>/<endpoint>.rs`, named after the endpoint's
//! [`Endpoint::NAME`] (`create_meeting.rs`), holding
//! `pub(crate) fn handle(store: &mut Store, call: Call<'_, E>) -> Result<E::Response, ApiError>`, and add its name to
//! the [`behaviours!`] list in `<service>/mod.rs`. A new service (users, records, rooms, ...) is a new folder whose
//! `mod.rs` holds its own list, plus one line in [`all`]. A test checks that every file here is registered under its
//! endpoint's name, so a forgotten line fails it instead of leaving the file out of the build unnoticed.

pub(crate) mod control;
pub(crate) mod guests;
pub(crate) mod layouts;
pub(crate) mod meetings;
pub(crate) mod pstn;
pub(crate) mod records;
pub(crate) mod rooms;
pub(crate) mod smart;
#[cfg(test)]
pub(crate) mod testing;
pub(crate) mod toolkit;
pub(crate) mod users;

use std::any::{Any, TypeId};
use std::collections::HashMap;

use serde::Serialize;
use serde::de::DeserializeOwned;
use wemeet_types::{ENDPOINTS, Endpoint, ResponseBody};

use crate::api::authenticate::Caller;
use crate::api::error::ApiError;
use crate::api::store::Store;
use crate::callbacks::emitter::Emitter;

/// Every behaviour of the mock: one line per service.
pub(crate) fn all() -> Behaviours {
    let behaviours = meetings::register(Behaviours::default());
    let behaviours = control::register(behaviours);
    let behaviours = rooms::register(behaviours);
    let behaviours = layouts::register(behaviours);
    let behaviours = guests::register(behaviours);
    let behaviours = pstn::register(behaviours);
    let behaviours = toolkit::register(behaviours);
    let behaviours = users::register(behaviours);
    let behaviours = records::register(behaviours);
    smart::register(behaviours)
}

/// Declares the behaviours of one service, each a module named after its endpoint holding that endpoint's
/// `handle`, and the service's `register`, which adds them all to a [`Behaviours`].
///
/// ```text
/// super::behaviours! {
///     create_meeting,
///     get_meeting,
/// }
/// ```
macro_rules! behaviours {
    ($($endpoint:ident),+ $(,)?) => {
        $(mod $endpoint;)+

        /// Adds the behaviours of this service to `behaviours`.
        pub(crate) fn register(
            behaviours: $crate::api::behaviours::Behaviours,
        ) -> $crate::api::behaviours::Behaviours {
            behaviours$(.with($endpoint::handle))+
        }
    };
}
pub(crate) use behaviours;

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
    /// The time of the call on the server's clock, Unix seconds.
    pub(crate) now: u64,
}

/// The behaviour of endpoint `E`: the service's rules beyond validation, the state change, the answer.
pub(crate) type Handler<E> =
    fn(&mut Store, Call<'_, E>) -> Result<<E as Endpoint>::Response, ApiError>;

/// The behaviours, by endpoint.
#[derive(Default)]
pub(crate) struct Behaviours {
    handlers: HashMap<TypeId, Registered>,
}

/// One registered behaviour: its endpoint's name and its [`Handler`], type-erased.
struct Registered {
    endpoint: &'static str,
    handler: Box<dyn Any + Send + Sync>,
}

impl Behaviours {
    /// Registers the behaviour of `E`.
    pub(crate) fn with<E: Endpoint>(mut self, handler: Handler<E>) -> Self {
        let registered = Registered {
            endpoint: E::NAME,
            handler: Box::new(handler),
        };
        self.handlers.insert(TypeId::of::<E>(), registered);
        self
    }

    /// The behaviour of `E`, if one is registered.
    pub(crate) fn get<E: Endpoint>(&self) -> Option<Handler<E>> {
        self.handlers
            .get(&TypeId::of::<E>())?
            .handler
            .downcast_ref::<Handler<E>>()
            .copied()
    }

    /// The names of the endpoints with a behaviour, sorted.
    fn endpoints(&self) -> Vec<&'static str> {
        let mut names: Vec<&'static str> = self
            .handlers
            .values()
            .map(|registered| registered.endpoint)
            .collect();
        names.sort_unstable();
        names
    }
}

impl std::fmt::Debug for Behaviours {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Behaviours")
            .field("endpoints", &self.endpoints())
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

/// A value of one model as a value of another with the same wire shape (a request's settings as a response's).
pub(crate) fn reshape<A: Serialize, B: DeserializeOwned>(value: &A) -> Result<B, ApiError> {
    serde_json::to_value(value)
        .and_then(serde_json::from_value)
        .map_err(|error| ApiError::internal(format!("reshaping a stored value: {error}")))
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    /// The behaviour files under `src/api/behaviours/<service>/`, by name (without `.rs`), sorted.
    fn behaviour_files() -> Vec<String> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/api/behaviours");
        let mut names = Vec::new();
        for service in std::fs::read_dir(&root).expect("the behaviours folder") {
            let service = service.expect("an entry").path();
            if !service.is_dir() {
                continue;
            }
            for file in std::fs::read_dir(&service).expect("a service folder") {
                let path = file.expect("an entry").path();
                let stem = path.file_stem().and_then(|stem| stem.to_str());
                match stem {
                    Some("mod") | None => {}
                    Some(stem) => names.push(stem.to_owned()),
                }
            }
        }
        names.sort_unstable();
        names
    }

    #[test]
    fn every_behaviour_file_is_registered_under_its_endpoints_name() {
        let files = behaviour_files();
        assert!(!files.is_empty(), "no behaviour file found");
        assert_eq!(
            files,
            all().endpoints(),
            "each file of a service folder must be named after its endpoint and listed in the service's \
             behaviours! list (a file left out of the list is not even compiled)"
        );
    }

    /// The default answer of every endpoint, as bytes.
    struct DefaultAnswers(Vec<DefaultAnswer>);

    struct DefaultAnswer {
        name: &'static str,
        /// Whether the endpoint documents its answer (a response schema).
        has_schema: bool,
        body: Result<Vec<u8>, String>,
    }

    impl wemeet_types::EndpointVisitor for DefaultAnswers {
        fn visit<E: Endpoint>(&mut self) {
            let has_schema = ENDPOINTS
                .iter()
                .any(|info| info.name == E::NAME && info.response_schema.is_some());
            let body = default_answer::<E>()
                .map_err(|error| error.message().to_owned())
                .and_then(|answer| answer.to_body().map_err(|error| error.to_string()));
            self.0.push(DefaultAnswer {
                name: E::NAME,
                has_schema,
                body,
            });
        }
    }

    #[test]
    fn every_default_answer_is_its_example_an_empty_object_or_an_empty_body_and_decodes() {
        let mut answers = DefaultAnswers(Vec::new());
        wemeet_types::visit_endpoints(&mut answers);
        let (mut empty, mut objects) = (0, 0);
        for DefaultAnswer {
            name,
            has_schema,
            body,
        } in answers.0
        {
            let body = body.unwrap_or_else(|error| panic!("{name}: {error}"));
            if has_schema {
                let json: serde_json::Value =
                    serde_json::from_slice(&body).unwrap_or_else(|error| panic!("{name}: {error}"));
                assert!(json.is_object(), "{name}: {json}");
            } else if body.is_empty() {
                empty += 1;
            } else {
                assert_eq!(body, b"{}", "{name}: an untyped answer is an empty object");
                objects += 1;
            }
        }
        assert!(
            empty > 20 && objects >= 5,
            "{empty} empty, {objects} untyped"
        );
    }

    #[test]
    fn an_endpoint_without_a_behaviour_answers_its_response_example() {
        use wemeet_types::endpoints::CreateMeeting;

        let answer = default_answer::<CreateMeeting>().expect("the example decodes");
        let example = ENDPOINTS
            .iter()
            .find(|info| info.name == <CreateMeeting as Endpoint>::NAME)
            .and_then(|info| info.response_schema)
            .and_then(|schema| crate::sample::examples(schema).into_iter().next())
            .expect("create has a response example");
        let body = answer.to_body().expect("encodes");
        let answered: serde_json::Value = serde_json::from_slice(&body).expect("JSON");
        let id = "/meeting_info_list/0/meeting_id";
        assert!(answered.pointer(id).is_some(), "{answered}");
        assert_eq!(answered.pointer(id), example.pointer(id));
    }
}

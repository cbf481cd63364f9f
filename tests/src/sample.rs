//! Valid calls of every endpoint, and what a call needs to exist first (a meeting, a background).
//!
//! [`Sample`] gives any endpoint of the table a valid path and request, made from its schemas by
//! `wemeet_mock::sample`; [`prepare`] creates what the call acts on through the same client, and has the mock bring
//! it into the state the endpoint acts on (`wemeet_mock::sample::ready`). An endpoint added to the manifest is
//! covered with no line here.

use wemeet::Error;
use wemeet_mock::MockServer;
use wemeet_mock::sample::Context;
use wemeet_testkit::requests;
use wemeet_types::{
    AddMeetingBackgrounds, AddMeetingBackgroundsPath, CreateMeeting, Endpoint, EndpointVisitor,
    PathParams, visit_endpoints,
};

use crate::AnyClient;

/// A valid call of an endpoint, for a [`Context`] naming the user and the meeting it acts on.
pub trait Sample: Endpoint {
    /// The path parameters and the request.
    fn sample(context: &Context) -> (Self::Path, Self::Request);
}

impl<E: Endpoint> Sample for E {
    fn sample(context: &Context) -> (E::Path, E::Request) {
        wemeet_mock::sample::call::<E>(context)
            .unwrap_or_else(|error| panic!("{}: {error}", E::NAME))
    }
}

/// Whether a sample call of `E` can be made on its own: all but those acting on what an earlier call started
/// (`wemeet_mock::sample::AFTER_ANOTHER_CALL`: the steps of an upload under way, tested through the clients' upload
/// helpers).
pub fn callable(name: &str) -> bool {
    !wemeet_mock::sample::AFTER_ANOTHER_CALL.contains(&name)
}

/// The rows of the endpoint table whose sample call can be made on its own ([`callable`]).
pub fn callable_endpoints() -> impl Iterator<Item = &'static wemeet_types::EndpointInfo> {
    wemeet_types::ENDPOINTS
        .iter()
        .filter(|info| callable(info.name))
}

/// [`visit_endpoints`] over the endpoints whose sample call can be made on its own ([`callable`]).
pub fn visit_callable<V: EndpointVisitor>(visitor: &mut V) {
    struct Callable<'a, V>(&'a mut V);
    impl<V: EndpointVisitor> EndpointVisitor for Callable<'_, V> {
        fn visit<E: Endpoint>(&mut self) {
            if callable(E::NAME) {
                self.0.visit::<E>();
            }
        }
    }
    visit_endpoints(&mut Callable(visitor));
}

/// Whether a call of `E` acts on an existing meeting (its path names one, or it names the recording of one).
pub fn needs_meeting<E: Endpoint>() -> bool {
    wemeet_mock::sample::acts_on_a_meeting::<E>()
}

/// What a call of `E` by `userid` acts on, created through `client` when `E` needs it: a fresh meeting with one
/// background, in the state `mock` (the server `client` reaches) acts on for `E`; `seed` varies what must be unique
/// between calls.
///
/// # Errors
/// The client's error when creating the meeting or its background fails.
pub fn prepare<E: Endpoint>(
    client: &AnyClient,
    mock: &MockServer,
    userid: &str,
    seed: u64,
) -> Result<Context, Error> {
    if !needs_meeting::<E>() {
        let context = Context::new(userid, "").with_seed(seed);
        return Ok(wemeet_mock::sample::ready::<E>(mock, context));
    }
    let meeting_id = create_meeting_id(client, userid)?;
    let backgrounds = client.send::<AddMeetingBackgrounds>(
        &AddMeetingBackgroundsPath::new(meeting_id.as_str()),
        &requests::add_backgrounds(userid, 1),
    )?;
    let background_id = backgrounds
        .background_list
        .iter()
        .flatten()
        .find_map(|background| background.background_id.clone())
        .unwrap_or_default();
    let context = Context::new(userid, meeting_id)
        .with_background_id(background_id)
        .with_seed(seed);
    Ok(wemeet_mock::sample::ready::<E>(mock, context))
}

/// A valid call of `E` by `userid`, prepared through `client` and sent by it.
///
/// # Errors
/// The client's error, of the preparation or of the call.
pub fn call<E: Endpoint>(
    client: &AnyClient,
    mock: &MockServer,
    userid: &str,
    seed: u64,
) -> Result<(), Error> {
    let context = prepare::<E>(client, mock, userid, seed)?;
    let (path, request) = E::sample(&context);
    client.send::<E>(&path, &request).map(drop)
}

/// Calls every endpoint of the table once through `client` as `userid`, each prepared as [`call`] does.
///
/// # Errors
/// The first error of a preparation or a call, printed after the endpoint's name.
pub fn call_every_endpoint(
    client: &AnyClient,
    mock: &MockServer,
    userid: &str,
) -> Result<(), String> {
    struct Every<'a> {
        client: &'a AnyClient,
        mock: &'a MockServer,
        userid: &'a str,
        seed: u64,
        outcome: Result<(), String>,
    }
    impl EndpointVisitor for Every<'_> {
        fn visit<E: Endpoint>(&mut self) {
            if self.outcome.is_ok() {
                self.seed += 1;
                self.outcome = call::<E>(self.client, self.mock, self.userid, self.seed)
                    .map_err(|e| format!("{}: {e}", E::NAME));
            }
        }
    }
    let mut every = Every {
        client,
        mock,
        userid,
        seed: 0,
        outcome: Ok(()),
    };
    visit_callable(&mut every);
    every.outcome
}

/// Creates a meeting for `userid` and returns its id.
///
/// # Errors
/// The client's error; an answer naming no meeting is a decode error of the test's making.
pub fn create_meeting_id(client: &AnyClient, userid: &str) -> Result<String, Error> {
    let created = client.send::<CreateMeeting>(&(), &requests::create_meeting(userid))?;
    Ok(created
        .meeting_info_list
        .as_deref()
        .and_then(<[_]>::first)
        .and_then(|meeting| meeting.meeting_id.clone())
        .unwrap_or_default())
}

/// The rendered path of `E` for `path`, as the mock records it.
pub fn path_of<E: Endpoint>(path: &E::Path) -> String {
    path.render_path(E::PATH_TEMPLATE)
        .unwrap_or_else(|error| panic!("{}: {error}", E::NAME))
}

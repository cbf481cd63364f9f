//! A harness for the behaviours' unit tests: a store with meetings and participants, and calls of any endpoint
//! through its registered behaviour, with the events the call emitted (the HTTP path is the integration tests').

use serde::de::DeserializeOwned;
use serde_json::Value;
use wemeet_types::{CreateMeetingRequest, Endpoint};

use super::{Behaviours, Call, all};
use crate::api::access_tokens::TokenUser;
use crate::api::authenticate::Caller;
use crate::api::error::ApiError;
use crate::api::participants::{self, Joined, Participant};
use crate::api::store::{MeetingRecord, Store};
use crate::callbacks::emitter::{Emitter, OutgoingEvent};

/// The time now on the system clock, Unix seconds: what the harness's calls see as theirs.
pub(crate) fn now() -> u64 {
    crate::callbacks::timestamp::unix_millis() / 1000
}

/// An event a call emitted: its name and its payload's item.
#[derive(Debug, Clone)]
pub(crate) struct Emitted {
    pub(crate) name: &'static str,
    pub(crate) item: Value,
}

/// What a call did: its answer and the events it emitted (which the pipeline sends only on success).
pub(crate) struct Outcome<R> {
    pub(crate) answer: Result<R, ApiError>,
    pub(crate) events: Vec<Emitted>,
}

impl<R> Outcome<R> {
    /// The answer, which must be a success.
    pub(crate) fn ok(self) -> R {
        match self.answer {
            Ok(answer) => answer,
            Err(error) => panic!("the call failed: {} {}", error.code(), error.message()),
        }
    }

    /// The error code of the answer, which must be a refusal.
    pub(crate) fn code(&self) -> i64 {
        match &self.answer {
            Ok(_) => panic!("the call succeeded"),
            Err(error) => error.code().get(),
        }
    }

    /// The names of the events emitted, in order.
    pub(crate) fn names(&self) -> Vec<&'static str> {
        self.events.iter().map(|event| event.name).collect()
    }
}

/// A store and a caller of the enterprise `app` with an access token (it sees the meetings created with one).
pub(crate) struct Harness {
    pub(crate) store: Store,
    caller: Caller,
    behaviours: Behaviours,
}

impl Harness {
    pub(crate) fn new() -> Self {
        Harness {
            store: Store::new(10 << 20),
            caller: Caller::User(TokenUser {
                open_id: "tester".to_owned(),
                app_id: "app".to_owned(),
            }),
            behaviours: all(),
        }
    }

    /// A meeting created by `creator` with `hosts` (the creator when empty), one hour long from now; with
    /// `adjust` applied to its create request first.
    pub(crate) fn meeting_with(
        &mut self,
        creator: &str,
        hosts: &[&str],
        adjust: impl FnOnce(&mut Value),
    ) -> String {
        let start = now() + 3600;
        let mut request = serde_json::json!({
            "userid": creator,
            "instanceid": 1,
            "subject": "weekly",
            "type": 0,
            "start_time": start.to_string(),
            "end_time": (start + 3600).to_string(),
        });
        if !hosts.is_empty() {
            request["hosts"] = hosts.iter().map(|host| Value::from(*host)).collect();
        }
        adjust(&mut request);
        let request: CreateMeetingRequest = from_json(request);
        self.store.create_meeting("app", true, request).meeting_id
    }

    /// A meeting created by `creator` with `hosts`.
    pub(crate) fn meeting(&mut self, creator: &str, hosts: &[&str]) -> String {
        self.meeting_with(creator, hosts, |_| {})
    }

    /// The record of meeting `meeting_id`.
    pub(crate) fn record(&mut self, meeting_id: &str) -> &mut MeetingRecord {
        self.store
            .meeting_any_mut(meeting_id)
            .expect("the meeting exists")
    }

    /// `participant` joins meeting `meeting_id` (starting it if nobody had); its `ms_open_id`.
    pub(crate) fn join(&mut self, meeting_id: &str, participant: Participant) -> String {
        let record = self.record(meeting_id);
        match participants::join(record, participant, now(), &Emitter::new("join")) {
            Ok(Joined::Meeting(ms_open_id)) => ms_open_id,
            other => panic!("did not join the meeting: {other:?}"),
        }
    }

    /// `userid` joins meeting `meeting_id` from a PC; its `ms_open_id`.
    pub(crate) fn join_as(&mut self, meeting_id: &str, userid: &str) -> String {
        self.join(meeting_id, Participant::new(userid))
    }

    /// `participant` enters the waiting room of meeting `meeting_id`; its `ms_open_id`.
    pub(crate) fn wait(&mut self, meeting_id: &str, participant: Participant) -> String {
        let record = self.record(meeting_id);
        participants::enter_waiting_room(record, participant, now(), &Emitter::new("wait"))
            .expect("entered the waiting room")
    }

    /// Calls endpoint `E` with the path and request given as JSON, through its registered behaviour.
    pub(crate) fn call<E: Endpoint>(
        &mut self,
        path: Value,
        request: Value,
    ) -> Outcome<E::Response> {
        let handler = self
            .behaviours
            .get::<E>()
            .unwrap_or_else(|| panic!("no behaviour registered for {}", E::NAME));
        let path: E::Path = from_json(path);
        let request: E::Request = from_json(request);
        let events = Emitter::new("0123abcd");
        let call = Call {
            caller: &self.caller,
            path,
            request,
            events: &events,
            now: now(),
        };
        let answer = handler(&mut self.store, call);
        let events = events
            .into_events()
            .into_iter()
            .map(|event| {
                let envelope: Value = serde_json::from_str(&event.json).expect("an event is JSON");
                Emitted {
                    name: event.name,
                    item: envelope["payload"][0].clone(),
                }
            })
            .collect();
        Outcome { answer, events }
    }
}

/// `value` as a `T`, which it must decode to.
pub(crate) fn from_json<T: DeserializeOwned>(value: Value) -> T {
    serde_json::from_value(value).unwrap_or_else(|error| panic!("does not decode: {error}"))
}

// Running one behaviour directly, as the pipeline would after authentication and decoding.
/// A caller of enterprise `app_id`, as authentication makes one from a signed request.
pub(crate) fn app_caller(app_id: &str) -> Caller {
    let credentials = wemeet_sign::Credentials::builder()
        .app_id(app_id)
        .secret_id("secret-id")
        .secret_key("secret-key")
        .build();
    let verifier = wemeet_sign::Verifier::new();
    verifier.add_credentials(credentials.clone());
    let mut request = http::Request::builder()
        .method("GET")
        .uri("/v1/users/list")
        .header("host", "127.0.0.1")
        .body(Vec::new())
        .expect("a request");
    wemeet_sign::Signer::new(credentials)
        .sign_request(&mut request)
        .expect("signed");
    Caller::App(verifier.verify_request(&request).expect("verified"))
}

/// Runs the behaviour of `E` for `caller` on `store`; answers its result and the events it emitted.
pub(crate) fn behave<E: Endpoint>(
    store: &mut Store,
    caller: &Caller,
    path: E::Path,
    request: E::Request,
) -> (Result<E::Response, ApiError>, Vec<OutgoingEvent>) {
    let events = Emitter::new("trace");
    let handler = all().get::<E>().expect("a registered behaviour");
    let call = Call {
        caller,
        path,
        request,
        events: &events,
        now: crate::callbacks::timestamp::unix_millis() / 1000,
    };
    let result = handler(store, call);
    (result, events.into_events())
}

//! Both clients against `wemeet-mock`: every endpoint of the table end to end, and the errors a real server gives.

use wemeet::{Credentials, Error, ErrorCode};
use wemeet_mock::MockServer;
use wemeet_testkit::requests;
use wemeet_tests::sample::{self, Sample};
use wemeet_tests::{AnyClient, FLAVORS, Setup};
use wemeet_types::{
    AddMeetingBackgrounds, AddMeetingBackgroundsPath, CreateMeeting, Endpoint, EndpointVisitor,
    SetLiveStreamAddress, SetLiveStreamAddressPath,
};

fn created_meeting_id(client: &AnyClient, userid: &str) -> String {
    sample::create_meeting_id(client, userid).expect("create")
}

/// Calls each endpoint it visits with a sample request through both clients, and checks that the mock accepted
/// it: the test an endpoint added to the manifest passes with no line written for it.
struct EveryEndpoint<'a> {
    mock: &'a MockServer,
    clients: Vec<AnyClient>,
    visited: Vec<&'static str>,
}

impl EndpointVisitor for EveryEndpoint<'_> {
    fn visit<E: Endpoint>(&mut self) {
        for (seed, client) in self.clients.iter().enumerate() {
            let flavor = client.flavor();
            let context = sample::prepare::<E>(client, self.mock, "everyone", seed as u64)
                .unwrap_or_else(|error| panic!("{}/{flavor}: preparing: {error}", E::NAME));
            let before = self.mock.ledger().of::<E>().accepted;
            let (path, request) = E::sample(&context);
            let response = client
                .send::<E>(&path, &request)
                .unwrap_or_else(|error| panic!("{}/{flavor}: {error}", E::NAME));
            assert!(response.status().is_success(), "{}/{flavor}", E::NAME);
            assert!(
                response.trace_id().is_some_and(|id| !id.is_empty()),
                "{}/{flavor}: a success exposes its X-TC-Trace id",
                E::NAME
            );
            assert_eq!(
                self.mock.ledger().of::<E>().accepted,
                before + 1,
                "{}/{flavor}: the mock accepted the call",
                E::NAME
            );
        }
        self.visited.push(E::NAME);
    }
}

#[test]
fn every_endpoint_of_the_table_answers_both_clients() {
    let mock = MockServer::start_blocking().unwrap();
    let clients = FLAVORS
        .map(|flavor| {
            AnyClient::build(flavor, Setup::new(mock.base_url(), mock.credentials())).unwrap()
        })
        .into();
    let mut every = EveryEndpoint {
        mock: &mock,
        clients,
        visited: Vec::new(),
    };
    sample::visit_callable(&mut every);
    let table: Vec<_> = sample::callable_endpoints().map(|info| info.name).collect();
    assert_eq!(every.visited, table);
}

#[test]
fn the_quickstart_calls_end_to_end() {
    let mock = MockServer::start_blocking().unwrap();
    for flavor in FLAVORS {
        let client =
            AnyClient::build(flavor, Setup::new(mock.base_url(), mock.credentials())).unwrap();

        let created = client
            .send::<CreateMeeting>(&(), &requests::create_meeting("alice"))
            .unwrap();
        assert_eq!(created.meeting_number, Some(1), "{flavor}");
        let meeting = &created.meeting_info_list.as_deref().unwrap()[0];
        let meeting_id = meeting.meeting_id.clone().unwrap();
        assert_eq!(meeting_id.len(), 19, "{flavor}: {meeting_id}");
        assert_eq!(
            meeting.meeting_code.as_deref().map(str::len),
            Some(9),
            "{flavor}"
        );
        assert_eq!(
            meeting.subject.as_deref(),
            Some(requests::SUBJECT),
            "{flavor}"
        );
        assert!(
            mock.meeting(&meeting_id).is_some(),
            "{flavor}: the mock stored the meeting"
        );

        let added = client
            .send::<AddMeetingBackgrounds>(
                &AddMeetingBackgroundsPath::new(meeting_id.as_str()),
                &requests::add_backgrounds("alice", 2),
            )
            .unwrap();
        assert_eq!(added.background_number, Some(2), "{flavor}");
        assert_eq!(
            added.background_list.as_ref().map(Vec::len),
            Some(2),
            "{flavor}"
        );
        assert_eq!(
            mock.backgrounds(&meeting_id).map(|list| list.len()),
            Some(2),
            "{flavor}"
        );

        client
            .send::<SetLiveStreamAddress>(
                &SetLiveStreamAddressPath::new(meeting_id.as_str()),
                &requests::set_live_stream_address("alice", 0),
            )
            .unwrap();
        let stored = mock.live_stream_addresses(&meeting_id).unwrap();
        assert_eq!(stored.len(), 1, "{flavor}");
        assert_eq!(
            stored[0].decoded_platform_name().as_deref(),
            Ok(requests::PLATFORM_NAME),
            "{flavor}: the name travels base64-encoded"
        );
    }
    let ledger = mock.ledger();
    assert_eq!(ledger.of::<CreateMeeting>().accepted, 2);
    assert_eq!(ledger.of::<AddMeetingBackgrounds>().accepted, 2);
    assert_eq!(ledger.of::<SetLiveStreamAddress>().accepted, 2);
}

#[test]
fn credentials_without_an_sdk_id_work_and_send_no_sdk_id_header() {
    let mock = MockServer::start_blocking().unwrap();
    for flavor in FLAVORS {
        let client = AnyClient::build(
            flavor,
            Setup::new(mock.base_url(), mock.credentials_without_sdk_id()),
        )
        .unwrap();
        created_meeting_id(&client, "bob");
    }
    let requests = mock.requests();
    assert_eq!(requests.len(), 2);
    assert!(
        requests
            .iter()
            .all(|request| request.header("SdkId").is_none())
    );
}

#[test]
fn server_rules_come_back_as_api_errors_with_code_message_and_trace_id() {
    let mock = MockServer::start_blocking().unwrap();
    for flavor in FLAVORS {
        let client =
            AnyClient::build(flavor, Setup::new(mock.base_url(), mock.credentials())).unwrap();
        let meeting_id = created_meeting_id(&client, "carol");
        let add = |meeting_id: &str, userid: &str, count: usize| {
            client.send::<AddMeetingBackgrounds>(
                &AddMeetingBackgroundsPath::new(meeting_id),
                &requests::add_backgrounds(userid, count),
            )
        };

        let error = add("1234567890123456789", "carol", 1).unwrap_err();
        assert_eq!(
            error.error_code(),
            Some(ErrorCode::MEETING_LOOKUP_FAILED),
            "{flavor}: {error}"
        );
        let trace_id = error.trace_id().expect("trace id").to_owned();
        let shown = error.to_string();
        assert!(
            shown.contains("202001") && shown.contains(&trace_id),
            "{flavor}: {shown}"
        );
        assert!(
            error
                .message()
                .is_some_and(|m| m.contains("does not exist"))
        );

        let error = add(&meeting_id, "mallory", 1).unwrap_err();
        assert_eq!(
            error.error_code(),
            Some(ErrorCode::NO_PERMISSION),
            "{flavor}: only the creator may add backgrounds"
        );

        add(&meeting_id, "carol", 7).unwrap();
        let error = add(&meeting_id, "carol", 1).unwrap_err();
        assert_eq!(
            error.error_code(),
            Some(ErrorCode::BACKGROUND_LIMIT_EXCEEDED),
            "{flavor}: at most 7 backgrounds per meeting"
        );
        assert!(!error.is_retryable(), "{flavor}");
    }
}

#[test]
fn a_wrong_secret_key_is_an_authentication_error() {
    let mock = MockServer::start_blocking().unwrap();
    let real = mock.credentials();
    let forged = Credentials::builder()
        .app_id(real.app_id())
        .secret_id(real.secret_id())
        .secret_key("not-the-key")
        .build()
        .with_sdk_id(real.sdk_id().unwrap());
    for flavor in FLAVORS {
        let client = AnyClient::build(flavor, Setup::new(mock.base_url(), forged.clone())).unwrap();
        let error = client
            .send::<CreateMeeting>(&(), &requests::create_meeting("dave"))
            .unwrap_err();
        assert_eq!(
            error.error_code(),
            Some(ErrorCode::SIGNATURE_INVALID),
            "{flavor}: {error}"
        );
        assert!(error.is_auth(), "{flavor}");
        assert!(matches!(error, Error::Api { .. }));
    }
    assert!(mock.meetings().is_empty());
}

//! Both clients against `wemeet-mock`: the three endpoints end to end, and the errors a real server gives.

use wemeet::{Credentials, Error};
use wemeet_mock::MockServer;
use wemeet_tests::{AnyClient, FLAVORS, Setup, sample};
use wemeet_types::{AddMeetingBackgrounds, CreateMeeting, SetLiveStreamAddress};

fn created_meeting_id(client: &AnyClient, userid: &str) -> String {
    sample::create_meeting_id(client, userid).expect("create")
}

#[test]
fn all_three_endpoints_end_to_end() {
    let mock = MockServer::start_blocking().unwrap();
    for flavor in FLAVORS {
        let client =
            AnyClient::build(flavor, Setup::new(mock.base_url(), mock.credentials())).unwrap();

        let created = client
            .create_meeting(&sample::create_request("alice"))
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
            Some("reliability meeting"),
            "{flavor}"
        );
        assert!(
            mock.meeting(&meeting_id).is_some(),
            "{flavor}: the mock stored the meeting"
        );

        let added = client
            .add_meeting_backgrounds(&meeting_id, &sample::backgrounds_request_with("alice", 2))
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
            .set_live_stream_address(&meeting_id, &sample::live_stream_request("alice"))
            .unwrap();
        let stored = mock.live_stream_addresses(&meeting_id).unwrap();
        assert_eq!(stored.len(), 1, "{flavor}");
        assert_eq!(
            stored[0].decoded_platform_name().as_deref(),
            Ok("reliable"),
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

        let error = client
            .add_meeting_backgrounds(
                "1234567890123456789",
                &sample::backgrounds_request_with("carol", 1),
            )
            .unwrap_err();
        assert_eq!(error.error_code(), Some(202001), "{flavor}: {error}");
        let trace_id = error.trace_id().expect("trace id").to_owned();
        let shown = error.to_string();
        assert!(
            shown.contains("202001") && shown.contains(&trace_id),
            "{flavor}: {shown}"
        );

        let error = client
            .add_meeting_backgrounds(&meeting_id, &sample::backgrounds_request_with("mallory", 1))
            .unwrap_err();
        assert_eq!(
            error.error_code(),
            Some(9042),
            "{flavor}: only the creator may add backgrounds"
        );

        client
            .add_meeting_backgrounds(&meeting_id, &sample::backgrounds_request_with("carol", 7))
            .unwrap();
        let error = client
            .add_meeting_backgrounds(&meeting_id, &sample::backgrounds_request_with("carol", 1))
            .unwrap_err();
        assert_eq!(
            error.error_code(),
            Some(20018),
            "{flavor}: at most 7 backgrounds per meeting"
        );
        assert!(!error.is_retryable(), "{flavor}");
    }
}

#[test]
fn a_wrong_secret_key_is_an_authentication_error() {
    let mock = MockServer::start_blocking().unwrap();
    let real = mock.credentials();
    let forged = Credentials::new(real.app_id(), real.secret_id(), "not-the-key")
        .with_sdk_id(real.sdk_id().unwrap());
    for flavor in FLAVORS {
        let client = AnyClient::build(flavor, Setup::new(mock.base_url(), forged.clone())).unwrap();
        let error = client
            .create_meeting(&sample::create_request("dave"))
            .unwrap_err();
        assert_eq!(error.error_code(), Some(200003), "{flavor}: {error}");
        assert!(error.is_auth(), "{flavor}");
        assert!(matches!(error, Error::Api { .. }));
    }
    assert!(mock.meetings().is_empty());
}

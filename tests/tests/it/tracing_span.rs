//! One span per call, carrying the endpoint, the meeting id, the attempt, the status and the trace id.

use wemeet::{AddMeetingBackgrounds, AddMeetingBackgroundsPath};
use wemeet_mock::MockServer;
use wemeet_testkit::{logged_while, requests};
use wemeet_tests::{AnyClient, FLAVORS, Setup};

#[test]
fn each_call_is_one_span_with_its_context() {
    let mock = MockServer::start_blocking().unwrap();
    for flavor in FLAVORS {
        let client =
            AnyClient::build(flavor, Setup::new(mock.base_url(), mock.credentials())).unwrap();
        let request = requests::add_backgrounds("nobody", 1);
        let (error, logs) = logged_while(tracing::Level::DEBUG, || {
            client
                .send::<AddMeetingBackgrounds>(
                    &AddMeetingBackgroundsPath::new("1234567890123456789"),
                    &request,
                )
                .unwrap_err()
        });
        let trace_id = error.trace_id().unwrap();
        for field in [
            "wemeet.call{".to_owned(),
            "endpoint=\"add_meeting_backgrounds\"".to_owned(),
            "meeting_id=\"1234567890123456789\"".to_owned(),
            "attempt=1".to_owned(),
            "status=500".to_owned(),
            format!("trace_id=\"{trace_id}\""),
            "error_code=202001".to_owned(),
        ] {
            assert!(
                logs.contains(&field),
                "{flavor}: {field} missing from\n{logs}"
            );
        }
    }
}

//! One span per call, carrying the endpoint, the meeting id, the attempt, the status and the trace id.

use wemeet::{AddMeetingBackgrounds, AddMeetingBackgroundsPath};
use wemeet_mock::MockServer;
use wemeet_tests::{AnyClient, CapturedLogs, FLAVORS, Setup, sample};

#[test]
fn each_call_is_one_span_with_its_context() {
    let mock = MockServer::start_blocking().unwrap();
    for flavor in FLAVORS {
        let client =
            AnyClient::build(flavor, Setup::new(mock.base_url(), mock.credentials())).unwrap();
        let logs = CapturedLogs::default();
        let subscriber = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::DEBUG)
            .with_ansi(false)
            .with_writer(logs.clone())
            .finish();
        let request = sample::backgrounds_request_with("nobody", 1);
        let error = tracing::subscriber::with_default(subscriber, || {
            client
                .send::<AddMeetingBackgrounds>(
                    &AddMeetingBackgroundsPath::new("1234567890123456789"),
                    &request,
                )
                .unwrap_err()
        });
        let logs = logs.text();
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

//! One span per call, carrying the endpoint, the meeting id, the attempt, the status and the trace id.

use std::io::Write;
use std::sync::{Arc, Mutex};

use wemeet::{AddMeetingBackgroundsRequest, BackgroundImage, InstanceId};
use wemeet_mock::MockServer;
use wemeet_tests::{AnyClient, FLAVORS, Setup};

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn each_call_is_one_span_with_its_context() {
    let mock = MockServer::start_blocking().unwrap();
    for flavor in FLAVORS {
        let client =
            AnyClient::build(flavor, Setup::new(mock.base_url(), mock.credentials())).unwrap();
        let logs = Captured::default();
        let writer = logs.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::DEBUG)
            .with_ansi(false)
            .with_writer(move || writer.clone())
            .finish();
        let image = BackgroundImage::new(
            "0123456789abcdef0123456789abcdef",
            "https://example.com/a.png",
        );
        let request = AddMeetingBackgroundsRequest::new("nobody", InstanceId::Pc, vec![image]);
        let error = tracing::subscriber::with_default(subscriber, || {
            client
                .add_meeting_backgrounds("1234567890123456789", &request)
                .unwrap_err()
        });
        let logs = String::from_utf8(logs.0.lock().unwrap().clone()).unwrap();
        let trace_id = error.trace_id().unwrap();
        for field in [
            "wemeet.call{".to_owned(),
            "endpoint=\"add_meeting_backgrounds\"".to_owned(),
            "meeting_id=\"1234567890123456789\"".to_owned(),
            "attempt=1".to_owned(),
            "status=400".to_owned(),
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

//! Every line a call logs names its endpoint and host, at every level: a subscriber set to WARN sees the retry
//! warning with both, not a bare "attempt failed, retrying".

use tracing::Level;
use wemeet::CreateMeeting;
use wemeet_testkit::CapturedLogs;
use wemeet_tests::{AnyClient, FLAVORS, Setup, refusing_base_url, scripted_credentials};

#[test]
fn every_line_of_a_call_names_the_endpoint_and_the_host_at_every_level() {
    for flavor in FLAVORS {
        for level in [Level::WARN, Level::INFO, Level::DEBUG, Level::TRACE] {
            let base_url = refusing_base_url();
            let host = base_url.trim_start_matches("http://").to_owned();
            let client =
                AnyClient::build(flavor, Setup::new(base_url, scripted_credentials())).unwrap();
            let logs = CapturedLogs::default();
            let subscriber = tracing_subscriber::fmt()
                .with_max_level(level)
                .with_ansi(false)
                .with_writer(logs.clone())
                .finish();
            tracing::subscriber::with_default(subscriber, || {
                client
                    .send::<CreateMeeting>(&(), &wemeet_testkit::requests::create_meeting("logs"))
                    .unwrap_err()
            });
            let logs = logs.text();
            let ours: Vec<&str> = logs
                .lines()
                .filter(|line| line.contains("wemeet_core"))
                .collect();
            let retries = ours
                .iter()
                .filter(|line| line.contains("attempt failed, retrying"))
                .count();
            assert_eq!(retries, 2, "{flavor} at {level}: 3 attempts\n{logs}");
            for line in ours {
                assert!(
                    line.contains("endpoint=\"create_meeting\""),
                    "{flavor} at {level}: no endpoint in {line}"
                );
                assert!(
                    line.contains(&format!("host={host}")),
                    "{flavor} at {level}: no host in {line}"
                );
            }
        }
    }
}

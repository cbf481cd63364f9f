//! The public demo credentials: a warning when the mock listens off loopback with them enabled, and an option to
//! turn them off, after which they are refused as an unknown SecretId is.

use crate::support;

use std::net::SocketAddr;

use http::StatusCode;
use support::{CREATE, create_body, post_as};
use wemeet_mock::{MockServer, MockServerBuilder};
use wemeet_sign::{Credentials, Signer};
use wemeet_testkit::logged_while;
use wemeet_types::ErrorCode;

/// Starts `builder` (on its own thread) with a subscriber of this thread keeping every event; returns the server
/// and what was logged while starting it.
fn start_traced(builder: MockServerBuilder) -> (MockServer, String) {
    let (server, logged) = logged_while(tracing::Level::TRACE, || builder.start_blocking());
    (server.expect("start"), logged)
}

fn every_interface() -> SocketAddr {
    SocketAddr::from(([0, 0, 0, 0], 0))
}

#[test]
fn listening_off_loopback_with_the_demo_credentials_warns_once_naming_the_address_and_the_way_out()
{
    let (server, logged) = start_traced(MockServer::builder().listen(every_interface()));
    let warnings: Vec<&str> = logged
        .lines()
        .filter(|line| line.contains("WARN"))
        .collect();
    assert_eq!(warnings.len(), 1, "{logged}");
    let warning = warnings.first().copied().unwrap_or_default();
    assert!(
        warning.contains(&format!("0.0.0.0:{}", server.address().port())),
        "{warning}"
    );
    assert!(warning.contains("demo_credentials(false)"), "{warning}");
    assert!(warning.contains("--no-demo-credentials"), "{warning}");
    let returned = server.exposure_warning().expect("the warning");
    assert!(warning.contains(returned), "{warning}");
    server.shutdown_blocking();
}

#[test]
fn on_loopback_or_without_the_demo_credentials_there_is_no_warning() {
    let given = Credentials::builder()
        .app_id("corp-1")
        .secret_id("id-1")
        .secret_key("key-1")
        .build();
    for builder in [
        MockServer::builder(),
        MockServer::builder().listen(SocketAddr::from(([127, 0, 0, 1], 0))),
        MockServer::builder()
            .listen(every_interface())
            .demo_credentials(false)
            .credentials(given.clone()),
    ] {
        let described = format!("{builder:?}");
        let (server, logged) = start_traced(builder);
        assert!(!logged.contains("WARN"), "{described}: {logged}");
        assert_eq!(server.exposure_warning(), None, "{described}");
        server.shutdown_blocking();
    }
}

#[tokio::test]
async fn without_the_demo_credentials_they_are_refused_as_an_unknown_secret_id_is() {
    let given = Credentials::builder()
        .app_id("corp-7")
        .secret_id("secret-id-7")
        .secret_key("secret-key-7")
        .build()
        .with_sdk_id("sdk-7");
    let server = MockServer::builder()
        .demo_credentials(false)
        .credentials(given.clone())
        .start()
        .await
        .expect("start");
    let unknown = Signer::new(
        Credentials::builder()
            .app_id("corp-7")
            .secret_id("nobody")
            .secret_key("secret-key-7")
            .build()
            .with_sdk_id("sdk-7"),
    );
    let unknown_code = post_as(&server, &unknown, CREATE, &create_body("tester"))
        .await
        .refusal_code();
    assert_eq!(unknown_code, ErrorCode::AUTHENTICATION_FAILED);
    for demo in [
        server.signer(),
        Signer::new(server.credentials_without_sdk_id()),
    ] {
        let answer = post_as(&server, &demo, CREATE, &create_body("tester")).await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{:?}", answer.body);
        assert_eq!(answer.refusal_code(), unknown_code, "{}", answer.message());
    }
    assert!(server.meetings().is_empty());
    let answer = post_as(&server, &Signer::new(given), CREATE, &create_body("tester")).await;
    assert_eq!(answer.status, StatusCode::OK, "{:?}", answer.body);
    assert_eq!(server.meetings().len(), 1);
}

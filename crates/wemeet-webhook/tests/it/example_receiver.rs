//! The axum example receiver (`examples/webhook_receiver.rs`), driven with requests built by the sending side:
//! it answers URL verifications, acknowledges events, handles a retried event once, and refuses forgeries.

#[path = "../../examples/webhook_receiver.rs"]
mod example;

use std::sync::{Arc, Mutex};

use axum::body::{Body, to_bytes};
use http::StatusCode;
use tower::ServiceExt as _;
use wemeet_webhook::{Event, SUCCESS_RESPONSE, Webhook};

fn webhook() -> Webhook {
    Webhook::from_settings(
        "bVPU6F8Htxl5XkAbp3jGV2xWp",
        Some("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8"),
    )
    .unwrap()
}

async fn send(app: &axum::Router, request: http::Request<Vec<u8>>) -> (StatusCode, Vec<u8>) {
    let response = app.clone().oneshot(request.map(Body::from)).await.unwrap();
    let status = response.status();
    let body = to_bytes(response.into_body(), usize::MAX).await.unwrap();
    (status, body.to_vec())
}

#[tokio::test]
async fn the_example_receives_like_the_service_expects() {
    let handled: Arc<Mutex<Vec<Event>>> = Arc::default();
    let sink = Arc::clone(&handled);
    let app = example::app(webhook(), move |event| sink.lock().unwrap().push(event));
    let service = webhook();

    let verification = service.url_verification("challenge-42", 1, 2);
    let (status, body) = send(
        &app,
        verification
            .to_request("http://127.0.0.1/any/path")
            .unwrap(),
    )
    .await;
    assert_eq!(
        (status, body.as_slice()),
        (StatusCode::OK, b"challenge-42".as_slice())
    );

    let json = r#"{"event":"meeting.medium-uploaded","trace_id":"x-tc-trace-1","payload":[{"event_upload_status":false}]}"#;
    for attempt in 0..2 {
        // The second delivery is the service's retry: a new nonce and timestamp, the same event.
        let delivery = service.delivery(json, 10 + attempt, 20 + attempt);
        let (status, body) = send(&app, delivery.to_request("http://127.0.0.1/").unwrap()).await;
        assert_eq!(
            (status, body.as_slice()),
            (StatusCode::OK, SUCCESS_RESPONSE.as_bytes())
        );
    }
    let handled = handled.lock().unwrap().clone();
    assert_eq!(handled, [Event::from_json(json).unwrap()], "handled once");

    let forged = Webhook::from_settings("AnotherTokenOf25Character", None)
        .unwrap()
        .delivery(json, 1, 2);
    let (status, _) = send(&app, forged.to_request("http://127.0.0.1/").unwrap()).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

//! The `http` feature: `http::Request` in, `http::Response` out, for URL verifications and events; and the
//! sending side's requests are exactly what the receiving side takes.

use http::{Method, Request, StatusCode};
use wemeet_webhook::{Event, Received, SUCCESS_RESPONSE, Webhook, WebhookError};

const URL: &str = "http://127.0.0.1:2306/wemeet/callback";
const EVENT: &str =
    r#"{"event":"meeting.created","trace_id":"t-1","payload":[{"operate_time":1}]}"#;

fn webhooks() -> [Webhook; 2] {
    [
        Webhook::from_settings("bVPU6F8Htxl5XkAbp3jGV2xWp", None).unwrap(),
        Webhook::from_settings(
            "bVPU6F8Htxl5XkAbp3jGV2xWp",
            Some("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8"),
        )
        .unwrap(),
    ]
}

fn respond(webhook: &Webhook, request: &Request<Vec<u8>>) -> http::Response<Vec<u8>> {
    match webhook.receive(request) {
        Ok(received) => received.response(),
        Err(error) => error.response(),
    }
}

#[test]
fn a_url_verification_is_answered_with_exactly_the_challenge() {
    for webhook in webhooks() {
        let request = webhook
            .url_verification("chAllenge+/=~ 你好", 1_609_239_040_864, 14_964_161)
            .to_request(URL)
            .unwrap();
        assert_eq!(request.method(), Method::GET);
        assert!(request.uri().query().unwrap().starts_with("check_str="));
        let received = webhook.receive(&request).unwrap();
        assert_eq!(
            received,
            Received::UrlVerification("chAllenge+/=~ 你好".into())
        );
        assert_eq!(received.event(), None);
        let response = received.response();
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(response.body(), "chAllenge+/=~ 你好".as_bytes());
        assert_eq!(response.headers()["content-type"], "text/plain");
    }
}

#[test]
fn a_url_with_a_query_of_its_own_keeps_it() {
    let [webhook, _] = webhooks();
    let request = webhook
        .url_verification("c", 1, 2)
        .to_request(&format!("{URL}?tenant=7"))
        .unwrap();
    assert!(
        request
            .uri()
            .query()
            .unwrap()
            .starts_with("tenant=7&check_str=")
    );
    assert!(webhook.receive(&request).is_ok());
}

#[test]
fn an_event_is_decoded_and_acknowledged_with_the_success_body() {
    for webhook in webhooks() {
        let request = webhook.delivery(EVENT, 1, 2).to_request(URL).unwrap();
        assert_eq!(request.method(), Method::POST);
        assert_eq!(request.headers()["content-type"], "application/json");
        assert!(request.headers()["signature"].is_sensitive());
        let received = webhook.receive(&request).unwrap();
        assert_eq!(received.event(), Some(&Event::from_json(EVENT).unwrap()));
        let response = received.response();
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(response.body(), SUCCESS_RESPONSE.as_bytes());
    }
}

#[test]
fn any_body_type_that_is_bytes_works() {
    let [webhook, _] = webhooks();
    let request = webhook.delivery(EVENT, 1, 2).to_request(URL).unwrap();
    let (parts, body) = request.into_parts();
    let as_string = Request::from_parts(parts.clone(), String::from_utf8(body.clone()).unwrap());
    let as_slice = Request::from_parts(parts, body.as_slice());
    assert!(webhook.receive(&as_string).is_ok());
    assert!(webhook.receive(&as_slice).is_ok());
}

#[test]
fn refusals_have_their_status_and_no_success_body() {
    let [webhook, encrypted] = webhooks();
    let good = webhook.delivery(EVENT, 1, 2).to_request(URL).unwrap();

    let mut tampered = good.clone();
    tampered.headers_mut().insert("nonce", "3".parse().unwrap());
    let mut missing = good.clone();
    missing.headers_mut().remove("timestamp");
    let mut not_text = good.clone();
    not_text.headers_mut().insert(
        "signature",
        http::HeaderValue::from_bytes(b"\xff\xfe").unwrap(),
    );
    let mut put = good.clone();
    *put.method_mut() = Method::PUT;
    let mut no_check_str = webhook.url_verification("c", 1, 2).to_request(URL).unwrap();
    *no_check_str.uri_mut() = URL.parse().unwrap();

    let cases = [
        (
            &webhook,
            tampered,
            StatusCode::UNAUTHORIZED,
            WebhookError::SignatureMismatch,
        ),
        (
            &webhook,
            missing,
            StatusCode::BAD_REQUEST,
            WebhookError::MissingHeader { name: "timestamp" },
        ),
        (
            &webhook,
            not_text,
            StatusCode::BAD_REQUEST,
            WebhookError::MalformedHeader { name: "signature" },
        ),
        (
            &webhook,
            put,
            StatusCode::METHOD_NOT_ALLOWED,
            WebhookError::MethodNotAllowed {
                method: "PUT".into(),
            },
        ),
        (
            &webhook,
            no_check_str,
            StatusCode::BAD_REQUEST,
            WebhookError::MissingCheckStr,
        ),
        (
            &encrypted,
            good,
            StatusCode::BAD_REQUEST,
            WebhookError::CiphertextLength {
                length: EVENT.len(),
            },
        ),
    ];
    for (webhook, request, status, expected) in cases {
        assert_eq!(webhook.receive(&request).as_ref().unwrap_err(), &expected);
        let response = respond(webhook, &request);
        assert_eq!(response.status(), status, "{expected}");
        assert_eq!(
            String::from_utf8(response.body().clone()).unwrap(),
            expected.to_string()
        );
    }
}

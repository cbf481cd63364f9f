//! The docs' worked signature example (签名校验), as a known-answer test: Token, timestamp, nonce and the
//! unencrypted `data` exactly as the docs print them, and the signature they give.
//!
//! The `data` is unpadded base64 (its length is 3 more than a multiple of 4) of a `meeting.created` event in the
//! legacy envelope; it is signed as received and decoded leniently.

use wemeet_webhook::{Event, EventHost, EventTime, Webhook, WebhookError};

const TOKEN: &str = "bVPU6F8Htxl5XkAbp3jGV2xWp";
const TIMESTAMP: &str = "1609239040864";
const NONCE: &str = "14964161";
const DATA: &str = concat!(
    "eyJldmVudCI6Im1lZXRpbmcuY3JlYXRlZCIsInVuaXF1ZV9zZXF1ZW5jZSI6ImYyMDA5NmVlLThhYzgtNGRmMi1hN2RlLTA1NzQ2",
    "NDlmMjExYiIsInBheWxvYWQiOlt7Im9wZXJhdGVfdGltZSI6IjIwMjAtMTItMjkgMTc6NDE6MDYiLCJvcGVyYXRvciI6eyJ1c2Vy",
    "aWQiOiJ0ZXN0ZXIwMDAwNmJhNWJhYjMzOTg1OGMxM2M5MzBjY2E5NTY4NCJ9LCJtZWV0aW5nX2luZm8iOnsibWVldGluZ19pZCI6",
    "IjYwNTg4OTAzODU0ODA5MjEwNTIiLCJtZWV0aW5nX2NvZGUiOiI1MzA4MTI0NTIiLCJzdWJqZWN0IjoibWVkaWEgdGVzdGVyIG1l",
    "ZXRpbmciLCJjcmVhdG9yX2lkIjoidGVzdGVyMDAwMDZiYTViYWIzMzk4NThjMTNjOTMwY2NhOTU2ODQiLCJob3N0cyI6WyJ0ZXN0",
    "ZXIwMDAwNmJhNWJhYjMzOTg1OGMxM2M5MzBjY2E5NTY4NCJdLCJtZWV0aW5nX3R5cGUiOjAsInN0YXJ0X3RpbWUiOiIyMDIwLTEy",
    "LTI5IDE3OjQxOjA0IiwiZW5kX3RpbWUiOiIyMDIwLTEyLTI5IDE4OjAxOjA0In19XX0",
);
const SIGNATURE: &str = "b11e507817336a91d7df0c8536ee2aca18bbbae8";

fn webhook() -> Webhook {
    Webhook::from_settings(TOKEN, None).unwrap()
}

fn headers<'a>(signature: &'a str) -> impl Fn(&str) -> Option<&'a str> {
    move |name| match name {
        "timestamp" => Some(TIMESTAMP),
        "nonce" => Some(NONCE),
        "signature" => Some(signature),
        _ => None,
    }
}

fn body() -> String {
    format!(r#"{{"data":"{DATA}"}}"#)
}

#[test]
fn the_signature_is_the_docs_one() {
    assert_eq!(DATA.len() % 4, 3, "the docs' data is unpadded");
    assert_eq!(webhook().sign(TIMESTAMP, NONCE, DATA), SIGNATURE);
    // The order of the arguments does not matter: the values are sorted.
    assert_eq!(webhook().sign(NONCE, TIMESTAMP, DATA), SIGNATURE);
}

#[test]
fn the_docs_delivery_verifies_and_decodes_as_the_legacy_envelope() {
    let event = webhook()
        .receive_event(body().as_bytes(), headers(SIGNATURE))
        .unwrap();
    assert_eq!(event.name(), "meeting.created");
    assert_eq!(
        event.trace_id(),
        Some("f20096ee-8ac8-4df2-a7de-0574649f211b"),
        "the legacy `unique_sequence` is the trace id"
    );
    let Event::MeetingCreated(created) = event else {
        panic!("not typed: {event:?}");
    };
    let [item] = created.payload() else {
        panic!("one payload item expected")
    };
    let operate_time = item.operate_time.as_ref().unwrap().date_time().unwrap();
    assert_eq!(operate_time.to_string(), "2020-12-29 17:41:06");
    assert_eq!(
        item.operator.as_ref().unwrap().userid.as_deref(),
        Some("tester00006ba5bab339858c13c930cca95684")
    );
    let meeting = item.meeting_info.as_ref().unwrap();
    assert_eq!(meeting.meeting_id.as_deref(), Some("6058890385480921052"));
    assert_eq!(meeting.subject.as_deref(), Some("media tester meeting"));
    assert_eq!(
        meeting.creator_id.as_deref(),
        Some("tester00006ba5bab339858c13c930cca95684")
    );
    assert_eq!(
        meeting.hosts.as_deref(),
        Some(&[EventHost::from("tester00006ba5bab339858c13c930cca95684")][..])
    );
    assert_eq!(meeting.meeting_type, Some(0));
    assert_eq!(
        meeting.end_time,
        Some(EventTime::from("2020-12-29 18:01:04"))
    );
}

#[test]
fn the_decoded_data_is_the_transcribed_legacy_example() {
    let json = webhook()
        .open_delivery(body().as_bytes(), headers(SIGNATURE))
        .unwrap();
    assert_eq!(
        json.trim(),
        include_str!("../fixtures/events/meeting.created.legacy.json").trim()
    );
}

#[test]
fn the_docs_delivery_with_any_other_signature_is_refused() {
    let mut other = SIGNATURE.to_owned().into_bytes();
    other[0] = b'c';
    let other = String::from_utf8(other).unwrap();
    assert_eq!(
        webhook().receive_event(body().as_bytes(), headers(&other)),
        Err(WebhookError::SignatureMismatch)
    );
    // Upper-case hex is the same signature.
    let upper = SIGNATURE.to_uppercase();
    assert!(
        webhook()
            .receive_event(body().as_bytes(), headers(&upper))
            .is_ok()
    );
}

//! Set the live-stream push address through real HTTP: 200 with an empty body, the stored address, every refusal.

mod support;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use http::StatusCode;
use serde_json::json;
use support::{create_meeting, live_stream_body, live_stream_path, post, push_entry};
use wemeet_mock::{MockServer, error_code};
use wemeet_types::endpoints::SetLiveStreamAddress;

fn name(text: &str) -> String {
    STANDARD.encode(text)
}

async fn refused_with(
    server: &MockServer,
    meeting_id: &str,
    body: serde_json::Value,
    code: i64,
) -> String {
    let answer = post(server, &live_stream_path(meeting_id), &body).await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{:?}", answer.body);
    assert_eq!(answer.error_code(), code, "{}", answer.message());
    answer.message()
}

#[tokio::test]
async fn setting_answers_200_with_an_empty_body_and_stores_the_address() {
    let server = MockServer::start().await.expect("start");
    let meeting_id = create_meeting(&server, "testuser123").await;
    let body = live_stream_body("testuser123", vec![push_entry(1, "dGVzdDEyMw==")]);
    let answer = post(&server, &live_stream_path(&meeting_id), &body).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert!(answer.body.is_empty(), "{:?}", answer.body);
    assert!(!answer.trace().is_empty());
    let stored = server
        .live_stream_addresses(&meeting_id)
        .expect("the meeting exists");
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].platform_name, "dGVzdDEyMw==");
    assert_eq!(
        stored[0].push_address,
        "rtmp://123123.123live.123.com/trtc_1451297868/"
    );

    // Setting again replaces: the call is idempotent.
    let again = post(&server, &live_stream_path(&meeting_id), &body).await;
    assert_eq!(again.status, StatusCode::OK);
    assert_eq!(
        server
            .live_stream_addresses(&meeting_id)
            .map(|list| list.len()),
        Some(1)
    );
    assert_eq!(server.ledger().of::<SetLiveStreamAddress>().accepted, 2);
}

#[tokio::test]
async fn an_unknown_meeting_is_202001_and_a_non_creator_400007() {
    let server = MockServer::start().await.expect("start");
    refused_with(
        &server,
        "1234567890123456789",
        live_stream_body("u", vec![push_entry(2, &name("b站"))]),
        error_code::MEETING_NOT_FOUND,
    )
    .await;
    let meeting_id = create_meeting(&server, "creator").await;
    let message = refused_with(
        &server,
        &meeting_id,
        live_stream_body("someone-else", vec![push_entry(2, &name("b站"))]),
        error_code::NOT_MEETING_CREATOR,
    )
    .await;
    assert!(message.contains("someone-else"), "{message}");
    assert_eq!(server.live_stream_addresses(&meeting_id), Some(vec![]));
}

#[tokio::test]
async fn only_one_entry_for_now_and_at_most_one_wechat_channels_entry() {
    let server = MockServer::start().await.expect("start");
    let meeting_id = create_meeting(&server, "creator").await;
    // The doc example: one WeChat Channels entry and one third-party entry.
    let message = refused_with(
        &server,
        &meeting_id,
        live_stream_body(
            "creator",
            vec![push_entry(1, "dGVzdDEyMw=="), push_entry(2, "MTIzdGVzdA==")],
        ),
        error_code::INVALID_PARAMETER,
    )
    .await;
    assert!(message.contains("only one"), "{message}");
    let message = refused_with(
        &server,
        &meeting_id,
        live_stream_body(
            "creator",
            vec![push_entry(1, &name("a")), push_entry(1, &name("b"))],
        ),
        error_code::INVALID_PARAMETER,
    )
    .await;
    assert!(message.contains("WeChat Channels"), "{message}");
    let message = refused_with(
        &server,
        &meeting_id,
        live_stream_body("creator", vec![]),
        error_code::INVALID_PARAMETER,
    )
    .await;
    assert!(message.contains("`push_stream_info`"), "{message}");
}

#[tokio::test]
async fn platform_names_follow_the_decoded_rules() {
    let server = MockServer::start().await.expect("start");
    let meeting_id = create_meeting(&server, "creator").await;
    for bad in [
        name(""),
        name("   "),
        name("\n\r\n"),
        name("abcdefghijk"),
        "%%%not-base64".to_owned(),
    ] {
        let message = refused_with(
            &server,
            &meeting_id,
            live_stream_body("creator", vec![push_entry(2, &bad)]),
            error_code::INVALID_PARAMETER,
        )
        .await;
        assert!(
            message.contains("`push_stream_info[0].platform_name`"),
            "{bad}: {message}"
        );
    }
    // Ten characters (thirty bytes of UTF-8) are fine.
    let ten = live_stream_body(
        "creator",
        vec![push_entry(2, &name("十个字的直播平台名称"))],
    );
    assert_eq!(
        post(&server, &live_stream_path(&meeting_id), &ten)
            .await
            .status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn platform_type_and_push_address_are_checked() {
    let server = MockServer::start().await.expect("start");
    let meeting_id = create_meeting(&server, "creator").await;
    let message = refused_with(
        &server,
        &meeting_id,
        live_stream_body("creator", vec![push_entry(3, &name("x"))]),
        error_code::INVALID_PARAMETER,
    )
    .await;
    assert!(
        message.contains("`push_stream_info[0].platform_type`"),
        "{message}"
    );
    let mut entry = push_entry(2, &name("x"));
    entry["push_address"] = json!("");
    refused_with(
        &server,
        &meeting_id,
        live_stream_body("creator", vec![entry]),
        error_code::PUSH_ADDRESS_INVALID,
    )
    .await;
    let mut entry = push_entry(2, &name("x"));
    entry
        .as_object_mut()
        .expect("object")
        .remove("enable_push_addres");
    let message = refused_with(
        &server,
        &meeting_id,
        live_stream_body("creator", vec![entry]),
        error_code::INVALID_PARAMETER,
    )
    .await;
    assert!(
        message.contains("`push_stream_info[0].enable_push_addres`"),
        "{message}"
    );
}

//! Set the live-stream push address through real HTTP: 200 with an empty body, the stored address, every refusal.

use crate::support;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use http::StatusCode;
use serde_json::json;
use support::{create_meeting, live_stream_body, live_stream_path, post, push_entry};
use wemeet_mock::MockServer;
use wemeet_types::ErrorCode;
use wemeet_types::endpoints::SetLiveStreamAddress;

fn name(text: &str) -> String {
    STANDARD.encode(text)
}

async fn refused_with(
    server: &MockServer,
    meeting_id: &str,
    body: serde_json::Value,
    code: ErrorCode,
) -> String {
    let answer = post(server, &live_stream_path(meeting_id), &body).await;
    // `refusal_code` checks the status against the vocabulary's for the code.
    assert_eq!(answer.refusal_code(), code, "{}", answer.message());
    answer.message()
}

/// A third-party entry pushing to `rtmp://live.example.com/app/{n}/`.
fn third_party(n: u32) -> serde_json::Value {
    let mut entry = push_entry(2, &name("b站"));
    entry["push_address"] = json!(format!("rtmp://live.example.com/app/{n}/"));
    entry
}

#[tokio::test]
async fn setting_answers_200_with_an_empty_body_and_adds_the_address() {
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

    // The docs speak of adding addresses: the same call again is a duplicate (400004), another address is added.
    let message = refused_with(&server, &meeting_id, body, ErrorCode::PUSH_ADDRESS_INVALID).await;
    assert!(message.contains("already has"), "{message}");
    let other = live_stream_body("testuser123", vec![third_party(1)]);
    assert_eq!(
        post(&server, &live_stream_path(&meeting_id), &other)
            .await
            .status,
        StatusCode::OK
    );
    assert_eq!(
        server
            .live_stream_addresses(&meeting_id)
            .map(|list| list.len()),
        Some(2)
    );
    assert_eq!(server.ledger().of::<SetLiveStreamAddress>().accepted, 2);
}

#[tokio::test]
async fn an_unknown_meeting_is_400005_and_a_non_creator_400007() {
    let server = MockServer::start().await.expect("start");
    refused_with(
        &server,
        "1234567890123456789",
        live_stream_body("u", vec![third_party(1)]),
        ErrorCode::LIVE_MEETING_ID_INVALID,
    )
    .await;
    let meeting_id = create_meeting(&server, "creator").await;
    let message = refused_with(
        &server,
        &meeting_id,
        live_stream_body("someone-else", vec![third_party(1)]),
        ErrorCode::NOT_CREATOR_OR_HOST,
    )
    .await;
    assert!(message.contains("someone-else"), "{message}");
    assert_eq!(server.live_stream_addresses(&meeting_id), Some(vec![]));
}

#[tokio::test]
async fn hosts_may_set_addresses_while_the_meeting_is_in_progress() {
    let server = MockServer::start().await.expect("start");
    let mut body = support::create_body("creator");
    body["hosts"] = json!(["creator", "host"]);
    let created = post(&server, support::CREATE, &body).await;
    let meeting_id = created.json()["meeting_info_list"][0]["meeting_id"]
        .as_str()
        .expect("meeting_id")
        .to_owned();
    let by_host = |n| live_stream_body("host", vec![third_party(n)]);
    refused_with(
        &server,
        &meeting_id,
        by_host(1),
        ErrorCode::NOT_CREATOR_OR_HOST,
    )
    .await;
    assert!(server.start_meeting(&meeting_id));
    let answer = post(&server, &live_stream_path(&meeting_id), &by_host(2)).await;
    assert_eq!(answer.status, StatusCode::OK, "a host, during the meeting");
    let by_stranger = live_stream_body("stranger", vec![third_party(3)]);
    refused_with(
        &server,
        &meeting_id,
        by_stranger,
        ErrorCode::NOT_CREATOR_OR_HOST,
    )
    .await;
    assert!(server.end_meeting(&meeting_id));
    refused_with(
        &server,
        &meeting_id,
        by_host(4),
        ErrorCode::NOT_CREATOR_OR_HOST,
    )
    .await;
    let by_creator = live_stream_body("creator", vec![third_party(5)]);
    assert_eq!(
        post(&server, &live_stream_path(&meeting_id), &by_creator)
            .await
            .status,
        StatusCode::OK,
        "the creator, at any time"
    );
}

#[tokio::test]
async fn one_entry_per_call_for_now_and_the_per_account_limits() {
    let server = MockServer::start().await.expect("start");
    let meeting_id = create_meeting(&server, "creator").await;
    // The doc example: one WeChat Channels entry and one third-party entry, refused for now.
    let message = refused_with(
        &server,
        &meeting_id,
        live_stream_body(
            "creator",
            vec![push_entry(1, "dGVzdDEyMw=="), push_entry(2, "MTIzdGVzdA==")],
        ),
        ErrorCode::INVALID_PARAMETER,
    )
    .await;
    assert!(message.contains("for now"), "{message}");
    let message = refused_with(
        &server,
        &meeting_id,
        live_stream_body("creator", vec![]),
        ErrorCode::INVALID_PARAMETER,
    )
    .await;
    assert!(message.contains("`push_stream_info`"), "{message}");

    // At most one WeChat Channels address...
    let post_entry = |entry| live_stream_body("creator", vec![entry]);
    let wechat = |n: u32| {
        let mut entry = push_entry(1, &name("视频号"));
        entry["push_address"] = json!(format!("rtmp://channels.example.com/{n}/"));
        entry
    };
    let path = live_stream_path(&meeting_id);
    assert_eq!(
        post(&server, &path, &post_entry(wechat(1))).await.status,
        StatusCode::OK
    );
    let message = refused_with(
        &server,
        &meeting_id,
        post_entry(wechat(2)),
        ErrorCode::PUSH_ADDRESS_INVALID,
    )
    .await;
    assert!(message.contains("at most 1"), "{message}");
    // ... and ten third-party platforms.
    for n in 0..10 {
        assert_eq!(
            post(&server, &path, &post_entry(third_party(n)))
                .await
                .status,
            StatusCode::OK
        );
    }
    let message = refused_with(
        &server,
        &meeting_id,
        post_entry(third_party(10)),
        ErrorCode::TOO_MANY_THIRD_PARTY_PUSHES,
    )
    .await;
    assert!(message.contains("at most 10"), "{message}");
    assert_eq!(
        server
            .live_stream_addresses(&meeting_id)
            .map(|list| list.len()),
        Some(11)
    );
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
            ErrorCode::INVALID_PARAMETER,
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
        ErrorCode::INVALID_PARAMETER,
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
        ErrorCode::PUSH_ADDRESS_INVALID,
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
        ErrorCode::INVALID_PARAMETER,
    )
    .await;
    assert!(
        message.contains("`push_stream_info[0].enable_push_addres`"),
        "{message}"
    );
}

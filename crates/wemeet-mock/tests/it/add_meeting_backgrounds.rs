//! Add meeting backgrounds through real HTTP: the documented answer, the stored backgrounds, and every refusal.

use crate::support;

use http::StatusCode;
use serde_json::json;
use support::{backgrounds_body, backgrounds_path, create_meeting, image, post, post_as};
use wemeet_mock::MockServer;
use wemeet_sign::{Credentials, Signer};
use wemeet_types::ErrorCode;
use wemeet_types::{AddMeetingBackgroundsResponse, ResponseBody};

async fn refused_with(
    server: &MockServer,
    meeting_id: &str,
    body: serde_json::Value,
    code: ErrorCode,
) -> String {
    let answer = post(server, &backgrounds_path(meeting_id), &body).await;
    // `refusal_code` checks the status against the vocabulary's for the code.
    assert_eq!(answer.refusal_code(), code, "{}", answer.message());
    answer.message()
}

#[tokio::test]
async fn adding_backgrounds_answers_the_documented_response_and_stores_them() {
    let server = MockServer::start().await.expect("start");
    let meeting_id = create_meeting(&server, "creator1").await;
    let mut body = backgrounds_body("creator1", vec![image(1), image(2)]);
    body["default_image_order"] = json!(2);
    let answer = post(&server, &backgrounds_path(&meeting_id), &body).await;
    assert_eq!(answer.status, StatusCode::OK, "{:?}", answer.body);

    let response = AddMeetingBackgroundsResponse::from_body(&answer.body)
        .expect("the client's model decodes it");
    assert_eq!(response.background_number, Some(2));
    let list = response.background_list.expect("background_list");
    let md5s: Vec<_> = list
        .iter()
        .map(|background| background.image_md5.clone().expect("image_md5"))
        .collect();
    assert_eq!(md5s, [format!("{:032x}", 1), format!("{:032x}", 2)]);
    let ids: Vec<String> = list
        .iter()
        .map(|background| background.background_id.clone().expect("id"))
        .collect();
    assert_eq!(
        response.selected_background_id.as_ref(),
        Some(&ids[1]),
        "order 2 selects the second image"
    );
    assert_ne!(ids[0], ids[1]);

    let stored = server.backgrounds(&meeting_id).expect("the meeting exists");
    assert_eq!(
        stored
            .iter()
            .map(|background| &background.background_id)
            .collect::<Vec<_>>(),
        ids.iter().collect::<Vec<_>>()
    );
    assert_eq!(
        stored[0].image_url,
        "https://example.cos.myqcloud.com/background-1.png"
    );
    assert_eq!(
        server.selected_background(&meeting_id),
        Some(ids[1].clone())
    );
}

#[tokio::test]
async fn an_unknown_meeting_is_202001() {
    let server = MockServer::start().await.expect("start");
    refused_with(
        &server,
        "6524541286408448530",
        backgrounds_body("creator1", vec![image(1)]),
        ErrorCode::MEETING_LOOKUP_FAILED,
    )
    .await;
}

#[tokio::test]
async fn another_enterprises_meeting_is_202001() {
    let other = Credentials::builder()
        .app_id("corp-other")
        .secret_id("other-id")
        .secret_key("other-key")
        .build();
    let server = MockServer::builder()
        .credentials(other.clone())
        .start()
        .await
        .expect("start");
    let meeting_id = create_meeting(&server, "creator1").await;
    let answer = post_as(
        &server,
        &Signer::new(other),
        &backgrounds_path(&meeting_id),
        &backgrounds_body("creator1", vec![image(1)]),
    )
    .await;
    assert_eq!(answer.error_code(), ErrorCode::MEETING_LOOKUP_FAILED);
    assert_eq!(server.backgrounds(&meeting_id), Some(vec![]));
}

#[tokio::test]
async fn only_the_creator_may_add_backgrounds_9042() {
    let server = MockServer::start().await.expect("start");
    let meeting_id = create_meeting(&server, "creator1").await;
    let message = refused_with(
        &server,
        &meeting_id,
        backgrounds_body("someone-else", vec![image(1)]),
        ErrorCode::NO_PERMISSION,
    )
    .await;
    assert!(message.contains("someone-else"), "{message}");
    // The newer form names the operator with operator_id (type 1: userid).
    let mut body = backgrounds_body("creator1", vec![image(1)]);
    body["operator_id"] = json!("intruder");
    body["operator_id_type"] = json!(1);
    refused_with(&server, &meeting_id, body, ErrorCode::NO_PERMISSION).await;
    assert_eq!(server.backgrounds(&meeting_id), Some(vec![]));
}

#[tokio::test]
async fn at_most_seven_backgrounds_per_meeting_in_total_20018() {
    let server = MockServer::start().await.expect("start");
    let meeting_id = create_meeting(&server, "creator1").await;
    let path = backgrounds_path(&meeting_id);
    refused_with(
        &server,
        &meeting_id,
        backgrounds_body("creator1", (0..8).map(image).collect()),
        ErrorCode::BACKGROUND_LIMIT_EXCEEDED,
    )
    .await;
    let five = post(
        &server,
        &path,
        &backgrounds_body("creator1", (0..5).map(image).collect()),
    )
    .await;
    assert_eq!(five.status, StatusCode::OK);
    let message = refused_with(
        &server,
        &meeting_id,
        backgrounds_body("creator1", (5..8).map(image).collect()),
        ErrorCode::BACKGROUND_LIMIT_EXCEEDED,
    )
    .await;
    assert!(message.contains('7'), "{message}");
    let two = post(
        &server,
        &path,
        &backgrounds_body("creator1", (5..7).map(image).collect()),
    )
    .await;
    assert_eq!(two.status, StatusCode::OK, "exactly 7 is allowed");
    assert_eq!(
        server.backgrounds(&meeting_id).map(|list| list.len()),
        Some(7)
    );
    refused_with(
        &server,
        &meeting_id,
        backgrounds_body("creator1", vec![image(9)]),
        ErrorCode::BACKGROUND_LIMIT_EXCEEDED,
    )
    .await;
    assert_eq!(
        server.backgrounds(&meeting_id).map(|list| list.len()),
        Some(7)
    );
}

#[tokio::test]
async fn default_image_order_must_be_within_the_list_20026() {
    let server = MockServer::start().await.expect("start");
    let meeting_id = create_meeting(&server, "creator1").await;
    for order in [0, 3, -1] {
        let mut body = backgrounds_body("creator1", vec![image(1), image(2)]);
        body["default_image_order"] = json!(order);
        let message = refused_with(
            &server,
            &meeting_id,
            body,
            ErrorCode::BACKGROUND_ORDER_OUT_OF_RANGE,
        )
        .await;
        assert!(message.contains("default_image_order"), "{message}");
    }
    assert_eq!(server.backgrounds(&meeting_id), Some(vec![]));
}

#[tokio::test]
async fn image_md5_must_be_an_md5_190004() {
    let server = MockServer::start().await.expect("start");
    let meeting_id = create_meeting(&server, "creator1").await;
    for md5 in ["c8c7xxxxxxxxxxxxxxxxxxxxxxxx8a2e", "abc", ""] {
        let body = backgrounds_body(
            "creator1",
            vec![
                image(1),
                json!({"image_md5": md5, "image_url": "https://x.example/a.png"}),
            ],
        );
        let message = refused_with(&server, &meeting_id, body, ErrorCode::INVALID_PARAMETER).await;
        assert!(message.contains("`image_list[1].image_md5`"), "{message}");
    }
}

#[tokio::test]
async fn other_parameter_errors() {
    let server = MockServer::start().await.expect("start");
    let meeting_id = create_meeting(&server, "creator1").await;
    let message = refused_with(
        &server,
        &meeting_id,
        backgrounds_body("creator1", vec![]),
        ErrorCode::INVALID_PARAMETER,
    )
    .await;
    assert!(message.contains("`image_list`"), "{message}");
    let bad_url = backgrounds_body(
        "creator1",
        vec![json!({"image_md5": format!("{:032x}", 1), "image_url": "flower.png"})],
    );
    refused_with(
        &server,
        &meeting_id,
        bad_url,
        ErrorCode::BACKGROUND_IMAGE_URL_INVALID,
    )
    .await;
    let message = refused_with(
        &server,
        &meeting_id,
        json!({"userid": "creator1", "instanceid": 1, "image_list": [{"image_url": "https://x.example/a.png"}]}),
        ErrorCode::INVALID_PARAMETER,
    )
    .await;
    assert!(message.contains("`image_list[0].image_md5`"), "{message}");
    let mut body = backgrounds_body("creator1", vec![image(1)]);
    body["operator_id_type"] = json!(2);
    refused_with(&server, &meeting_id, body, ErrorCode::INVALID_PARAMETER).await;
}

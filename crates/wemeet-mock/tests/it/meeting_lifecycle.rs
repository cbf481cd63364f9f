//! The calls around create, add backgrounds and set live-stream address, on the mock's state: get meeting,
//! cancel meeting, set default background and read push-stream info, with the documented refusals.

use crate::support;

use http::{Method, StatusCode};
use serde_json::{Value, json};
use support::{
    Answer, backgrounds_body, backgrounds_path, create_meeting, image, live_stream_body,
    live_stream_path, post, push_entry, send, signed,
};
use wemeet_mock::{MeetingState, MockServer};
use wemeet_types::ErrorCode;

const CREATOR: &str = "creator1";
const HOST: &str = "host1";

async fn get(server: &MockServer, target: &str) -> Answer {
    send(
        server,
        signed(&server.signer(), Method::GET, target, Vec::new()),
    )
    .await
    .unwrap()
}

async fn put(server: &MockServer, target: &str, body: &Value) -> Answer {
    let bytes = serde_json::to_vec(body).unwrap();
    send(server, signed(&server.signer(), Method::PUT, target, bytes))
        .await
        .unwrap()
}

fn query(operator: &str) -> String {
    format!("operator_id={operator}&operator_id_type=1&instanceid=1")
}

async fn get_meeting(server: &MockServer, meeting_id: &str, operator: &str) -> Answer {
    get(
        server,
        &format!("/v1/meetings/{meeting_id}?{}", query(operator)),
    )
    .await
}

async fn cancel(server: &MockServer, meeting_id: &str, userid: &str) -> Answer {
    let body =
        json!({"userid": userid, "instanceid": 1, "reason_code": 1, "reason_detail": "取消会议"});
    post(server, &format!("/v1/meetings/{meeting_id}/cancel"), &body).await
}

async fn set_default(
    server: &MockServer,
    meeting_id: &str,
    operator: &str,
    background: &str,
) -> Answer {
    let body = json!({
        "instanceid": 1,
        "selected_background_id": background,
        "operator_id": operator,
        "operator_id_type": 1
    });
    put(
        server,
        &format!("/v1/meetings/{meeting_id}/default-backgrounds"),
        &body,
    )
    .await
}

async fn push_info(server: &MockServer, meeting_id: &str, operator: &str) -> Answer {
    let target = format!(
        "/v1/meetings/{meeting_id}/live-play/push-stream-info?{}",
        query(operator)
    );
    get(server, &target).await
}

/// A meeting of `CREATOR` with `HOST` as its host.
async fn meeting_with_host(server: &MockServer) -> String {
    let mut body = support::create_body(CREATOR);
    body["hosts"] = json!([HOST]);
    let answer = post(server, support::CREATE, &body).await;
    assert_eq!(answer.status, StatusCode::OK);
    answer.json()["meeting_info_list"][0]["meeting_id"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn get_meeting_answers_what_create_stored_and_its_status() {
    let server = MockServer::start().await.unwrap();
    let meeting_id = create_meeting(&server, CREATOR).await;
    let answer = get_meeting(&server, &meeting_id, CREATOR).await;
    assert_eq!(answer.status, StatusCode::OK, "{:?}", answer.json());
    let body = answer.json();
    assert_eq!(body["meeting_number"], 1);
    let meeting = &body["meeting_info_list"][0];
    let sent = support::create_body(CREATOR);
    assert_eq!(meeting["meeting_id"], meeting_id);
    assert_eq!(meeting["subject"], sent["subject"]);
    assert_eq!(meeting["start_time"], sent["start_time"]);
    assert_eq!(meeting["end_time"], sent["end_time"]);
    // The users the request named by ID come back as user objects (`{"userid": ...}`), the current docs' form.
    let as_objects = |users: &Value| -> Value {
        users
            .as_array()
            .unwrap()
            .iter()
            .map(|userid| json!({ "userid": userid }))
            .collect()
    };
    assert_eq!(meeting["hosts"], as_objects(&sent["hosts"]));
    assert_eq!(meeting["participants"], as_objects(&sent["invitees"]));
    assert_eq!(meeting["settings"]["mute_enable_join"], true);
    assert_eq!(meeting["status"], "MEETING_STATE_INIT");
    assert_eq!(meeting["password"], "1111", "the creator sees the password");

    let other = get_meeting(&server, &meeting_id, "someone-else")
        .await
        .json();
    let other = &other["meeting_info_list"][0];
    assert_eq!(
        other["password"],
        Value::Null,
        "only the creator sees the password"
    );
    assert_eq!(other["need_password"], true);

    server.start_meeting(&meeting_id);
    let started = get_meeting(&server, &meeting_id, CREATOR).await.json();
    assert_eq!(
        started["meeting_info_list"][0]["status"],
        "MEETING_STATE_STARTED"
    );

    let missing = get_meeting(&server, "1234567890123456789", CREATOR).await;
    assert_eq!(missing.refusal_code(), ErrorCode::MEETING_NOT_EXIST);
}

#[tokio::test]
async fn cancel_cancels_once_and_refuses_started_ended_and_foreign_meetings() {
    let server = MockServer::start().await.unwrap();
    let meeting_id = create_meeting(&server, CREATOR).await;

    assert_eq!(
        cancel(&server, &meeting_id, "not-the-creator")
            .await
            .refusal_code(),
        ErrorCode::NO_PERMISSION
    );
    let answer = cancel(&server, &meeting_id, CREATOR).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert!(answer.body.is_empty(), "success is an empty body");
    assert_eq!(
        server.meeting_state(&meeting_id),
        Some(MeetingState::Cancelled)
    );
    let status = get_meeting(&server, &meeting_id, CREATOR).await.json();
    assert_eq!(
        status["meeting_info_list"][0]["status"],
        "MEETING_STATE_CANCELLED"
    );
    assert_eq!(
        cancel(&server, &meeting_id, CREATOR).await.refusal_code(),
        ErrorCode::MEETING_CANCELLED
    );

    let started = create_meeting(&server, CREATOR).await;
    server.start_meeting(&started);
    assert_eq!(
        cancel(&server, &started, CREATOR).await.refusal_code(),
        ErrorCode::MEETING_STARTED
    );
    server.end_meeting(&started);
    assert_eq!(
        cancel(&server, &started, CREATOR).await.refusal_code(),
        ErrorCode::MEETING_ENDED
    );

    assert_eq!(
        cancel(&server, "1234567890123456789", CREATOR)
            .await
            .refusal_code(),
        ErrorCode::MEETING_NOT_EXIST
    );
}

#[tokio::test]
async fn a_cancelled_meeting_takes_no_more_backgrounds_addresses_or_default_background() {
    let server = MockServer::start().await.unwrap();
    let meeting_id = create_meeting(&server, CREATOR).await;
    assert_eq!(
        cancel(&server, &meeting_id, CREATOR).await.status,
        StatusCode::OK
    );

    let backgrounds = post(
        &server,
        &backgrounds_path(&meeting_id),
        &backgrounds_body(CREATOR, vec![image(1)]),
    )
    .await;
    assert_eq!(backgrounds.refusal_code(), ErrorCode::MEETING_LOOKUP_FAILED);
    let live = post(
        &server,
        &live_stream_path(&meeting_id),
        &live_stream_body(CREATOR, vec![push_entry(2, "dGVzdA==")]),
    )
    .await;
    assert_eq!(live.refusal_code(), ErrorCode::LIVE_MEETING_ID_INVALID);
    assert_eq!(
        set_default(&server, &meeting_id, CREATOR, "")
            .await
            .refusal_code(),
        ErrorCode::MEETING_NOT_EXIST
    );
}

#[tokio::test]
async fn the_default_background_is_one_the_meeting_has_or_the_black_one() {
    let server = MockServer::start().await.unwrap();
    let meeting_id = meeting_with_host(&server).await;
    let added = post(
        &server,
        &backgrounds_path(&meeting_id),
        &backgrounds_body(CREATOR, vec![image(1), image(2)]),
    )
    .await
    .json();
    let second = added["background_list"][1]["background_id"]
        .as_str()
        .unwrap()
        .to_owned();

    assert_eq!(
        set_default(&server, &meeting_id, CREATOR, &second)
            .await
            .status,
        StatusCode::OK
    );
    assert_eq!(
        server.selected_background(&meeting_id),
        Some(second.clone())
    );
    // Setting it again changes nothing: the PUT may be repeated.
    assert_eq!(
        set_default(&server, &meeting_id, HOST, &second)
            .await
            .status,
        StatusCode::OK
    );
    assert_eq!(server.selected_background(&meeting_id), Some(second));

    let unknown = set_default(
        &server,
        &meeting_id,
        CREATOR,
        "ffffffffffffffffffffffffffffffff",
    )
    .await;
    assert_eq!(unknown.refusal_code(), ErrorCode::BACKGROUND_NOT_EXIST);
    let stranger = set_default(&server, &meeting_id, "stranger", "").await;
    assert_eq!(stranger.refusal_code(), ErrorCode::NO_PERMISSION);

    assert_eq!(
        set_default(&server, &meeting_id, CREATOR, "").await.status,
        StatusCode::OK
    );
    assert_eq!(
        server.selected_background(&meeting_id),
        None,
        "the empty id restores the black background"
    );
}

#[tokio::test]
async fn push_stream_info_answers_what_was_set_to_the_creator_before_and_hosts_during_the_meeting()
{
    let server = MockServer::start().await.unwrap();
    let meeting_id = meeting_with_host(&server).await;
    let entry = push_entry(2, "MTIzdGVzdA==");
    let set = post(
        &server,
        &live_stream_path(&meeting_id),
        &live_stream_body(CREATOR, vec![entry.clone()]),
    )
    .await;
    assert_eq!(set.status, StatusCode::OK);

    let answer = push_info(&server, &meeting_id, CREATOR).await;
    assert_eq!(answer.status, StatusCode::OK, "{:?}", answer.json());
    assert_eq!(
        answer.json()["push_stream_info"],
        json!([entry]),
        "as set, with the wire spelling"
    );

    assert_eq!(
        push_info(&server, &meeting_id, HOST).await.refusal_code(),
        ErrorCode::NOT_CREATOR_OR_HOST
    );
    server.start_meeting(&meeting_id);
    assert_eq!(
        push_info(&server, &meeting_id, HOST).await.status,
        StatusCode::OK
    );
    assert_eq!(
        push_info(&server, &meeting_id, CREATOR)
            .await
            .refusal_code(),
        ErrorCode::NOT_CREATOR_OR_HOST
    );
}

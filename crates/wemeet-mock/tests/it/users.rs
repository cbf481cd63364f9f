//! Enterprise users over real HTTP: created, read by `userid` and by `uuid`, updated, enabled and disabled,
//! listed page by page and by cursor, and deleted, each as the users docs say, with the documented codes.

use http::Method;
use serde_json::{Value, json};
use wemeet_mock::MockServer;
use wemeet_sign::{Credentials, Signer};
use wemeet_types::ErrorCode;

use crate::api_calls::{call, call_as, code, ok};
use crate::support::Answer;

/// The operator of every call, in a query string.
const OPERATOR: &str = "operator_id=admin&operator_id_type=1";

fn create_body(userid: &str, phone: &str) -> Value {
    json!({
        "userid": userid,
        "username": format!("{userid} name"),
        "phone": phone,
        "job_title": "developer",
        "entry_time": 1_628_495_795,
        "operator_id": "admin",
        "operator_id_type": 1
    })
}

async fn create(server: &MockServer, userid: &str, phone: &str) -> Value {
    ok(&call(
        server,
        Method::POST,
        "/v1/users",
        Some(create_body(userid, phone)),
    )
    .await)
}

async fn get(server: &MockServer, userid: &str) -> Answer {
    call(
        server,
        Method::GET,
        &format!("/v1/users/{userid}?{OPERATOR}"),
        None,
    )
    .await
}

async fn enable(server: &MockServer, userid: &str, enable: bool) -> Answer {
    let body = json!({ "enable": enable, "operator_id": "admin", "operator_id_type": 1 });
    call(
        server,
        Method::PUT,
        &format!("/v1/users/{userid}/enable"),
        Some(body),
    )
    .await
}

async fn update(server: &MockServer, userid: &str, changes: Value) -> Answer {
    let mut body = json!({ "operator_id": "admin", "operator_id_type": 1 });
    body.as_object_mut()
        .expect("object")
        .extend(changes.as_object().cloned().unwrap_or_default());
    call(
        server,
        Method::PUT,
        &format!("/v1/users/{userid}"),
        Some(body),
    )
    .await
}

#[tokio::test]
async fn a_user_is_created_read_changed_and_deleted_as_the_docs_say() {
    let server = MockServer::start().await.expect("start");
    let created = create(&server, "alice", "13800000001").await;
    assert_eq!(created["userid"], "alice");
    let uuid = created["uuid"].as_str().expect("a uuid").to_owned();
    assert_eq!(uuid.len(), 18, "{uuid}");

    let read = ok(&get(&server, "alice").await);
    assert_eq!(
        (read["uuid"].as_str(), read["status"].as_str()),
        (Some(uuid.as_str()), Some("3")),
        "not activated"
    );
    assert_eq!(read["username"], "alice name");
    assert_eq!(read["entry_time"], "2021-08-09");
    let by_uuid = ok(&call(
        &server,
        Method::GET,
        &format!("/v1/users?uuid={uuid}&{OPERATOR}"),
        None,
    )
    .await);
    assert_eq!(by_uuid["userid"], "alice");

    let again = call(
        &server,
        Method::POST,
        "/v1/users",
        Some(create_body("alice", "13800000009")),
    )
    .await;
    assert_eq!(
        code(&again),
        ErrorCode::USER_EXISTS_OR_ROOM_BOOKING_RECURRING
    );
    let same_phone = call(
        &server,
        Method::POST,
        "/v1/users",
        Some(create_body("bob", "13800000001")),
    )
    .await;
    assert_eq!(code(&same_phone), ErrorCode::PHONE_IN_USE);

    ok(&update(
        &server,
        "alice",
        json!({ "username": "Alice B", "phone": "13800000002" }),
    )
    .await);
    let read = ok(&get(&server, "alice").await);
    assert_eq!(
        (read["username"].as_str(), read["phone"].as_str()),
        (Some("Alice B"), Some("13800000002"))
    );
    assert_eq!(
        read["job_title"], "developer",
        "fields not sent stay as they were"
    );

    assert_eq!(
        code(&enable(&server, "alice", false).await),
        ErrorCode::USER_MISSING_OR_INACTIVE
    );
    assert!(server.activate_user("alice"));
    ok(&enable(&server, "alice", false).await);
    assert_eq!(ok(&get(&server, "alice").await)["status"], "4");
    let disabled = update(&server, "alice", json!({ "username": "x" })).await;
    assert_eq!(
        code(&disabled),
        ErrorCode::USER_UNAVAILABLE_OR_ROOM_NOT_BOOKABLE
    );
    ok(&enable(&server, "alice", true).await);
    assert_eq!(ok(&get(&server, "alice").await)["status"], "1");
    let fixed_phone = update(&server, "alice", json!({ "phone": "13800000003" })).await;
    assert_eq!(
        code(&fixed_phone),
        ErrorCode::INVALID_PARAMETER,
        "an activated user's phone stays"
    );

    ok(&call(
        &server,
        Method::DELETE,
        &format!("/v1/users/alice?{OPERATOR}"),
        None,
    )
    .await);
    let missing = ErrorCode::USER_NOT_EXIST_OR_ROOM_BOOKING_TOO_LONG;
    assert_eq!(code(&get(&server, "alice").await), missing);
    let by_uuid = call(
        &server,
        Method::GET,
        &format!("/v1/users?uuid={uuid}&{OPERATOR}"),
        None,
    )
    .await;
    assert_eq!(code(&by_uuid), missing);
    let twice = call(
        &server,
        Method::DELETE,
        &format!("/v1/users/alice?{OPERATOR}"),
        None,
    )
    .await;
    assert_eq!(code(&twice), missing);
    assert_eq!(code(&enable(&server, "alice", true).await), missing);
    assert!(server.users().is_empty());

    let again = create(&server, "alice", "13800000001").await;
    assert_ne!(
        again["uuid"].as_str(),
        Some(uuid.as_str()),
        "a new user, a new uuid"
    );
    let new_uuid = again["uuid"].as_str().expect("uuid");
    ok(&call(
        &server,
        Method::DELETE,
        &format!("/v1/users?uuid={new_uuid}&{OPERATOR}"),
        None,
    )
    .await);
    assert_eq!(code(&get(&server, "alice").await), missing);
}

#[tokio::test]
async fn the_lists_yield_every_user_once_by_page_and_by_cursor() {
    let server = MockServer::start().await.expect("start");
    let userids: Vec<String> = (0..5).map(|n| format!("u{n}")).collect();
    for (n, userid) in userids.iter().enumerate() {
        create(&server, userid, &format!("1380000010{n}")).await;
    }
    assert!(server.activate_user("u1") && server.activate_user("u3"));

    let mut listed = Vec::new();
    for page in 1..=3 {
        let answer = ok(&call(
            &server,
            Method::GET,
            &format!("/v1/users/list?page={page}&page_size=2&{OPERATOR}"),
            None,
        )
        .await);
        assert_eq!(
            (
                answer["total_count"].as_i64(),
                answer["current_page"].as_i64()
            ),
            (Some(5), Some(page))
        );
        assert_eq!(
            answer["current_size"].as_i64(),
            Some(if page == 3 { 1 } else { 2 })
        );
        listed.extend(userids_of(&answer));
    }
    assert_eq!(listed, userids);

    let mut listed = Vec::new();
    let mut pos = String::new();
    for _ in 0..5 {
        let answer = ok(&call(
            &server,
            Method::GET,
            &format!("/v1/users/advance/list?size=2&pos={pos}&{OPERATOR}"),
            None,
        )
        .await);
        listed.extend(userids_of(&answer));
        if answer["has_remaining"] == json!(false) {
            break;
        }
        pos = answer["next_pos"].as_str().expect("next_pos").to_owned();
    }
    assert_eq!(listed, userids);

    let active = ok(&call(
        &server,
        Method::GET,
        &format!("/v1/users/advance/list?status=1&{OPERATOR}"),
        None,
    )
    .await);
    assert_eq!(userids_of(&active), ["u1", "u3"]);
    let bad_pos = call(
        &server,
        Method::GET,
        &format!("/v1/users/advance/list?pos=%21%21&{OPERATOR}"),
        None,
    )
    .await;
    assert_eq!(code(&bad_pos), ErrorCode::INVALID_PARAMETER);
}

#[tokio::test]
async fn an_enterprise_sees_only_its_own_users() {
    let server = MockServer::start().await.expect("start");
    let other = Credentials::builder()
        .app_id("corp-2")
        .secret_id("secret-id-2")
        .secret_key("secret-key-2")
        .build();
    server.register(other.clone());
    create(&server, "alice", "13800000001").await;
    let other = Signer::new(other);
    let read = call_as(
        &server,
        &other,
        Method::GET,
        &format!("/v1/users/alice?{OPERATOR}"),
        None,
    )
    .await;
    assert_eq!(
        code(&read),
        ErrorCode::USER_NOT_EXIST_OR_ROOM_BOOKING_TOO_LONG
    );
    let list = call_as(
        &server,
        &other,
        Method::GET,
        &format!("/v1/users/list?page=1&page_size=20&{OPERATOR}"),
        None,
    )
    .await;
    assert_eq!(ok(&list)["total_count"], 0);
    let own = call_as(
        &server,
        &other,
        Method::POST,
        "/v1/users",
        Some(create_body("alice", "13800000001")),
    )
    .await;
    assert_eq!(
        ok(&own)["userid"],
        "alice",
        "the same userid and phone in another enterprise"
    );
}

fn userids_of(answer: &Value) -> Vec<String> {
    answer["users"]
        .as_array()
        .expect("users")
        .iter()
        .map(|user| user["userid"].as_str().expect("userid").to_owned())
        .collect()
}

//! Create meeting through real HTTP: the documented answer, the stored meeting, and every refusal.

use crate::support;

use http::StatusCode;
use serde_json::{Value, json};
use support::{CREATE, create_body, post, post_bytes};
use wemeet_mock::{MockServer, Outcome};
use wemeet_types::ErrorCode;
use wemeet_types::endpoints::CreateMeeting;
use wemeet_types::{CreateMeetingResponse, ResponseBody};

fn all_digits(text: &str) -> bool {
    text.bytes().all(|byte| byte.is_ascii_digit())
}

#[tokio::test]
async fn a_create_answers_the_documented_response_and_stores_the_meeting() {
    let server = MockServer::start().await.expect("start");
    let answer = post(&server, CREATE, &create_body("tester")).await;
    assert_eq!(answer.status, StatusCode::OK, "{:?}", answer.body);
    assert!(
        answer.headers["content-type"]
            .to_str()
            .expect("ascii")
            .starts_with("application/json")
    );

    let response = CreateMeetingResponse::from_body(&answer.body)
        .expect("the client's model decodes the answer");
    assert_eq!(response.meeting_number, Some(1));
    let list = response.meeting_info_list.expect("meeting_info_list");
    let [info] = list.as_slice() else {
        panic!("one meeting, got {list:?}")
    };
    let meeting_id = info.meeting_id.clone().expect("meeting_id");
    let meeting_code = info.meeting_code.clone().expect("meeting_code");
    assert!(
        meeting_id.len() == 19 && all_digits(&meeting_id),
        "{meeting_id}"
    );
    assert!(
        meeting_code.len() == 9 && all_digits(&meeting_code),
        "{meeting_code}"
    );
    assert!(
        info.join_url
            .as_deref()
            .is_some_and(|url| url.starts_with("https://wemeet.qq.com/w/"))
    );

    let body = answer.json();
    let info = &body["meeting_info_list"][0];
    assert_eq!(info["subject"], "tester's meeting");
    assert_eq!(info["password"], "1111");
    assert_eq!(info["start_time"], "1572172200");
    assert_eq!(info["end_time"], "1572175800");
    // Users come back as objects, the form of the current docs and the official response models, although the
    // request named them by ID.
    assert_eq!(info["hosts"], json!([{"userid": "tester"}]));
    assert_eq!(
        info["participants"],
        json!([{"userid": "test1"}, {"userid": "guest1"}, {"userid": "guest2"}])
    );
    assert_eq!(info["settings"], create_body("tester")["settings"]);

    let stored = server.meeting(&meeting_id).expect("stored");
    assert_eq!(
        (stored.meeting_code.as_str(), stored.creator.as_str()),
        (meeting_code.as_str(), "tester")
    );
    assert_eq!(stored.join_url, info["join_url"]);
    assert_eq!(server.backgrounds(&meeting_id), Some(vec![]));
    assert_eq!(server.requests()[0].outcome, Outcome::Accepted);
}

#[tokio::test]
async fn hosts_default_to_the_caller_and_user_objects_are_accepted() {
    let server = MockServer::start().await.expect("start");
    let mut body = create_body("alice");
    let object = body.as_object_mut().expect("object");
    object.remove("hosts");
    object.remove("password");
    object.insert(
        "invitees".into(),
        json!([{"userid": "bob", "is_anonymous": "false"}, "carol"]),
    );
    let answer = post(&server, CREATE, &body).await;
    assert_eq!(answer.status, StatusCode::OK, "{:?}", answer.body);
    let info = &answer.json()["meeting_info_list"][0];
    assert_eq!(info["hosts"], json!([{"userid": "alice"}]));
    assert_eq!(
        info["participants"],
        json!([{"userid": "bob", "is_anonymous": false}, {"userid": "carol"}]),
        "invitees come back as user objects whichever form they were sent in, `is_anonymous` a boolean as the \
         answer's docs type it"
    );
    assert!(
        info.get("password").is_none(),
        "no password was set: {info}"
    );
}

#[tokio::test]
async fn every_create_gets_its_own_meeting() {
    let server = MockServer::start().await.expect("start");
    for _ in 0..20 {
        assert_eq!(
            post(&server, CREATE, &create_body("tester")).await.status,
            StatusCode::OK
        );
    }
    let meetings = server.meetings();
    let mut ids: Vec<&str> = meetings
        .iter()
        .map(|meeting| meeting.meeting_id.as_str())
        .collect();
    let mut codes: Vec<&str> = meetings
        .iter()
        .map(|meeting| meeting.meeting_code.as_str())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!((ids.len(), codes.len()), (20, 20));
}

async fn refused(server: &MockServer, body: &[u8]) -> String {
    let answer = post_bytes(server, CREATE, body).await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{:?}", answer.body);
    assert_eq!(
        answer.error_code(),
        ErrorCode::INVALID_PARAMETER,
        "{}",
        answer.message()
    );
    answer.message()
}

fn without(field: &str) -> Vec<u8> {
    let mut body = create_body("tester");
    body.as_object_mut().expect("object").remove(field);
    serde_json::to_vec(&body).expect("encode")
}

fn with(path: &[&str], value: Value) -> Vec<u8> {
    let mut body = create_body("tester");
    let mut target = &mut body;
    for key in path {
        target = &mut target[*key];
    }
    *target = value;
    serde_json::to_vec(&body).expect("encode")
}

#[tokio::test]
async fn malformed_json_is_190004() {
    let server = MockServer::start().await.expect("start");
    for body in [
        &b"{"[..],
        b"",
        b"not json",
        b"[]",
        b"{\"userid\":\"tester\"} {}",
    ] {
        refused(&server, body).await;
    }
    assert!(server.meetings().is_empty());
    assert_eq!(server.ledger().of::<CreateMeeting>().rejected, 5);
}

#[tokio::test]
async fn every_missing_required_field_is_190004_naming_it() {
    let server = MockServer::start().await.expect("start");
    for field in [
        "userid",
        "instanceid",
        "subject",
        "type",
        "start_time",
        "end_time",
    ] {
        let message = refused(&server, &without(field)).await;
        assert!(
            message.contains(&format!("`{field}`")),
            "{field}: {message}"
        );
    }
    assert!(server.meetings().is_empty());
}

#[tokio::test]
async fn settings_and_each_of_their_fields_may_be_left_out() {
    // The current create-meeting page (and every official SDK) requires neither `settings` nor any of its
    // fields; the seed page required `settings` and six of them.
    let server = MockServer::start().await.expect("start");
    let mut bodies = vec![without("settings")];
    for field in [
        "mute_enable_join",
        "allow_unmute_self",
        "participant_video",
        "enable_record",
        "play_ivr_on_leave",
        "live_url",
    ] {
        let mut body = create_body("tester");
        body["settings"]
            .as_object_mut()
            .expect("object")
            .remove(field);
        bodies.push(serde_json::to_vec(&body).expect("encode"));
    }
    for body in &bodies {
        let answer = post_bytes(&server, CREATE, body).await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.message());
    }
    assert_eq!(server.meetings().len(), bodies.len());
}

#[tokio::test]
async fn a_wrong_type_is_190004_naming_the_field() {
    let server = MockServer::start().await.expect("start");
    let cases: [(&[&str], Value, &str); 5] = [
        (&["instanceid"], json!("1"), "`instanceid`"),
        (&["type"], json!(true), "`type`"),
        (&["start_time"], json!(1_572_172_200), "`start_time`"),
        (
            &["settings", "live_url"],
            json!("no"),
            "`settings.live_url`",
        ),
        (&["hosts"], json!("tester"), "`hosts`"),
    ];
    for (path, value, named) in cases {
        let message = refused(&server, &with(path, value)).await;
        assert!(message.contains(named), "{named}: {message}");
    }
}

#[tokio::test]
async fn the_servers_rules_are_190004_naming_the_field() {
    let server = MockServer::start().await.expect("start");
    let cases: [(&[&str], Value, &str); 5] = [
        (&["userid"], json!(" "), "`userid`"),
        (&["subject"], json!(""), "`subject`"),
        (&["subject"], json!("x".repeat(129)), "`subject`"),
        (&["type"], json!(7), "`type`"),
        (&["end_time"], json!("1572172200"), "`end_time`"),
    ];
    for (path, value, named) in cases {
        let message = refused(&server, &with(path, value)).await;
        assert!(message.contains(named), "{named}: {message}");
    }
    assert!(server.meetings().is_empty());
    // The limits themselves are accepted.
    assert_eq!(
        post_bytes(&server, CREATE, &with(&["subject"], json!("x".repeat(128))))
            .await
            .status,
        StatusCode::OK
    );
}

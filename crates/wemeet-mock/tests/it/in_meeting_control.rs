//! In-meeting control over HTTP: people joining through the handle, the control calls acting on them, and what the
//! handle then reads of the participants and the meeting.

use http::{Method, StatusCode};
use serde_json::{Value, json};
use wemeet_mock::{MeetingState, MockServer, Participant};
use wemeet_types::{ErrorCode, ParticipantRole};

use crate::support::{Answer, call, create_meeting, post};

async fn put(server: &MockServer, target: &str, body: &Value) -> Answer {
    call(server, Method::PUT, target, Some(body)).await
}

fn control(meeting_id: &str, action: &str) -> String {
    format!("/v1/real-control/meetings/{meeting_id}/{action}")
}

fn target(ms_open_id: &str) -> Value {
    json!({ "to_operator_id": ms_open_id, "to_operator_id_type": 4, "instanceid": 1 })
}

#[tokio::test]
async fn control_calls_change_what_the_real_time_list_holds() {
    let server = MockServer::start().await.expect("start");
    let meeting = create_meeting(&server, "creator").await;
    assert_eq!(server.join("no-such-meeting", Participant::new("x")), None);
    server
        .join(&meeting, Participant::new("creator"))
        .expect("the creator joins");
    assert_eq!(
        server.meeting_state(&meeting),
        Some(MeetingState::Started),
        "the first to join starts it"
    );
    let bob = server
        .join(&meeting, Participant::new("bob").user_name("Bob"))
        .expect("bob joins");
    let carol = server
        .join(&meeting, Participant::new("carol"))
        .expect("carol joins");

    let operator = json!({ "operator_id": "creator", "operator_id_type": 1, "instanceid": 1 });
    let mut mute = operator.clone();
    mute["mute"] = true.into();
    mute["user"] = target(&bob);
    let answer = put(&server, &control(&meeting, "mutes"), &mute).await;
    assert_eq!(answer.status, StatusCode::OK, "{:?}", answer.body);
    assert!(answer.body.is_empty(), "an empty body, as the page says");

    let mut cohost = operator.clone();
    cohost["action"] = true.into();
    cohost["user"] = target(&carol);
    assert_eq!(
        put(&server, &control(&meeting, "cohosts"), &cohost)
            .await
            .status,
        StatusCode::OK
    );

    let participants = server.participants(&meeting).expect("the meeting");
    let bob_now = participants
        .iter()
        .find(|p| p.ms_open_id == bob)
        .expect("bob");
    assert!(!bob_now.audio_state);
    assert_eq!(bob_now.user_name, "Bob");
    let carol_now = participants
        .iter()
        .find(|p| p.ms_open_id == carol)
        .expect("carol");
    assert_eq!(carol_now.user_role, ParticipantRole::Cohost);

    let mut kick = operator.clone();
    kick["allow_rejoin"] = false.into();
    kick["users"] = json!([target(&bob)]);
    assert_eq!(
        put(&server, &control(&meeting, "kickout"), &kick)
            .await
            .status,
        StatusCode::OK
    );
    let left: Vec<String> = server
        .participants(&meeting)
        .expect("the meeting")
        .into_iter()
        .map(|p| p.userid)
        .collect();
    assert_eq!(left, ["creator", "carol"]);
    assert_eq!(
        server.join(&meeting, Participant::new("bob")),
        None,
        "removed for good"
    );
}

#[tokio::test]
async fn dismissing_empties_the_meeting_and_control_calls_then_find_it_over() {
    let server = MockServer::start().await.expect("start");
    let meeting = create_meeting(&server, "creator").await;
    let mut mute = json!({ "instanceid": 1, "mute": true, "user": target("nobody") });
    let early = put(&server, &control(&meeting, "mutes"), &mute).await;
    assert_eq!(early.refusal_code(), ErrorCode::MEETING_NOT_IN_PROGRESS);

    server
        .join(&meeting, Participant::new("creator"))
        .expect("joins");
    let answer = put(&server, &control(&meeting, "mutes"), &mute).await;
    assert_eq!(answer.refusal_code(), ErrorCode::MEMBER_NOT_IN_MEETING);
    assert!(answer.message().contains("nobody"), "{}", answer.message());

    let dismiss = json!({ "operator_id": "creator", "operator_id_type": 1, "instanceid": 1, "reason_code": 1 });
    let target_path = format!("/v1/meetings/{meeting}/dismiss");
    assert_eq!(
        post(&server, &target_path, &dismiss).await.status,
        StatusCode::OK
    );
    assert_eq!(server.meeting_state(&meeting), Some(MeetingState::Ended));
    assert_eq!(server.participants(&meeting), Some(Vec::new()));
    let again = post(&server, &target_path, &dismiss).await;
    assert_eq!(again.refusal_code(), ErrorCode::MEETING_NOT_IN_PROGRESS);
    mute["user"] = target("anyone");
    let late = put(&server, &control(&meeting, "mutes"), &mute).await;
    assert_eq!(late.refusal_code(), ErrorCode::MEETING_NOT_IN_PROGRESS);
}

#[tokio::test]
async fn settings_and_transcription_read_back_through_the_handle() {
    let server = MockServer::start().await.expect("start");
    let meeting = create_meeting(&server, "creator").await;
    server
        .join(&meeting, Participant::new("creator"))
        .expect("joins");
    let settings = json!({ "operator_id": "creator", "operator_id_type": 1, "instanceid": 1,
                           "meeting_locked": true, "allow_chat": 1 });
    assert_eq!(
        put(&server, &control(&meeting, "status"), &settings)
            .await
            .status,
        StatusCode::OK
    );
    let asr = json!({ "operator_id": "creator", "operator_id_type": 1, "instance_id": 1, "is_open": true });
    let answer = put(&server, &control(&meeting, "asr"), &asr).await;
    assert_eq!(answer.json(), json!({ "code": 0, "message": "OK" }));
    let controls = server.in_meeting_controls(&meeting).expect("the meeting");
    assert_eq!(controls.meeting_locked, Some(true));
    assert!(controls.asr_open);
    assert_eq!(
        server.join(&meeting, Participant::new("late")),
        None,
        "a locked meeting"
    );
    let names = json!({ "operator_id": "creator", "operator_id_type": 1, "instanceid": 1,
                        "users": [{ "ms_open_id": "nobody", "instanceid": 1, "nick_name": "x" }] });
    let answer = put(&server, &control(&meeting, "names"), &names).await;
    assert_eq!(answer.refusal_code(), ErrorCode::MEMBER_NOT_IN_MEETING);
}

#[tokio::test]
async fn the_real_time_list_reports_what_the_controls_did() {
    use wemeet_types::OperatorIdType;
    use wemeet_types::meetings::{
        ListRealTimeParticipants, ListRealTimeParticipantsPath, ListRealTimeParticipantsRequest,
    };

    let server = MockServer::start().await.expect("start");
    let meeting = create_meeting(&server, "creator").await;
    server
        .join(&meeting, Participant::new("creator"))
        .expect("the creator joins");
    let bob = server
        .join(&meeting, Participant::new("bob"))
        .expect("bob joins");
    assert!(server.share_screen(&meeting, &bob));
    let operator = json!({ "operator_id": "creator", "operator_id_type": 1, "instanceid": 1 });
    for (action, field, value) in [("mutes", "mute", true), ("cohosts", "action", true)] {
        let mut body = operator.clone();
        body[field] = value.into();
        body["user"] = target(&bob);
        let answer = put(&server, &control(&meeting, action), &body).await;
        assert_eq!(answer.status, StatusCode::OK, "{action}: {:?}", answer.body);
    }
    let list = || async {
        let request = ListRealTimeParticipantsRequest::builder()
            .operator_id("creator")
            .operator_id_type(OperatorIdType::Userid)
            .page(1)
            .page_size(20)
            .build();
        let path = ListRealTimeParticipantsPath::new(&meeting);
        crate::typed_calls::ok::<ListRealTimeParticipants>(&server, &path, &request)
            .await
            .participants
            .unwrap_or_default()
    };
    let before = list().await;
    let listed = before
        .iter()
        .find(|p| p.ms_open_id.as_deref() == Some(bob.as_str()))
        .expect("bob is listed");
    assert_eq!(
        (
            listed.audio_state,
            listed.user_role,
            listed.screen_shared_state
        ),
        (Some(false), Some(ParticipantRole::Cohost), Some(true))
    );

    let mut stop = operator.clone();
    stop["user"] = target(&bob);
    let answer = put(&server, &control(&meeting, "screen-shared"), &stop).await;
    assert_eq!(answer.status, StatusCode::OK, "{:?}", answer.body);
    let mut wait = operator.clone();
    wait["operate_type"] = 2.into();
    wait["users"] = json!([target(&bob)]);
    let answer = put(&server, &control(&meeting, "waiting-room"), &wait).await;
    assert_eq!(answer.status, StatusCode::OK, "{:?}", answer.body);
    let after: Vec<Option<String>> = list().await.into_iter().map(|p| p.userid).collect();
    assert_eq!(after, [Some("creator".to_owned())], "bob waits outside");
    assert_eq!(
        server
            .waiting_room(&meeting)
            .expect("the meeting")
            .iter()
            .map(|p| (p.userid.as_str(), p.screen_shared_state))
            .collect::<Vec<_>>(),
        [("bob", false)]
    );
}

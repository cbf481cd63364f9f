//! Meeting rooms over HTTP: the demo rooms listed a page at a time, a room updated and read back, booked to a
//! meeting and released, called (over HTTP or by the handle), answered and cancelled.

use http::{Method, StatusCode};
use serde_json::{Value, json};
use wemeet_mock::{MeetingRoom, MockServer};
use wemeet_types::ErrorCode;
use wemeet_types::rooms::RoomCallResponseStatus;

use crate::support::{Answer, call, create_meeting, post};

const OPERATOR: &str = "operator_id=admin&operator_id_type=1";

fn room_ids(list: &Value) -> Vec<String> {
    list["meeting_room_list"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|room| room["meeting_room_id"].as_str().map(str::to_owned))
        .collect()
}

#[tokio::test]
async fn rooms_are_listed_a_page_at_a_time_and_an_update_reads_back() {
    let server = MockServer::start().await.expect("start");
    let first = call(
        &server,
        Method::GET,
        &format!("/v1/meeting-rooms?{OPERATOR}&page=1&page_size=2"),
        None,
    )
    .await;
    assert_eq!(first.status, StatusCode::OK, "{:?}", first.body);
    let first = first.json();
    assert_eq!(
        (first["total_count"].as_i64(), first["total_page"].as_i64()),
        (Some(3), Some(2))
    );
    assert_eq!(room_ids(&first), ["100001", "100002"]);

    assert!(
        server.add_meeting_room(MeetingRoom::new("200001", "Lab").location("深圳", "科技园", "2"))
    );
    let second = call(
        &server,
        Method::GET,
        &format!("/v1/meeting-rooms?{OPERATOR}&page=2&page_size=2"),
        None,
    )
    .await;
    assert_eq!(room_ids(&second.json()), ["100003", "200001"]);

    let update = json!({ "operator_id": "admin", "operator_id_type": 1, "instance_id": 1, "meeting_room_id": "200001",
                         "scheduled_status": true,
                         "meeting_room_info": { "meeting_room_name": "Lab 2", "meeting_room_type": 0,
                                                "participant_number": 6 } });
    let answer = call(
        &server,
        Method::PUT,
        "/v1/meeting-rooms/modify",
        Some(&update),
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK, "{:?}", answer.body);
    let room = call(
        &server,
        Method::GET,
        &format!("/v1/meeting-rooms/200001?{OPERATOR}"),
        None,
    )
    .await
    .json();
    assert_eq!(room["basic_info"]["meeting_room_name"], "Lab 2");
    assert_eq!(room["basic_info"]["participant_number"], 6);
    assert_eq!(room["basic_info"]["city"], "深圳");
    assert_eq!(room["scheduled_status"], 1);
    let unknown = call(
        &server,
        Method::GET,
        &format!("/v1/meeting-rooms/404?{OPERATOR}"),
        None,
    )
    .await;
    assert_eq!(unknown.refusal_code(), ErrorCode::MEETING_ROOM_QUERY_FAILED);

    server.reset();
    let rooms: Vec<String> = server
        .meeting_rooms()
        .into_iter()
        .map(|room| room.meeting_room_id)
        .collect();
    assert_eq!(
        rooms,
        ["100001", "100002", "100003"],
        "reset brings the demo rooms back"
    );
}

#[tokio::test]
async fn a_room_is_booked_listed_with_its_meeting_and_released() {
    let server = MockServer::start().await.expect("start");
    let meeting = create_meeting(&server, "creator").await;
    let body = json!({ "operator_id": "creator", "operator_id_type": 1, "meeting_room_id_list": ["100003"] });
    let booked = post(
        &server,
        &format!("/v1/meetings/{meeting}/book-rooms"),
        &body,
    )
    .await;
    assert_eq!(booked.status, StatusCode::OK, "{:?}", booked.body);
    assert_eq!(
        booked.json()["meeting_room_list"][0]["meeting_room_name"],
        "会议室测试3"
    );
    assert_eq!(
        server.booked_rooms(&meeting),
        Some(vec!["100003".to_owned()])
    );

    let listed = call(
        &server,
        Method::GET,
        "/v1/meeting-rooms/admin/meetings?operator_id_type=1&instanceid=1&target_rooms_id=100003&target_rooms_id_type=5",
        None,
    )
    .await
    .json();
    assert_eq!(
        listed["meeting_info_list"][0]["meeting_id"],
        meeting.as_str()
    );

    let closed = json!({ "operator_id": "creator", "operator_id_type": 1, "meeting_room_id_list": ["100001"] });
    let refused = post(
        &server,
        &format!("/v1/meetings/{meeting}/book-rooms"),
        &closed,
    )
    .await;
    assert_eq!(
        refused.refusal_code(),
        ErrorCode::USER_UNAVAILABLE_OR_ROOM_NOT_BOOKABLE
    );

    let released = post(
        &server,
        &format!("/v1/meetings/{meeting}/release-rooms"),
        &body,
    )
    .await;
    assert_eq!(released.status, StatusCode::OK, "{:?}", released.body);
    assert_eq!(server.booked_rooms(&meeting), Some(Vec::new()));
}

#[tokio::test]
async fn a_called_room_answers_and_the_status_reports_it() {
    let server = MockServer::start().await.expect("start");
    let meeting = create_meeting(&server, "creator").await;
    let body = json!({ "operator_id": "creator", "operator_id_type": 1, "meeting_room_id": "100003",
                       "meeting_id": meeting.parse::<u64>().expect("numeric") });
    let placed = call(
        &server,
        Method::PUT,
        "/v1/meeting-rooms/room-call",
        Some(&body),
    )
    .await;
    assert_eq!(placed.status, StatusCode::OK, "{:?}", placed.body);
    let placed = placed.json();
    assert_eq!(placed["status"], 2);
    let invite_id = placed["invite_id"]
        .as_str()
        .expect("an invite id")
        .to_owned();
    assert_eq!(server.room_calls()[0].invite_id, invite_id);

    let status_body = json!({ "operator_id": "creator", "operator_id_type": 1, "instance_id": 1,
                              "meeting_room_id": "100003", "meeting_id": meeting });
    let status = |answer: Answer| answer.json()["status"].as_u64();
    let calling = post(&server, "/v1/meeting-rooms/room-call-info", &status_body).await;
    assert_eq!(
        status(calling),
        Some(u64::from(u32::from(RoomCallResponseStatus::Calling)))
    );
    assert!(server.answer_room_call(&invite_id, true));
    assert!(
        !server.answer_room_call(&invite_id, false),
        "answered already"
    );
    let accepted = post(&server, "/v1/meeting-rooms/room-call-info", &status_body).await;
    assert_eq!(
        status(accepted),
        Some(u64::from(u32::from(RoomCallResponseStatus::Accepted)))
    );

    let mut cancel = status_body.clone();
    cancel["invite_id"] = invite_id.into();
    let late = call(
        &server,
        Method::PUT,
        "/v1/meeting-rooms/cancel-room-call",
        Some(&cancel),
    )
    .await;
    assert_eq!(
        late.refusal_code(),
        ErrorCode::INVALID_PARAMETER,
        "an answered call is not cancelled"
    );

    let unreachable = json!({ "operator_id": "creator", "operator_id_type": 1, "meeting_room_id": "100001",
                              "meeting_id": meeting.parse::<u64>().expect("numeric") });
    let refused = call(
        &server,
        Method::PUT,
        "/v1/meeting-rooms/room-call",
        Some(&unreachable),
    )
    .await;
    assert_eq!(refused.refusal_code(), ErrorCode::ROOM_CALL_FAILED);
}

#[tokio::test]
async fn a_call_the_handle_places_is_being_called_and_cancelled_by_its_invite_id() {
    let server = MockServer::start().await.expect("start");
    let meeting = create_meeting(&server, "creator").await;
    assert_eq!(
        server.call_room(&meeting, "100001"),
        None,
        "a room with no device online takes no call"
    );
    assert_eq!(server.call_room("1234", "100003"), None, "no such meeting");
    let invite_id = server
        .call_room(&meeting, "100003")
        .expect("the demo room takes calls");
    let placed = server.room_calls();
    assert_eq!(placed.len(), 1);
    assert_eq!(
        (
            placed[0].invite_id.as_str(),
            placed[0].meeting_id.as_str(),
            placed[0].status
        ),
        (
            invite_id.as_str(),
            meeting.as_str(),
            RoomCallResponseStatus::Calling
        )
    );

    let cancel = json!({ "operator_id": "creator", "operator_id_type": 1, "instance_id": 1,
                         "meeting_room_id": "100003", "meeting_id": meeting, "invite_id": invite_id });
    let cancelled = call(
        &server,
        Method::PUT,
        "/v1/meeting-rooms/cancel-room-call",
        Some(&cancel),
    )
    .await;
    assert_eq!(cancelled.status, StatusCode::OK, "{:?}", cancelled.body);
    assert!(server.room_calls().is_empty(), "a cancelled call is gone");
}

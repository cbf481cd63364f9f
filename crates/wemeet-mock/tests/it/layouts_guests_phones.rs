//! Layouts, guests, telephone call-outs and extension apps over HTTP, read back through the API where it can and
//! through the handle where no endpoint reads them.

use http::{Method, StatusCode};
use serde_json::json;
use wemeet_mock::{MockServer, StoredLayout};
use wemeet_types::ErrorCode;

use crate::support::{call, create_meeting, post};

#[tokio::test]
async fn layouts_are_added_applied_and_read_back() {
    let server = MockServer::start().await.expect("start");
    let meeting = create_meeting(&server, "creator").await;
    let body = json!({ "operator_id": "creator", "operator_id_type": 1, "instanceid": 1,
        "layout_list": [{ "page_list": [{ "layout_template_id": "1",
            "user_seat_list": [{ "grid_id": "10", "grid_type": 1, "userid": "test1", "username": "joker" }] }] }] });
    let added = post(&server, &format!("/v1/meetings/{meeting}/layouts"), &body).await;
    assert_eq!(added.status, StatusCode::OK, "{:?}", added.body);
    let added = added.json();
    let layout_id = added["layout_list"][0]["layout_id"]
        .as_str()
        .expect("an id")
        .to_owned();
    assert_eq!(added["selected_layout_id"], layout_id.as_str());

    let advanced = json!({ "operator_id": "creator", "operator_id_type": 1, "instanceid": 1,
        "layout_list": [{ "layout_name": "panel", "page_list": [{ "layout_template_id": "3",
            "user_seat_list": [{ "grid_id": "1", "grid_type": 1, "video_type": 1 }] }] }] });
    let advanced = post(
        &server,
        &format!("/v1/meetings/{meeting}/advanced-layouts"),
        &advanced,
    )
    .await;
    let advanced_id = advanced.json()["layout_list"][0]["layout_id"]
        .as_str()
        .expect("an id")
        .to_owned();

    let apply = json!({ "operator_id": "creator", "operator_id_type": 1, "instanceid": 1, "layout_id": advanced_id });
    let target = format!("/v1/meetings/{meeting}/applying-layout");
    let applied = call(&server, Method::PUT, &target, Some(&apply)).await;
    assert_eq!(applied.status, StatusCode::OK, "{:?}", applied.body);
    let layouts = server.layouts(&meeting).expect("the meeting");
    assert_eq!(layouts.applied.as_deref(), Some(advanced_id.as_str()));
    let ids: Vec<&str> = layouts
        .layouts
        .iter()
        .map(StoredLayout::layout_id)
        .collect();
    assert_eq!(ids, [layout_id.as_str(), advanced_id.as_str()]);
    assert!(matches!(layouts.layouts[1], StoredLayout::Advanced(_)));

    let unknown = json!({ "operator_id": "creator", "operator_id_type": 1, "instanceid": 1, "layout_id": "nope" });
    let refused = call(&server, Method::PUT, &target, Some(&unknown)).await;
    assert_eq!(refused.refusal_code(), ErrorCode::INVALID_PARAMETER);
}

#[tokio::test]
async fn guests_read_back_what_was_set() {
    let server = MockServer::start().await.expect("start");
    let meeting = create_meeting(&server, "creator").await;
    let set = json!({ "userid": "creator", "instanceid": 1,
                      "guests": [{ "area": "86", "phone_number": "13800000001", "guest_name": "Ann" }] });
    let answer = call(
        &server,
        Method::PUT,
        &format!("/v1/guests/{meeting}"),
        Some(&set),
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK, "{:?}", answer.body);
    let read = call(
        &server,
        Method::GET,
        &format!("/v1/guests/{meeting}?userid=creator&instanceid=1"),
        None,
    )
    .await;
    let read = read.json();
    assert_eq!(read["meeting_id"], meeting.as_str());
    assert_eq!(
        read["guests"],
        json!([{ "area": "86", "phone_number": "13800000001", "guest_name": "Ann" }])
    );
    let other = call(
        &server,
        Method::GET,
        &format!("/v1/guests/{meeting}?userid=bob&instanceid=1"),
        None,
    )
    .await;
    assert_eq!(other.refusal_code(), ErrorCode::NO_PERMISSION);
}

#[tokio::test]
async fn phones_are_called_per_number_and_extension_apps_bound() {
    let server = MockServer::start().await.expect("start");
    let meeting = create_meeting(&server, "creator").await;
    let body = json!({ "operator_id": "creator", "operator_id_type": 1,
                       "phone_numbers": [{ "area": 86, "phone": "13888888888", "nick_name": "Ann" },
                                         { "area": 33, "phone": "123456789" }] });
    let answer = post(
        &server,
        &format!("/v1/meeting/{meeting}/phone/callout"),
        &body,
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK, "{:?}", answer.body);
    let answer = answer.json();
    assert_eq!(answer["phone_numbers"][0]["status"], "START_INVITE");
    assert_eq!(answer["invalid_phone_numbers"][0]["phone"], "123456789");
    let calls = server.phone_calls(&meeting).expect("the meeting");
    assert_eq!(
        (calls.len(), calls[0].nick_name.as_deref()),
        (1, Some("Ann"))
    );

    let toolkit = json!({ "userid": "creator", "instanceid": 1, "meeting_id": meeting,
                          "tool_list": [{ "tool_appid": "2001", "tool_sdkid": "1001" }] });
    let bound = post(&server, "/v1/app/toolkit", &toolkit).await;
    assert_eq!(bound.status, StatusCode::OK, "{:?}", bound.body);
    let bound = server.meeting_toolkit(&meeting).expect("bound");
    assert_eq!(bound.tool_list[0].tool_appid, "2001");
}

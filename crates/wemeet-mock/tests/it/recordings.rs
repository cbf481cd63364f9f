//! Cloud recordings over real HTTP: a meeting ends and its recording appears, is listed, read with its
//! addresses, transcript and smart minutes, shared, and deleted, with the recording events delivered to a
//! subscription.

use std::time::{SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use base64::prelude::BASE64_STANDARD;
use http::Method;
use serde_json::{Value, json};
use wemeet_mock::{MockServer, RecordingContent, StoredRecordFile, Subscription};
use wemeet_types::ErrorCode;
use wemeet_webhook::{Event, Webhook};

use crate::api_calls::{call, code, ok};
use crate::support::create_meeting;
use crate::support::event_sink::EventSink;

/// The creator and only host of the meetings recorded here.
const HOST: &str = "alice";
/// Who else speaks, and may not manage the recordings.
const GUEST: &str = "bob";

/// A server whose events go to a fresh sink.
async fn subscribed() -> (MockServer, EventSink) {
    let server = MockServer::start().await.expect("start");
    let webhook = Webhook::from_settings("recordingsToken0000000001", None).expect("webhook");
    let sink = EventSink::start(webhook.clone()).await;
    server
        .subscribe(Subscription::new(sink.url(), webhook))
        .await
        .expect("subscribe");
    (server, sink)
}

/// A GET of `path` as `operator` with `query` added, which must succeed.
async fn read(server: &MockServer, path: &str, operator: &str, query: &str) -> Value {
    let answer = call(
        server,
        Method::GET,
        &format!("{path}?operator_id={operator}&operator_id_type=1&{query}"),
        None,
    )
    .await;
    ok(&answer)
}

fn now() -> i64 {
    i64::try_from(
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .expect("clock")
            .as_secs(),
    )
    .expect("seconds")
}

/// The recordings `operator` lists over the last hour.
async fn list(server: &MockServer, operator: &str, query: &str) -> Value {
    let range = format!(
        "start_time={}&end_time={}&{query}",
        now() - 3600,
        now() + 60
    );
    read(server, "/v1/records", operator, &range).await
}

fn content() -> RecordingContent {
    RecordingContent::new()
        .line(HOST, "Welcome, everyone. Let us review the budget.")
        .line(GUEST, "The budget is on track.")
        .size(2048)
}

/// A meeting of `HOST` that started and ended with a recording of `content`.
async fn recorded_meeting(server: &MockServer) -> (String, StoredRecordFile) {
    let meeting_id = create_meeting(server, HOST).await;
    assert!(
        server.add_recording(&meeting_id, content()).is_none(),
        "a meeting not started has no recording"
    );
    assert!(server.start_meeting(&meeting_id));
    let file = server
        .end_meeting_with_recording(&meeting_id, content())
        .expect("recorded");
    (meeting_id, file)
}

fn decoded(text: &Value) -> String {
    let bytes = BASE64_STANDARD
        .decode(text.as_str().expect("base64 text"))
        .expect("base64");
    String::from_utf8(bytes).expect("UTF-8")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_meetings_recording_is_listed_read_and_reported() {
    let (server, sink) = subscribed().await;
    let (meeting_id, file) = recorded_meeting(&server).await;
    let (file_id, record_id) = (
        file.record_file_id.as_str(),
        file.meeting_record_id.as_str(),
    );
    assert_eq!(file.record_size, 2048);

    let completed = sink.wait_for("recording.completed", 1).await;
    let Event::RecordingCompleted(completed) = &completed[0] else {
        panic!("{completed:?}")
    };
    let payload = &completed.payload()[0];
    assert_eq!(
        payload.recording_files.as_deref().unwrap()[0]
            .record_file_id
            .as_deref(),
        Some(file_id)
    );
    assert_eq!(
        payload.meeting_info.as_ref().unwrap().meeting_id.as_deref(),
        Some(meeting_id.as_str())
    );
    let transcripts = sink.wait_for("smart.transcripts", 1).await;
    let Event::SmartTranscripts(transcripts) = &transcripts[0] else {
        panic!("{transcripts:?}")
    };
    assert_eq!(
        transcripts.payload()[0].recording_files.as_deref().unwrap()[0]
            .record_file_id
            .as_deref(),
        Some(file_id)
    );

    let listed = list(&server, HOST, "").await;
    assert_eq!(listed["total_count"], 1);
    let recording = &listed["record_meetings"][0];
    assert_eq!(
        (
            recording["meeting_record_id"].as_str(),
            recording["meeting_id"].as_str()
        ),
        (Some(record_id), Some(meeting_id.as_str()))
    );
    assert_eq!(recording["host_user_id"], HOST);
    assert_eq!(recording["record_files"][0]["record_file_id"], file_id);
    assert_eq!(recording["record_files"][0]["record_size"], 2048);
    assert_eq!(recording["record_files"][0]["sharing_state"], 0);
    assert_eq!(
        list(&server, GUEST, "").await["total_count"],
        0,
        "not a meeting of the guest"
    );
    assert_eq!(
        list(&server, GUEST, &format!("meeting_id={meeting_id}")).await["total_count"],
        1
    );
    assert_eq!(
        list(&server, HOST, "query_record_type=2").await["total_count"],
        0,
        "no upload"
    );
    let old = format!("start_time={}&end_time={}", now() - 7200, now() - 3600);
    assert_eq!(
        read(&server, "/v1/records", HOST, &old).await["total_count"],
        0
    );
    let too_long = format!(
        "/v1/records?operator_id={HOST}&operator_id_type=1&start_time=0&end_time={}",
        32 * 86_400
    );
    assert_eq!(
        code(&call(&server, Method::GET, &too_long, None).await),
        ErrorCode::INVALID_PARAMETER
    );

    let details = read(&server, &format!("/v1/addresses/{file_id}"), HOST, "").await;
    assert_eq!(
        (
            details["record_file_id"].as_str(),
            details["meeting_id"].as_str()
        ),
        (Some(file_id), Some(meeting_id.as_str()))
    );
    assert!(
        details["view_address"]
            .as_str()
            .is_some_and(|url| url.contains(file_id))
    );
    assert_eq!(details["ai_minutes"].as_array().map(Vec::len), Some(1));
    let addresses = read(
        &server,
        "/v1/addresses",
        HOST,
        &format!("meeting_record_id={record_id}"),
    )
    .await;
    assert_eq!(addresses["record_files"][0]["record_file_id"], file_id);
    assert_eq!(addresses["total_count"], 1);

    let query = format!("record_file_id={file_id}&meeting_id={meeting_id}");
    let transcript = read(&server, "/v1/records/transcripts/details", HOST, &query).await;
    let paragraphs = transcript["minutes"]["paragraphs"]
        .as_array()
        .expect("paragraphs");
    assert_eq!(paragraphs.len(), 2);
    assert_eq!(paragraphs[1]["speaker_info"]["userid"], GUEST);
    assert_eq!(paragraphs[0]["sentences"][1]["words"][0]["text"], "Let");
    assert_eq!(transcript["more"], false);
    let first = read(
        &server,
        "/v1/records/transcripts/details",
        HOST,
        &format!("{query}&limit=1"),
    )
    .await;
    assert_eq!(
        (
            first["minutes"]["paragraphs"].as_array().map(Vec::len),
            first["more"].as_bool()
        ),
        (Some(1), Some(true))
    );
    let rest = read(
        &server,
        "/v1/records/transcripts/details",
        HOST,
        &format!("{query}&pid=1&limit=1"),
    )
    .await;
    assert_eq!(
        (
            rest["minutes"]["paragraphs"][0]["pid"].as_str(),
            rest["more"].as_bool()
        ),
        (Some("1"), Some(false))
    );
    let spans = read(&server, "/v1/records/transcripts/paragraphs", HOST, &query).await;
    assert_eq!(spans["total"], 2);
    assert_eq!(spans["pids"][1]["start_time"], paragraphs[1]["start_time"]);
    let found = read(
        &server,
        "/v1/records/transcripts/search",
        HOST,
        &format!("{query}&text=budget"),
    )
    .await;
    let hits: Vec<(&str, &str)> = found["hits"]
        .as_array()
        .expect("hits")
        .iter()
        .map(|hit| (hit["pid"].as_str().unwrap(), hit["sid"].as_str().unwrap()))
        .collect();
    assert_eq!(hits, [("0", "1"), ("1", "2")]);

    let smart = format!("record_file_id={file_id}");
    let summary = read(&server, "/v1/smart/fullsummary", HOST, &smart).await;
    assert!(
        decoded(&summary["ai_summary"]).contains("Welcome, everyone."),
        "{summary}"
    );
    let chapters = read(&server, "/v1/smart/chapters", HOST, &smart).await;
    assert_eq!(
        decoded(&chapters["chapter_list"][1]["chapter_name"]),
        "The budget is on track."
    );
    let topics = read(&server, "/v1/smart/topics", HOST, &smart).await;
    assert_eq!(
        topics["ai_topic_list"][0]["topic_time"]
            .as_array()
            .map(Vec::len),
        Some(2)
    );
    let speakers = read(
        &server,
        "/v1/smart/speakers",
        HOST,
        &format!("{smart}&page=2&page_size=1"),
    )
    .await;
    assert_eq!(speakers["total_count"], 2);
    assert_eq!(speakers["speaker_list"][0]["speaker_id"], GUEST);

    // A recording the mock never held: the reads without documented errors answer their examples.
    let example = read(
        &server,
        "/v1/records/transcripts/paragraphs",
        HOST,
        "record_file_id=1465500000000069281",
    )
    .await;
    assert_eq!(example["total"], 4, "the docs' example");
    let unknown = call(
        &server,
        Method::GET,
        &format!("/v1/addresses/1?operator_id={HOST}&operator_id_type=1"),
        None,
    )
    .await;
    assert_eq!(code(&unknown), ErrorCode::RECORD_FILE_NOT_FOUND);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sharing_settings_are_changed_by_a_manager_and_read_back() {
    let (server, sink) = subscribed().await;
    let (meeting_id, file) = recorded_meeting(&server).await;
    let path = format!("/v1/records/settings/{}", file.meeting_record_id);

    let before = read(&server, &path, HOST, "").await;
    assert_eq!(before["sharing_config"]["enable_sharing"], false);
    assert_eq!(before["meeting_id"], meeting_id.as_str());
    assert_eq!(
        before["meeting_record_name"], "tester's meeting",
        "the meeting's subject"
    );

    let settings = |operator: &str| {
        json!({
            "operator_id": operator,
            "operator_id_type": 1,
            "sharing_config": { "enable_sharing": true, "password": "abcd1234", "allow_download": true }
        })
    };
    let refused = call(&server, Method::PUT, &path, Some(settings(GUEST))).await;
    assert_eq!(code(&refused), ErrorCode::NO_RESOURCE_PERMISSION);
    let answer = call(&server, Method::PUT, &path, Some(settings(HOST))).await;
    ok(&answer);
    let after = read(&server, &path, HOST, "").await["sharing_config"].clone();
    assert_eq!(
        (
            after["enable_sharing"].as_bool(),
            after["password"].as_str()
        ),
        (Some(true), Some("abcd1234"))
    );
    assert_eq!(
        (
            after["allow_download"].as_bool(),
            after["enable_password"].as_bool()
        ),
        (Some(true), Some(true))
    );
    let shared = &list(&server, HOST, "").await["record_meetings"][0]["record_files"][0];
    assert_eq!(
        (
            shared["sharing_state"].as_i64(),
            shared["password"].as_str()
        ),
        (Some(1), Some("abcd1234"))
    );

    let updated = sink.wait_for("recording.updated", 1).await;
    let Event::RecordingUpdated(updated) = &updated[0] else {
        panic!("{updated:?}")
    };
    let record_info = updated.payload()[0]
        .record_info
        .as_ref()
        .expect("record_info");
    assert_eq!(
        record_info.meeting_record_id.as_deref(),
        Some(file.meeting_record_id.as_str())
    );

    let off_with_password = json!({
        "operator_id": HOST, "operator_id_type": 1,
        "sharing_config": { "enable_sharing": false, "password": "abcd1234" }
    });
    let broken = call(&server, Method::PUT, &path, Some(off_with_password)).await;
    assert_eq!(code(&broken), ErrorCode::INVALID_PARAMETER);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deleted_recordings_are_gone_from_the_lists_and_answer_4051() {
    let (server, sink) = subscribed().await;
    let (meeting_id, first) = recorded_meeting(&server).await;
    let second = server
        .add_recording(&meeting_id, RecordingContent::new())
        .expect("a second file");
    assert_eq!(
        second.meeting_record_id, first.meeting_record_id,
        "one recording per meeting"
    );
    let listed = list(&server, HOST, "").await;
    assert_eq!(
        listed["record_meetings"][0]["record_files"]
            .as_array()
            .map(Vec::len),
        Some(2)
    );

    let path = format!("/v1/records/{}", first.record_file_id);
    let as_guest = call(
        &server,
        Method::DELETE,
        &format!("{path}?operator_id={GUEST}&operator_id_type=1"),
        None,
    )
    .await;
    assert_eq!(code(&as_guest), ErrorCode::NO_RESOURCE_PERMISSION);
    let deleted = call(
        &server,
        Method::DELETE,
        &format!("{path}?operator_id={HOST}&operator_id_type=1"),
        None,
    )
    .await;
    ok(&deleted);
    let event = sink.wait_for("recording.deleted", 1).await;
    let Event::RecordingDeleted(event) = &event[0] else {
        panic!("{event:?}")
    };
    let files: Vec<Option<&str>> = event.payload()[0]
        .recording_files
        .as_deref()
        .unwrap()
        .iter()
        .map(|file| file.record_file_id.as_deref())
        .collect();
    assert_eq!(files, [Some(first.record_file_id.as_str())]);
    assert_eq!(
        event.payload()[0]
            .operator
            .as_ref()
            .and_then(|user| user.userid.as_deref()),
        Some(HOST)
    );

    let listed = list(&server, HOST, "").await;
    let files = listed["record_meetings"][0]["record_files"]
        .as_array()
        .expect("files")
        .clone();
    assert_eq!(files.len(), 1);
    assert_eq!(files[0]["record_file_id"], second.record_file_id.as_str());
    for target in [
        format!(
            "/v1/addresses/{}?operator_id={HOST}&operator_id_type=1",
            first.record_file_id
        ),
        format!("{path}?operator_id={HOST}&operator_id_type=1"),
        format!(
            "/v1/smart/topics?record_file_id={}&operator_id={HOST}&operator_id_type=1",
            first.record_file_id
        ),
    ] {
        let method = if target.starts_with("/v1/records/") {
            Method::DELETE
        } else {
            Method::GET
        };
        assert_eq!(
            code(&call(&server, method, &target, None).await),
            ErrorCode::RECORD_FILE_ALREADY_DELETED,
            "{target}"
        );
    }

    let record_id = &first.meeting_record_id;
    let whole =
        format!("/v1/records?meeting_record_id={record_id}&operator_id={HOST}&operator_id_type=1");
    let wrong_meeting = call(
        &server,
        Method::DELETE,
        &format!("{whole}&meeting_id=1"),
        None,
    )
    .await;
    assert_eq!(code(&wrong_meeting), ErrorCode::MEETING_INFO_NOT_FOUND);
    let gone = call(&server, Method::DELETE, &whole, None).await;
    ok(&gone);
    assert_eq!(list(&server, HOST, "").await["total_count"], 0);
    assert!(server.recordings().is_empty());
    let settings = call(
        &server,
        Method::GET,
        &format!("/v1/records/settings/{record_id}?operator_id={HOST}&operator_id_type=1"),
        None,
    )
    .await;
    assert_eq!(code(&settings), ErrorCode::RECORD_FILE_ALREADY_DELETED);
    let second_path = format!(
        "/v1/addresses/{}?operator_id={HOST}&operator_id_type=1",
        second.record_file_id
    );
    assert_eq!(
        code(&call(&server, Method::GET, &second_path, None).await),
        ErrorCode::RECORD_FILE_ALREADY_DELETED
    );
    let again = call(&server, Method::DELETE, &whole, None).await;
    assert_eq!(code(&again), ErrorCode::RECORD_FILE_ALREADY_DELETED);
    let deletions = sink.wait_for("recording.deleted", 2).await;
    let Event::RecordingDeleted(whole) = &deletions[1] else {
        panic!("{deletions:?}")
    };
    let files = whole.payload()[0]
        .recording_files
        .as_deref()
        .map(<[_]>::len);
    assert_eq!(
        files,
        Some(1),
        "the file left when the whole recording went"
    );
}

//! Many clients at once: every create becomes its own meeting, nothing is lost.

use crate::support;

use std::collections::HashSet;

use http::StatusCode;
use support::{CREATE, create_body, post};
use wemeet_mock::MockServer;
use wemeet_types::endpoints::CreateMeeting;

const TASKS: usize = 32;
const CREATES: usize = 1000;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_creates_from_32_tasks_give_a_thousand_distinct_meetings() {
    let server = std::sync::Arc::new(MockServer::start().await.expect("start"));
    let mut tasks = tokio::task::JoinSet::new();
    for task in 0..TASKS {
        let server = std::sync::Arc::clone(&server);
        // Spread CREATES over TASKS as evenly as possible.
        let count = CREATES / TASKS + usize::from(task < CREATES % TASKS);
        tasks.spawn(async move {
            let mut ids = Vec::with_capacity(count);
            for _ in 0..count {
                let answer = post(&server, CREATE, &create_body(&format!("user-{task}"))).await;
                assert_eq!(answer.status, StatusCode::OK, "{:?}", answer.body);
                let id = answer.json()["meeting_info_list"][0]["meeting_id"]
                    .as_str()
                    .expect("id")
                    .to_owned();
                ids.push(id);
            }
            ids
        });
    }
    let mut answered = Vec::with_capacity(CREATES);
    while let Some(ids) = tasks.join_next().await {
        answered.extend(ids.expect("task"));
    }
    assert_eq!(answered.len(), CREATES);
    let distinct: HashSet<&String> = answered.iter().collect();
    assert_eq!(
        distinct.len(),
        CREATES,
        "every answer names a different meeting"
    );

    let meetings = server.meetings();
    let stored: HashSet<&String> = meetings.iter().map(|meeting| &meeting.meeting_id).collect();
    assert_eq!(
        stored, distinct,
        "the store holds exactly the meetings answered"
    );
    let codes: HashSet<&String> = meetings
        .iter()
        .map(|meeting| &meeting.meeting_code)
        .collect();
    assert_eq!(codes.len(), CREATES, "meeting codes are unique too");
    let stats = server.ledger().of::<CreateMeeting>();
    assert_eq!(
        (stats.received, stats.accepted, stats.rejected),
        (CREATES as u64, CREATES as u64, 0)
    );
    assert_eq!(server.requests().len(), CREATES);
}

//! Participants joining and leaving through the handle reach a subscription as the service's events: the meeting
//! starting on the first join, each join and leave, the end when the last one leaves or a host dismisses it; and an
//! update its `meeting.updated`.

use std::time::{Duration, Instant};

use wemeet_mock::{DeliveryOutcome, MeetingState, MockServer, Participant, Subscription};
use wemeet_types::control::{DismissMeeting, DismissMeetingPath, DismissMeetingRequest};
use wemeet_types::meetings::{UpdateMeeting, UpdateMeetingPath, UpdateMeetingRequest};
use wemeet_types::{InstanceId, OperatorIdType};
use wemeet_webhook::Webhook;

use crate::support::event_sink::EventSink;
use crate::typed_calls::{create, ok};

const TOKEN: &str = "participantEventsToken001";

/// A receiver's URL: it answers the URL verification and acknowledges every event.
async fn receiver() -> String {
    let webhook = Webhook::from_settings(TOKEN, None).expect("a webhook");
    EventSink::start(webhook).await.url()
}

/// The names of the events delivered so far, once `count` are, sorted: each goes on its own task, so they may
/// arrive in any order (as the service's may).
async fn delivered(server: &MockServer, count: usize) -> Vec<&'static str> {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let deliveries: Vec<_> = server
            .deliveries()
            .into_iter()
            .filter(|delivery| matches!(delivery.outcome, DeliveryOutcome::Acknowledged))
            .collect();
        if deliveries.len() >= count || Instant::now() > deadline {
            let mut names: Vec<&'static str> = deliveries
                .into_iter()
                .map(|delivery| delivery.event)
                .collect();
            names.sort_unstable();
            return names;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

async fn subscribed() -> MockServer {
    let server = MockServer::start().await.expect("start");
    let webhook = Webhook::from_settings(TOKEN, None).expect("a webhook");
    server
        .subscribe(Subscription::new(receiver().await, webhook).speed_up(1000))
        .await
        .expect("subscribed");
    server
}

#[tokio::test]
async fn joining_and_leaving_send_the_participant_events_and_the_meetings_start_and_end() {
    let server = subscribed().await;
    let id = create(&server, "tester", "events", 1_900_000_000).await;
    assert_eq!(delivered(&server, 1).await, ["meeting.created"]);
    assert!(
        server
            .join(&id, Participant::new("alice").instanceid(InstanceId::Ios))
            .is_some()
    );
    assert!(server.join(&id, Participant::new("bob")).is_some());
    assert!(server.leave(&id, "alice"));
    assert!(server.leave(&id, "bob"));
    assert_eq!(server.meeting_state(&id), Some(MeetingState::Ended));
    let names = delivered(&server, 7).await;
    assert_eq!(
        names,
        sorted(&[
            "meeting.created",
            "meeting.started",
            "meeting.participant-joined",
            "meeting.participant-joined",
            "meeting.participant-left",
            "meeting.participant-left",
            "meeting.end",
        ])
    );
}

#[tokio::test]
async fn dismissing_a_meeting_sends_everyone_out_then_its_end() {
    let server = subscribed().await;
    let id = create(&server, "tester", "dismissed", 1_900_000_000).await;
    assert!(server.join(&id, Participant::new("alice")).is_some());
    let request = DismissMeetingRequest::builder()
        .operator_id("tester")
        .operator_id_type(OperatorIdType::Userid)
        .instanceid(InstanceId::Pc)
        .reason_code(1)
        .build();
    ok::<DismissMeeting>(&server, &DismissMeetingPath::new(&id), &request).await;
    let names = delivered(&server, 5).await;
    assert_eq!(
        names,
        sorted(&[
            "meeting.created",
            "meeting.started",
            "meeting.participant-joined",
            "meeting.participant-left",
            "meeting.end",
        ])
    );
}

#[test]
fn participants_moved_from_blocking_code_send_their_events_too() {
    // The receiver and the calls run on a runtime of their own; `join` and `leave` are called outside it.
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    let url = runtime.block_on(receiver());
    let server = MockServer::start_blocking().expect("start");
    let webhook = Webhook::from_settings(TOKEN, None).expect("a webhook");
    server
        .subscribe_blocking(Subscription::new(url, webhook).speed_up(1000))
        .expect("subscribed");
    let id = runtime.block_on(create(&server, "tester", "blocking", 1_900_000_000));
    assert!(server.join(&id, Participant::new("alice")).is_some());
    assert!(server.leave(&id, "alice"));
    let names = runtime.block_on(delivered(&server, 5));
    assert_eq!(
        names,
        sorted(&[
            "meeting.created",
            "meeting.started",
            "meeting.participant-joined",
            "meeting.participant-left",
            "meeting.end",
        ])
    );
}

fn sorted(names: &[&'static str]) -> Vec<&'static str> {
    let mut names = names.to_vec();
    names.sort_unstable();
    names
}

#[tokio::test]
async fn an_update_sends_meeting_updated() {
    let server = subscribed().await;
    let id = create(&server, "tester", "before", 1_900_000_000).await;
    let mut update = UpdateMeetingRequest::builder()
        .userid("tester")
        .instanceid(InstanceId::Pc)
        .build();
    update.subject = Some("after".to_owned());
    ok::<UpdateMeeting>(&server, &UpdateMeetingPath::new(&id), &update).await;
    assert_eq!(
        delivered(&server, 2).await,
        sorted(&["meeting.created", "meeting.updated"])
    );
}

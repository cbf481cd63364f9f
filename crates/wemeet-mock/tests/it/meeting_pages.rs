//! Paged lists page: walked through the generated `Paged::next_request`, as both clients walk them, each list of
//! many meetings or participants is seen whole, each entry once, and the walk stops at the last page.

use std::collections::BTreeSet;

use wemeet_mock::{MockServer, Participant};
use wemeet_types::meetings::{
    ListHistoryMeetings, ListHistoryMeetingsPath, ListHistoryMeetingsRequest,
    ListMeetingParticipants, ListMeetingParticipantsPath, ListMeetingParticipantsRequest,
    ListMeetings, ListMeetingsRequest, ListPmiMeetings, ListPmiMeetingsRequest,
    ListRealTimeParticipants, ListRealTimeParticipantsPath, ListRealTimeParticipantsRequest,
    ListWaitingRoomParticipants, ListWaitingRoomParticipantsPath,
    ListWaitingRoomParticipantsRequest, ListWaitingRoomRecords, ListWaitingRoomRecordsPath,
    ListWaitingRoomRecordsRequest,
};
use wemeet_types::{InstanceId, OperatorIdType, Paged};

use crate::typed_calls::{create, ok};

const CREATOR: &str = "tester";
const START: u64 = 1_900_000_000;

/// Walks every page of `E` from `first`, returning the items and the size of each page.
async fn walk<E: Paged>(
    server: &MockServer,
    path: &E::Path,
    first: E::Request,
) -> (Vec<E::Item>, Vec<usize>) {
    let mut request = first;
    let mut items = Vec::new();
    let mut sizes = Vec::new();
    for _ in 0..100 {
        let page = ok::<E>(server, path, &request).await;
        let next = E::next_request(&request, &page);
        let page_items = E::items(page);
        sizes.push(page_items.len());
        items.extend(page_items);
        match next {
            Some(next) => request = next,
            None => return (items, sizes),
        }
    }
    panic!("{} never reached its last page", E::NAME);
}

/// 45 meetings of `CREATOR`, some sharing a start time (the cursor must still tell them apart), and their IDs.
async fn many_meetings(server: &MockServer) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for n in 0..45u64 {
        let start = START + (n / 4) * 600;
        ids.insert(create(server, CREATOR, &format!("meeting {n}"), start).await);
    }
    ids
}

#[tokio::test]
async fn list_meetings_walks_45_meetings_20_at_a_time_each_once() {
    let server = MockServer::start().await.expect("start");
    let ids = many_meetings(&server).await;
    create(&server, "someone-else", "not theirs", START).await;
    let first = ListMeetingsRequest::builder()
        .userid(CREATOR)
        .instanceid(InstanceId::Pc)
        .build();
    let (items, sizes) = walk::<ListMeetings>(&server, &(), first).await;
    assert_eq!(sizes, [20, 20, 5]);
    let seen: Vec<String> = items
        .into_iter()
        .filter_map(|meeting| meeting.meeting_id)
        .collect();
    assert_eq!(seen.len(), 45, "no meeting twice");
    assert_eq!(seen.into_iter().collect::<BTreeSet<_>>(), ids);
}

#[tokio::test]
async fn list_history_meetings_walks_every_ended_meeting_by_page_number() {
    let server = MockServer::start().await.expect("start");
    let ids = many_meetings(&server).await;
    for id in &ids {
        assert!(server.start_meeting(id) && server.end_meeting(id));
    }
    let path = ListHistoryMeetingsPath::new(CREATOR);
    let first = ListHistoryMeetingsRequest::builder()
        .page_size(20)
        .page(1)
        .build();
    let answer = ok::<ListHistoryMeetings>(&server, &path, &first).await;
    assert_eq!(
        (
            answer.total_count,
            answer.total_page,
            answer.current_size,
            answer.current_page
        ),
        (Some(45), Some(3), Some(20), Some(1))
    );
    let (items, sizes) = walk::<ListHistoryMeetings>(&server, &path, first).await;
    assert_eq!(sizes, [20, 20, 5]);
    let seen: BTreeSet<String> = items
        .into_iter()
        .filter_map(|meeting| meeting.meeting_id)
        .collect();
    assert_eq!(seen, ids);
}

#[tokio::test]
async fn participants_page_by_position_and_by_number() {
    let server = MockServer::start().await.expect("start");
    let id = create(&server, CREATOR, "town hall", START).await;
    for n in 0..130 {
        assert!(
            server
                .join(&id, Participant::new(format!("user-{n:03}")))
                .is_some()
        );
    }
    // Ten leave and come back: two stays each in the participant list, one entry each in the real-time list.
    for n in 0..10 {
        let userid = format!("user-{n:03}");
        assert!(server.leave(&id, &userid));
        assert!(server.join(&id, Participant::new(userid)).is_some());
    }

    let path = ListMeetingParticipantsPath::new(&id);
    let first = ListMeetingParticipantsRequest::builder()
        .userid(CREATOR)
        .size(60)
        .build();
    let (stays, sizes) = walk::<ListMeetingParticipants>(&server, &path, first).await;
    assert_eq!(sizes, [60, 60, 20]);
    assert_eq!(
        stays.iter().filter(|stay| stay.left_time.is_some()).count(),
        10
    );

    let path = ListRealTimeParticipantsPath::new(&id);
    let first = ListRealTimeParticipantsRequest::builder()
        .operator_id(CREATOR)
        .operator_id_type(OperatorIdType::Userid)
        .page(1)
        .page_size(50)
        .build();
    let (present, sizes) = walk::<ListRealTimeParticipants>(&server, &path, first).await;
    assert_eq!(sizes, [50, 50, 30]);
    let userids: BTreeSet<String> = present
        .into_iter()
        .filter_map(|member| member.userid)
        .collect();
    assert_eq!(userids.len(), 130);
}

#[tokio::test]
async fn the_waiting_room_pages_who_waits_and_who_came_through() {
    let server = MockServer::start().await.expect("start");
    let id = create(&server, CREATOR, "interviews", START).await;
    assert!(server.join(&id, Participant::new(CREATOR)).is_some());
    for n in 0..25 {
        assert!(
            server
                .enter_waiting_room(&id, Participant::new(format!("guest-{n:02}")))
                .is_some()
        );
    }
    for n in 0..5 {
        assert!(server.admit(&id, &format!("guest-{n:02}")));
    }
    let path = ListWaitingRoomParticipantsPath::new(&id);
    let first = ListWaitingRoomParticipantsRequest::builder()
        .userid(CREATOR)
        .build();
    let (waiting, sizes) = walk::<ListWaitingRoomParticipants>(&server, &path, first).await;
    assert_eq!(
        sizes,
        [10, 10],
        "10 a page by default, the 20 still waiting"
    );
    assert_eq!(waiting[0].userid.as_deref(), Some("guest-05"));

    let path = ListWaitingRoomRecordsPath::new(&id);
    let first = ListWaitingRoomRecordsRequest::builder()
        .operator_id(CREATOR)
        .operator_id_type(OperatorIdType::Userid)
        .page(1)
        .page_size(20)
        .build();
    let (records, sizes) = walk::<ListWaitingRoomRecords>(&server, &path, first).await;
    assert_eq!(sizes, [20, 5], "every stay, admitted ones included");
    assert_eq!(
        records
            .iter()
            .filter(|record| record.left_time.is_some())
            .count(),
        5
    );
}

#[tokio::test]
async fn list_pmi_meetings_walks_every_personal_meeting_held_in_progress_or_ended() {
    let server = MockServer::start().await.expect("start");
    let mut held = BTreeSet::new();
    for n in 0..25 {
        let id = server.open_personal_meeting("alice", &format!("room {n}"));
        if n % 2 == 0 {
            assert!(server.leave(&id, "alice"), "the owner leaves: it ends");
        }
        held.insert(id);
    }
    server.open_personal_meeting("bob", "not alice's");
    create(&server, "alice", "scheduled, not personal", START).await;
    let first = ListPmiMeetingsRequest::builder()
        .operator_id("alice")
        .operator_id_type(OperatorIdType::Userid)
        .instanceid(InstanceId::Pc)
        .build();
    let (items, sizes) = walk::<ListPmiMeetings>(&server, &(), first).await;
    assert_eq!(sizes, [20, 5], "20 a page by default");
    let in_progress = items
        .iter()
        .filter(|meeting| meeting.status == Some(2))
        .count();
    assert_eq!(in_progress, 12);
    let seen: BTreeSet<String> = items
        .into_iter()
        .filter_map(|meeting| meeting.meeting_id)
        .collect();
    assert_eq!(seen, held);
}

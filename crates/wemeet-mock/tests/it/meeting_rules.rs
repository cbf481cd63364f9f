//! The rules of the meetings service's lists beyond paging: who may read each, what each leaves out.

use wemeet_mock::{MockServer, Participant};
use wemeet_types::meetings::{
    ListMeetingParticipants, ListMeetingParticipantsPath, ListMeetingParticipantsRequest,
    ListMeetings, ListMeetingsRequest, ListRealTimeParticipants, ListRealTimeParticipantsPath,
    ListRealTimeParticipantsRequest, ListWaitingRoomParticipants, ListWaitingRoomParticipantsPath,
    ListWaitingRoomParticipantsRequest, ListWaitingRoomRecords, ListWaitingRoomRecordsPath,
    ListWaitingRoomRecordsRequest,
};
use wemeet_types::{
    ErrorCode, InstanceId, MeetingStatus, OperatorIdType, ParticipantRole, UnixSeconds,
};

use crate::typed_calls::{create, ok, refused};

const CREATOR: &str = "tester";
const START: u64 = 1_900_000_000;

fn participants_of(userid: Option<&str>) -> ListMeetingParticipantsRequest {
    let mut request = ListMeetingParticipantsRequest::builder().build();
    request.userid = userid.map(str::to_owned);
    request
}

#[tokio::test]
async fn the_participant_list_is_the_creators_and_names_each_stay_with_its_role() {
    let server = MockServer::start().await.expect("start");
    let id = create(&server, CREATOR, "review", START).await;
    let path = ListMeetingParticipantsPath::new(&id);
    let before =
        ok::<ListMeetingParticipants>(&server, &path, &participants_of(Some(CREATOR))).await;
    assert_eq!(
        (before.participants, before.total_count),
        (Some(Vec::new()), Some(0)),
        "not started: empty"
    );

    assert!(server.join(&id, Participant::new(CREATOR)).is_some());
    assert!(
        server
            .join(
                &id,
                Participant::new("alice")
                    .user_name("Alice")
                    .instanceid(InstanceId::Ios)
            )
            .is_some()
    );
    let list = ok::<ListMeetingParticipants>(&server, &path, &participants_of(Some(CREATOR))).await;
    let stays = list.participants.expect("participants");
    assert_eq!(stays[0].user_role, Some(ParticipantRole::CreatorHost));
    let alice = &stays[1];
    assert_eq!(alice.userid.as_deref(), Some("alice"));
    assert_eq!(
        alice.user_name.as_deref(),
        Some("QWxpY2U="),
        "base64, as the service answers names"
    );
    assert_eq!(alice.instanceid, Some(InstanceId::Ios));
    assert_eq!(alice.user_role, Some(ParticipantRole::Member));
    assert!(alice.ms_open_id.is_some() && alice.join_time.is_some() && alice.left_time.is_none());
    assert_eq!(list.subject.as_deref(), Some("review"));
    assert_eq!(list.schedule_start_time, Some(UnixSeconds::new(START)));

    refused::<ListMeetingParticipants>(
        &server,
        &path,
        &participants_of(Some("alice")),
        ErrorCode::NO_PERMISSION,
    )
    .await;
    let message = refused::<ListMeetingParticipants>(
        &server,
        &path,
        &participants_of(None),
        ErrorCode::INVALID_PARAMETER,
    )
    .await;
    assert!(
        message.contains("`userid`") && message.contains("`operator_id`"),
        "{message}"
    );
    let mut later = participants_of(Some(CREATOR));
    later.start_time = Some(i64::MAX);
    let none = ok::<ListMeetingParticipants>(&server, &path, &later).await;
    assert_eq!(
        none.participants,
        Some(Vec::new()),
        "nobody joined after that"
    );
}

#[tokio::test]
async fn real_time_members_are_for_the_creator_and_hosts_and_leave_the_list_when_they_leave() {
    let server = MockServer::start().await.expect("start");
    let id = create(&server, CREATOR, "live", START).await;
    assert!(server.join(&id, Participant::new("alice")).is_some());
    assert!(server.join(&id, Participant::new("bob")).is_some());
    assert!(server.leave(&id, "alice"));
    let path = ListRealTimeParticipantsPath::new(&id);
    let request = |operator: &str| {
        ListRealTimeParticipantsRequest::builder()
            .operator_id(operator)
            .operator_id_type(OperatorIdType::Userid)
            .page(1)
            .page_size(20)
            .build()
    };
    let now = ok::<ListRealTimeParticipants>(&server, &path, &request(CREATOR)).await;
    assert_eq!(now.status, Some(MeetingStatus::Started));
    let members: Vec<String> = now
        .participants
        .into_iter()
        .flatten()
        .filter_map(|member| member.userid)
        .collect();
    assert_eq!(members, ["bob"]);
    assert_eq!(
        now.subject.as_deref(),
        Some("bGl2ZQ=="),
        "base64, as the page documents"
    );
    refused::<ListRealTimeParticipants>(&server, &path, &request("bob"), ErrorCode::NO_PERMISSION)
        .await;
}

#[tokio::test]
async fn the_waiting_room_shows_only_while_the_meeting_is_in_progress_and_its_records_to_hosts() {
    let server = MockServer::start().await.expect("start");
    let id = create(&server, CREATOR, "clinic", START).await;
    assert!(
        server
            .enter_waiting_room(&id, Participant::new("patient"))
            .is_some()
    );
    let path = ListWaitingRoomParticipantsPath::new(&id);
    let request = ListWaitingRoomParticipantsRequest::builder()
        .userid(CREATOR)
        .build();
    let before = ok::<ListWaitingRoomParticipants>(&server, &path, &request).await;
    assert_eq!(
        before.total_count,
        Some(0),
        "not in progress: an empty list"
    );
    assert!(server.start_meeting(&id));
    let during = ok::<ListWaitingRoomParticipants>(&server, &path, &request).await;
    assert_eq!(during.total_count, Some(1));
    let not_creator = ListWaitingRoomParticipantsRequest::builder()
        .userid("patient")
        .build();
    refused::<ListWaitingRoomParticipants>(&server, &path, &not_creator, ErrorCode::NO_PERMISSION)
        .await;

    let records = |operator: &str| {
        ListWaitingRoomRecordsRequest::builder()
            .operator_id(operator)
            .operator_id_type(OperatorIdType::Userid)
            .page(1)
            .page_size(20)
            .build()
    };
    let path = ListWaitingRoomRecordsPath::new(&id);
    let answer = ok::<ListWaitingRoomRecords>(&server, &path, &records(CREATOR)).await;
    let record = &answer.participants.expect("records")[0];
    assert_eq!(
        record.instanceid.as_deref(),
        Some("1"),
        "a string of the device code"
    );
    assert!(
        record
            .join_time
            .is_some_and(|millis| millis > 1_000_000_000_000),
        "milliseconds"
    );
    refused::<ListWaitingRoomRecords>(
        &server,
        &path,
        &records("patient"),
        ErrorCode::NO_PERMISSION,
    )
    .await;
}

#[tokio::test]
async fn list_meetings_starts_at_pos_and_finds_a_meeting_by_its_code() {
    let server = MockServer::start().await.expect("start");
    let early = create(&server, CREATOR, "early", START).await;
    let late = create(&server, CREATOR, "late", START + 3600).await;
    let list = |pos: Option<i64>| {
        let mut request = ListMeetingsRequest::builder()
            .userid(CREATOR)
            .instanceid(InstanceId::Pc)
            .build();
        request.pos = pos;
        request
    };
    let ids = |answer: wemeet_types::meetings::ListMeetingsResponse| -> Vec<String> {
        answer
            .meeting_info_list
            .into_iter()
            .flatten()
            .filter_map(|meeting| meeting.meeting_id)
            .collect()
    };
    let all = ok::<ListMeetings>(&server, &(), &list(None)).await;
    assert_eq!((all.remaining, all.meeting_number), (Some(0), Some(2)));
    assert_eq!(ids(all), [early.clone(), late.clone()]);
    let from_late =
        ok::<ListMeetings>(&server, &(), &list(Some(i64::try_from(START).unwrap() + 1))).await;
    assert_eq!(ids(from_late), [late]);

    let code = server.meeting(&early).expect("stored").meeting_code;
    let mut by_code = ListMeetingsRequest::builder()
        .userid("anyone")
        .instanceid(InstanceId::Pc)
        .build();
    by_code.meeting_code = Some(code);
    assert_eq!(
        ids(ok::<ListMeetings>(&server, &(), &by_code).await),
        [early]
    );
}

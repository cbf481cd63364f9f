//! What the meetings service does with the meetings it holds: an update shows in get and in the lists, a cancelled
//! or dismissed meeting leaves the lists (and a dismissed one get meeting), invitees set are read back page by page.

use wemeet_mock::{MockServer, Participant};
use wemeet_types::control::{DismissMeeting, DismissMeetingPath, DismissMeetingRequest};
use wemeet_types::meetings::{
    ListHistoryMeetings, ListHistoryMeetingsPath, ListHistoryMeetingsRequest, ListMeetingInvitees,
    ListMeetingInviteesPath, ListMeetingInviteesRequest, ListMeetings, ListMeetingsRequest,
    MeetingInviteeSpec, SetMeetingInvitees, SetMeetingInviteesPath, SetMeetingInviteesRequest,
    UpdateMeeting, UpdateMeetingPath, UpdateMeetingRequest,
};
use wemeet_types::{
    CancelMeeting, CancelMeetingPath, CancelMeetingRequest, ErrorCode, GetMeeting, GetMeetingPath,
    GetMeetingRequest, InstanceId, MeetingDetail, MeetingStatus, OperatorIdType, Paged,
    UnixSeconds, User,
};

use crate::typed_calls::{create, ok, refused};

const CREATOR: &str = "tester";
const START: u64 = 1_900_000_000;

async fn get(server: &MockServer, meeting_id: &str) -> Result<MeetingDetail, ErrorCode> {
    let request = GetMeetingRequest::builder()
        .operator_id(CREATOR)
        .operator_id_type(OperatorIdType::Userid)
        .instanceid(InstanceId::Pc)
        .build();
    crate::typed_calls::call::<GetMeeting>(server, &GetMeetingPath::new(meeting_id), &request)
        .await
        .map(|answer| answer.meeting_info_list.unwrap_or_default().remove(0))
        .map_err(|answer| answer.error_code())
}

async fn listed(server: &MockServer, userid: &str) -> Vec<MeetingDetail> {
    let request = ListMeetingsRequest::builder()
        .userid(userid)
        .instanceid(InstanceId::Pc)
        .build();
    ok::<ListMeetings>(server, &(), &request)
        .await
        .meeting_info_list
        .unwrap_or_default()
}

fn listed_ids(list: &[MeetingDetail]) -> Vec<&str> {
    list.iter()
        .filter_map(|meeting| meeting.meeting_id.as_deref())
        .collect()
}

fn update(userid: &str) -> UpdateMeetingRequest {
    UpdateMeetingRequest::builder()
        .userid(userid)
        .instanceid(InstanceId::Pc)
        .build()
}

#[tokio::test]
async fn an_update_shows_in_get_meeting_and_in_the_list() {
    let server = MockServer::start().await.expect("start");
    let id = create(&server, CREATOR, "before", START).await;
    let mut change = update(CREATOR);
    change.subject = Some("after".to_owned());
    change.start_time = Some(UnixSeconds::new(START + 7200));
    change.end_time = Some(UnixSeconds::new(START + 9000));
    change.hosts = Some(vec![User::from("cohost")]);
    change.password = Some("1234".to_owned());
    let answer = ok::<UpdateMeeting>(&server, &UpdateMeetingPath::new(&id), &change).await;
    let updated = &answer.meeting_info_list.expect("the meeting")[0];
    assert_eq!(updated.meeting_id.as_deref(), Some(id.as_str()));

    let meeting = get(&server, &id).await.expect("get meeting");
    assert_eq!(meeting.subject.as_deref(), Some("after"));
    assert_eq!(meeting.start_time, Some(UnixSeconds::new(START + 7200)));
    assert_eq!(meeting.end_time, Some(UnixSeconds::new(START + 9000)));
    let hosts: Vec<&str> = meeting.hosts.iter().flatten().map(User::userid).collect();
    assert_eq!(hosts, ["cohost"]);
    assert_eq!(
        meeting.password.as_deref(),
        Some("1234"),
        "the creator sees it"
    );

    let list = listed(&server, CREATOR).await;
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].subject.as_deref(), Some("after"));

    // A field left out stays; an empty password removes it; an empty host list gives the hosting back.
    let mut clear = update(CREATOR);
    clear.password = Some(String::new());
    clear.hosts = Some(Vec::new());
    ok::<UpdateMeeting>(&server, &UpdateMeetingPath::new(&id), &clear).await;
    let meeting = get(&server, &id).await.expect("get meeting");
    assert_eq!(meeting.subject.as_deref(), Some("after"));
    assert_eq!(meeting.password, None);
    let hosts: Vec<&str> = meeting.hosts.iter().flatten().map(User::userid).collect();
    assert_eq!(hosts, [CREATOR]);
}

#[tokio::test]
async fn an_update_is_for_the_creator_and_keeps_the_meeting_ending_after_it_starts() {
    let server = MockServer::start().await.expect("start");
    let id = create(&server, CREATOR, "mine", START).await;
    let path = UpdateMeetingPath::new(&id);
    refused::<UpdateMeeting>(
        &server,
        &path,
        &update("someone-else"),
        ErrorCode::NO_PERMISSION,
    )
    .await;
    let mut late_start = update(CREATOR);
    late_start.start_time = Some(UnixSeconds::new(START + 7200));
    let message =
        refused::<UpdateMeeting>(&server, &path, &late_start, ErrorCode::INVALID_PARAMETER).await;
    assert!(message.contains("`end_time`"), "{message}");
    refused::<UpdateMeeting>(
        &server,
        &UpdateMeetingPath::new("1234567890123456789"),
        &update(CREATOR),
        ErrorCode::MEETING_NOT_EXIST,
    )
    .await;
    assert!(server.start_meeting(&id) && server.end_meeting(&id));
    refused::<UpdateMeeting>(
        &server,
        &path,
        &update(CREATOR),
        ErrorCode::MEETING_ENDED_NOT_MODIFIABLE,
    )
    .await;
}

#[tokio::test]
async fn a_cancelled_meeting_leaves_the_list_and_takes_no_more_changes() {
    let server = MockServer::start().await.expect("start");
    let kept = create(&server, CREATOR, "kept", START).await;
    let cancelled = create(&server, CREATOR, "cancelled", START + 60).await;
    assert_eq!(
        listed_ids(&listed(&server, CREATOR).await),
        [&kept, &cancelled]
    );
    let cancel = CancelMeetingRequest::builder()
        .userid(CREATOR)
        .instanceid(InstanceId::Pc)
        .reason_code(1)
        .build();
    ok::<CancelMeeting>(&server, &CancelMeetingPath::new(&cancelled), &cancel).await;

    assert_eq!(listed_ids(&listed(&server, CREATOR).await), [&kept]);
    let meeting = get(&server, &cancelled)
        .await
        .expect("a cancelled meeting is still read");
    assert_eq!(meeting.status, Some(MeetingStatus::Cancelled));
    refused::<UpdateMeeting>(
        &server,
        &UpdateMeetingPath::new(&cancelled),
        &update(CREATOR),
        ErrorCode::MEETING_NOT_EXIST,
    )
    .await;
    let invitees = SetMeetingInviteesRequest::builder()
        .userid(CREATOR)
        .instanceid(InstanceId::Pc)
        .build();
    refused::<SetMeetingInvitees>(
        &server,
        &SetMeetingInviteesPath::new(&cancelled),
        &invitees,
        ErrorCode::MEETING_ID_NOT_FOUND,
    )
    .await;
}

fn dismiss(operator: &str) -> DismissMeetingRequest {
    DismissMeetingRequest::builder()
        .operator_id(operator)
        .operator_id_type(OperatorIdType::Userid)
        .instanceid(InstanceId::Pc)
        .reason_code(1)
        .build()
}

#[tokio::test]
async fn a_dismissed_meeting_leaves_the_list_and_get_meeting_and_joins_the_history() {
    let server = MockServer::start().await.expect("start");
    let id = create(&server, CREATOR, "short", START).await;
    let path = DismissMeetingPath::new(&id);
    refused::<DismissMeeting>(
        &server,
        &path,
        &dismiss(CREATOR),
        ErrorCode::MEETING_NOT_IN_PROGRESS,
    )
    .await;
    assert!(server.join(&id, Participant::new("alice")).is_some());
    refused::<DismissMeeting>(&server, &path, &dismiss("alice"), ErrorCode::NO_PERMISSION).await;
    ok::<DismissMeeting>(&server, &path, &dismiss(CREATOR)).await;

    assert_eq!(server.participants(&id), Some(Vec::new()), "everyone left");
    assert!(listed(&server, CREATOR).await.is_empty());
    assert_eq!(
        get(&server, &id).await.unwrap_err(),
        ErrorCode::MEETING_NOT_EXIST
    );
    refused::<DismissMeeting>(
        &server,
        &path,
        &dismiss(CREATOR),
        ErrorCode::MEETING_NOT_IN_PROGRESS,
    )
    .await;

    let history = |userid: &str| {
        let path = ListHistoryMeetingsPath::new(userid);
        let request = ListHistoryMeetingsRequest::builder()
            .page_size(20)
            .page(1)
            .build();
        (path, request)
    };
    for userid in [CREATOR, "alice"] {
        let (path, request) = history(userid);
        let ended = ok::<ListHistoryMeetings>(&server, &path, &request).await;
        let ids: Vec<&str> = ended
            .meeting_info_list
            .iter()
            .flatten()
            .filter_map(|meeting| meeting.meeting_id.as_deref())
            .collect();
        assert_eq!(ids, [id.as_str()], "{userid} created or attended it");
    }
    let (path, request) = history("bob");
    let ended = ok::<ListHistoryMeetings>(&server, &path, &request).await;
    assert_eq!(ended.total_count, Some(0));
}

#[tokio::test]
async fn invitees_set_are_read_back_page_by_page_and_in_get_meeting() {
    let server = MockServer::start().await.expect("start");
    let id = create(&server, CREATOR, "all hands", START).await;
    let invitees: Vec<MeetingInviteeSpec> = (0..250)
        .map(|n| MeetingInviteeSpec::new(format!("user-{n:03}")))
        .collect();
    let set = SetMeetingInviteesRequest::builder()
        .userid(CREATOR)
        .instanceid(InstanceId::Pc)
        .invitees(invitees.clone())
        .build();
    let answer = ok::<SetMeetingInvitees>(&server, &SetMeetingInviteesPath::new(&id), &set).await;
    assert_eq!(answer.user_non_registered, Some(Vec::new()));

    let path = ListMeetingInviteesPath::new(&id);
    let mut request = ListMeetingInviteesRequest::builder()
        .userid(CREATOR)
        .instanceid(InstanceId::Pc)
        .build();
    let mut read = Vec::new();
    let mut pages = Vec::new();
    loop {
        let page = ok::<ListMeetingInvitees>(&server, &path, &request).await;
        let next = ListMeetingInvitees::next_request(&request, &page);
        let items = ListMeetingInvitees::items(page);
        pages.push(items.len());
        read.extend(items.into_iter().filter_map(|invitee| invitee.userid));
        match next {
            Some(next) => request = next,
            None => break,
        }
    }
    assert_eq!(pages, [200, 50], "at most 200 a page");
    let expected: Vec<String> = invitees
        .iter()
        .map(|invitee| invitee.userid.clone())
        .collect();
    assert_eq!(read, expected);
    let meeting = get(&server, &id).await.expect("get meeting");
    assert_eq!(meeting.participants.map(|users| users.len()), Some(250));

    let not_creator = ListMeetingInviteesRequest::builder()
        .userid("user-000")
        .instanceid(InstanceId::Pc)
        .build();
    refused::<ListMeetingInvitees>(&server, &path, &not_creator, ErrorCode::NO_PERMISSION).await;
    let clear = SetMeetingInviteesRequest::builder()
        .userid(CREATOR)
        .instanceid(InstanceId::Pc)
        .build();
    ok::<SetMeetingInvitees>(&server, &SetMeetingInviteesPath::new(&id), &clear).await;
    let first = ListMeetingInviteesRequest::builder()
        .userid(CREATOR)
        .instanceid(InstanceId::Pc)
        .build();
    let page = ok::<ListMeetingInvitees>(&server, &path, &first).await;
    assert_eq!(
        (page.invitees, page.has_remaining),
        (Some(Vec::new()), Some(false))
    );
}

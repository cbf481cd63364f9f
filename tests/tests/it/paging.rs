//! Walking a paged list with each client's own walker, against the mock's paged lists: every item once, the walk
//! stopping exactly at the last page, each page a call of its own (signed afresh, retried by the endpoint's class),
//! and an error ending the walk as its last item.

use std::collections::BTreeSet;

use http::StatusCode;
use wemeet::InstanceId;
use wemeet::meetings::{
    ListMeetingParticipants, ListMeetingParticipantsPath, ListMeetingParticipantsRequest,
    ListMeetings, ListMeetingsRequest,
};
use wemeet_mock::{Fault, MockServer, Participant};
use wemeet_tests::sample::create_meeting_id;
use wemeet_tests::{AnyClient, FLAVORS, Setup};

/// Meetings the mock lists 20 a page: 45 make two full pages and a third of 5.
const MEETINGS: usize = 45;
const MEETINGS_PAGES: u64 = 3;

fn client(mock: &MockServer, flavor: wemeet_tests::Flavor) -> AnyClient {
    AnyClient::build(flavor, Setup::new(mock.base_url(), mock.credentials())).unwrap()
}

/// Creates [`MEETINGS`] meetings for `userid` and returns their IDs.
fn meetings(client: &AnyClient, userid: &str) -> BTreeSet<String> {
    (0..MEETINGS)
        .map(|_| create_meeting_id(client, userid).unwrap())
        .collect()
}

fn list_meetings(userid: &str) -> ListMeetingsRequest {
    ListMeetingsRequest::builder()
        .userid(userid)
        .instanceid(InstanceId::Pc)
        .build()
}

#[test]
fn every_meeting_is_walked_once_and_the_walk_stops_at_the_last_page() {
    for flavor in FLAVORS {
        let mock = MockServer::start_blocking().unwrap();
        let client = client(&mock, flavor);
        let created = meetings(&client, "pager");
        assert_eq!(created.len(), MEETINGS, "{flavor}: distinct meeting IDs");
        mock.clear_requests();

        let items = client.items::<ListMeetings>(&(), &list_meetings("pager"));
        let walked: Vec<String> = items
            .into_iter()
            .map(|item| item.unwrap().meeting_id.unwrap_or_default())
            .collect();
        assert_eq!(walked.len(), MEETINGS, "{flavor}: each meeting once");
        assert_eq!(
            walked.iter().cloned().collect::<BTreeSet<_>>(),
            created,
            "{flavor}: the meetings created, no other"
        );

        // One call per page and not one more: the last page's answer says none remain.
        let requests = mock.requests();
        assert_eq!(
            mock.ledger().of::<ListMeetings>().received,
            MEETINGS_PAGES,
            "{flavor}"
        );
        // Each page signed afresh: a nonce and a signature of its own.
        let nonces: BTreeSet<_> = requests.iter().map(|r| r.header("X-TC-Nonce")).collect();
        let signatures: BTreeSet<_> = requests
            .iter()
            .map(|r| r.header("X-TC-Signature"))
            .collect();
        assert_eq!(nonces.len(), requests.len(), "{flavor}");
        assert_eq!(signatures.len(), requests.len(), "{flavor}");
        // The pages after the first carry the cursor the answer before gave.
        assert!(
            !requests[0].target.contains("pos="),
            "{flavor}: {}",
            requests[0].target
        );
        for request in &requests[1..] {
            assert!(
                request.target.contains("pos="),
                "{flavor}: {}",
                request.target
            );
        }
    }
}

#[test]
fn a_position_paged_list_pages_by_the_size_asked_for() {
    for flavor in FLAVORS {
        let mock = MockServer::start_blocking().unwrap();
        let client = client(&mock, flavor);
        let meeting_id = create_meeting_id(&client, "host").unwrap();
        for n in 0..120 {
            assert!(
                mock.join(&meeting_id, Participant::new(format!("guest-{n}")))
                    .is_some()
            );
        }
        let request = ListMeetingParticipantsRequest::builder()
            .userid("host")
            .size(50)
            .build();
        let path = ListMeetingParticipantsPath::new(meeting_id.as_str());

        let pages = client.pages::<ListMeetingParticipants>(&path, &request, |_| {});
        let sizes: Vec<usize> = pages
            .into_iter()
            .map(|page| {
                page.unwrap()
                    .into_inner()
                    .participants
                    .unwrap_or_default()
                    .len()
            })
            .collect();
        assert_eq!(sizes, [50, 50, 20], "{flavor}");

        let users: BTreeSet<String> = client
            .items::<ListMeetingParticipants>(&path, &request)
            .into_iter()
            .map(|item| item.unwrap().userid.unwrap_or_default())
            .collect();
        assert_eq!(users.len(), 120, "{flavor}: every participant once");
    }
}

#[test]
fn a_page_that_fails_for_a_moment_is_retried_and_the_walk_goes_on() {
    for flavor in FLAVORS {
        let mock = MockServer::start_blocking().unwrap();
        let client = client(&mock, flavor);
        let created = meetings(&client, "pager");
        let pages = client.pages::<ListMeetings>(&(), &list_meetings("pager"), |page| {
            if page == 1 {
                mock.inject(
                    Fault::error(StatusCode::BAD_GATEWAY, 500_000, "a moment").on::<ListMeetings>(),
                );
            }
        });
        let walked: BTreeSet<String> = pages
            .into_iter()
            .flat_map(|page| {
                page.unwrap()
                    .into_inner()
                    .meeting_info_list
                    .unwrap_or_default()
            })
            .filter_map(|meeting| meeting.meeting_id)
            .collect();
        assert_eq!(walked, created, "{flavor}");
        // Three pages, the second asked twice (list meetings is idempotent).
        assert_eq!(
            mock.ledger().of::<ListMeetings>().received,
            MEETINGS_PAGES + 1,
            "{flavor}"
        );
    }
}

#[test]
fn an_error_ends_the_walk_as_its_last_item() {
    for flavor in FLAVORS {
        let mock = MockServer::start_blocking().unwrap();
        let client = client(&mock, flavor);
        meetings(&client, "pager");
        let pages = client.pages::<ListMeetings>(&(), &list_meetings("pager"), |page| {
            if page == 1 {
                mock.inject(
                    Fault::error(StatusCode::BAD_REQUEST, 190_004, "refused").on::<ListMeetings>(),
                );
            }
        });
        assert_eq!(pages.len(), 2, "{flavor}: the first page, then the error");
        assert!(pages[0].is_ok(), "{flavor}");
        let error = pages[1].as_ref().unwrap_err();
        assert!(error.to_string().contains("190004"), "{flavor}: {error}");
        // Nothing asked after the error.
        assert_eq!(mock.ledger().of::<ListMeetings>().received, 2, "{flavor}");

        // The item walker ends the same way: the items of the first page, then the error, then nothing.
        mock.inject(
            Fault::error(StatusCode::BAD_REQUEST, 190_004, "refused")
                .on::<ListMeetings>()
                .times(1),
        );
        let items = client.items::<ListMeetings>(&(), &list_meetings("pager"));
        assert_eq!(items.len(), 1, "{flavor}: the first page failed");
        assert!(items[0].is_err(), "{flavor}");
    }
}

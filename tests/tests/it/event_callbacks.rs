//! The mock's event callbacks end to end: both clients call the mock, the mock delivers `meeting.created` and
//! `meeting.medium-uploaded` to a receiver built on `wemeet-webhook`, plain and encrypted, retrying on the
//! documented schedule (sped up) until the receiver acknowledges; subscriptions fail as the service's 10002 does.

use std::time::Duration;

use wemeet::{
    AddMeetingBackgrounds, AddMeetingBackgroundsPath, CancelMeeting, CancelMeetingPath,
    CreateMeeting, ErrorCode,
};
use wemeet_mock::{
    DeliveryOutcome, EventDelivery, MockServer, SubscribeError, Subscription, VerificationFailure,
};
use wemeet_testkit::requests;
use wemeet_tests::{
    AnyClient, CallbackReceiver, EventAnswer, FLAVORS, Flavor, Setup, VerificationAnswer,
    eventually,
};
use wemeet_types::{
    AddMeetingBackgroundsRequest, BackgroundImage, CancelMeetingRequest, InstanceId,
};
use wemeet_webhook::{Event, EventTime, MediumType, MeetingCreateFrom, RETRY_DELAYS, Webhook};

const TOKEN: &str = "eventTestToken00000000001";
/// The docs' derived test key (bytes 0 to 31).
const AES_KEY: &str = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8";
const USER: &str = "events-user";
/// The callback clock runs this much faster than the service's.
const SPEED_UP: u32 = 1000;
/// Long enough for anything that should happen; only a failing test waits this long.
const WAIT: Duration = Duration::from_secs(10);

fn webhook(encrypted: bool) -> Webhook {
    Webhook::from_settings(TOKEN, encrypted.then_some(AES_KEY)).unwrap()
}

fn subscription(receiver: &CallbackReceiver, encrypted: bool) -> Subscription {
    Subscription::new(receiver.url(), webhook(encrypted)).speed_up(SPEED_UP)
}

/// A mock whose events go to a fresh receiver.
fn subscribed(encrypted: bool) -> (MockServer, CallbackReceiver) {
    let mock = MockServer::start_blocking().unwrap();
    let receiver = CallbackReceiver::start(webhook(encrypted));
    mock.subscribe_blocking(subscription(&receiver, encrypted))
        .unwrap();
    (mock, receiver)
}

fn client(mock: &MockServer, flavor: Flavor) -> AnyClient {
    AnyClient::build(flavor, Setup::new(mock.base_url(), mock.credentials())).unwrap()
}

/// Creates a meeting; its id and the call's trace id.
fn create(client: &AnyClient) -> (String, String) {
    let created = client
        .send::<CreateMeeting>(&(), &requests::create_meeting(USER))
        .unwrap();
    let trace_id = created.trace_id().unwrap().to_owned();
    let id = created.meeting_info_list.as_ref().unwrap()[0]
        .meeting_id
        .clone()
        .unwrap();
    (id, trace_id)
}

/// Adds backgrounds; the call's trace id.
fn add_backgrounds(client: &AnyClient, id: &str, request: &AddMeetingBackgroundsRequest) -> String {
    let added = client
        .send::<AddMeetingBackgrounds>(&AddMeetingBackgroundsPath::new(id), request)
        .unwrap();
    added.trace_id().unwrap().to_owned()
}

/// The attempts the mock recorded for the event with `trace_id`, once there are `count`.
fn attempts(mock: &MockServer, trace_id: &str, count: usize) -> Vec<EventDelivery> {
    let of_trace = || -> Vec<EventDelivery> {
        mock.deliveries()
            .into_iter()
            .filter(|delivery| delivery.trace_id == trace_id)
            .collect()
    };
    assert!(
        eventually(WAIT, || of_trace().len() >= count),
        "{count} attempts for {trace_id}; recorded: {:?}",
        mock.deliveries()
    );
    of_trace()
}

fn medium_uploaded(event: &Event) -> &wemeet_webhook::MeetingMediumUploadedPayload {
    let Event::MeetingMediumUploaded(uploaded) = event else {
        panic!("not meeting.medium-uploaded: {event:?}")
    };
    &uploaded.payload()[0]
}

#[test]
fn events_reach_the_receiver_plain_and_encrypted_through_both_clients() {
    for encrypted in [false, true] {
        let (mock, receiver) = subscribed(encrypted);
        for flavor in FLAVORS {
            let context = format!("{flavor}, encrypted: {encrypted}");
            let client = client(&mock, flavor);
            let (id, create_trace) = create(&client);
            let stored = mock.meeting(&id).unwrap();

            let arrived = receiver.wait_for("meeting.created", &create_trace, 1, WAIT);
            let Event::MeetingCreated(created) = &arrived[0] else {
                panic!("{context}: {arrived:?}")
            };
            let item = &created.payload()[0];
            assert!(
                item.operate_time
                    .as_ref()
                    .and_then(EventTime::integer)
                    .is_some_and(|millis| millis > 1_600_000_000_000),
                "{context}: operate_time in milliseconds: {item:?}"
            );
            assert_eq!(
                item.operator.as_ref().unwrap().userid.as_deref(),
                Some(USER)
            );
            let info = item.meeting_info.as_ref().unwrap();
            assert_eq!(info.meeting_id.as_deref(), Some(id.as_str()), "{context}");
            assert_eq!(
                info.meeting_code.as_deref(),
                Some(stored.meeting_code.as_str())
            );
            assert_eq!(
                info.subject.as_deref(),
                Some(stored.request.subject.as_str())
            );
            assert_eq!(info.creator.as_ref().unwrap().userid.as_deref(), Some(USER));
            assert_eq!(
                info.start_time,
                Some(EventTime::Integer(u64::from(stored.request.start_time))),
                "{context}: scheduled times in seconds"
            );
            assert_eq!(info.meeting_create_from, Some(MeetingCreateFrom::RestApi));

            let request = requests::add_backgrounds(USER, 2);
            let add_trace = add_backgrounds(&client, &id, &request);
            let arrived = receiver.wait_for("meeting.medium-uploaded", &add_trace, 1, WAIT);
            let item = medium_uploaded(&arrived[0]);
            assert_eq!(item.event_upload_status, Some(true), "{context}");
            let results = item.upload_info.as_deref().unwrap();
            assert_eq!(results.len(), request.image_list.len(), "{context}");
            for (result, image) in results.iter().zip(&request.image_list) {
                assert_eq!(result.upload_status, Some(true), "{context}");
                assert_eq!(result.error_msg.as_deref(), Some(""), "{context}");
                assert_eq!(result.medium_type, Some(MediumType::Picture), "{context}");
                assert_eq!(result.medium_url.as_deref(), Some(image.image_url.as_str()));
            }
            assert_eq!(
                item.meeting_info.as_ref().unwrap().meeting_id.as_deref(),
                Some(id.as_str())
            );

            for trace_id in [&create_trace, &add_trace] {
                let recorded = attempts(&mock, trace_id, 1);
                assert_eq!(recorded.len(), 1, "{context}: {recorded:?}");
                assert_eq!(recorded[0].attempt, 1);
                assert_eq!(recorded[0].outcome, DeliveryOutcome::Acknowledged);
            }
        }
        assert!(receiver.refused().is_empty(), "{:?}", receiver.refused());
        assert_eq!(
            receiver.arrived(),
            receiver.handled(),
            "nothing arrived twice"
        );
    }
}

#[test]
fn a_cancelled_meeting_is_reported_by_meeting_canceled_and_a_refused_cancel_reports_nothing() {
    let (mock, receiver) = subscribed(true);
    for flavor in FLAVORS {
        let client = client(&mock, flavor);
        let (id, _) = create(&client);
        let request = CancelMeetingRequest::builder()
            .userid(USER)
            .instanceid(InstanceId::Pc)
            .reason_code(1)
            .reason_detail("moved to Thursday")
            .build();
        let path = CancelMeetingPath::new(&id);
        let cancelled = client.send::<CancelMeeting>(&path, &request).unwrap();
        let trace_id = cancelled.trace_id().unwrap().to_owned();

        let arrived = receiver.wait_for("meeting.canceled", &trace_id, 1, WAIT);
        let Event::MeetingCanceled(canceled) = &arrived[0] else {
            panic!("{flavor}: {arrived:?}")
        };
        let item = &canceled.payload()[0];
        assert_eq!(
            item.operator.as_ref().unwrap().userid.as_deref(),
            Some(USER)
        );
        assert_eq!(item.cancel_reason.as_deref(), Some("moved to Thursday"));
        let info = item.meeting_info.as_ref().unwrap();
        assert_eq!(info.meeting_id.as_deref(), Some(id.as_str()), "{flavor}");

        let again = client.send::<CancelMeeting>(&path, &request).unwrap_err();
        assert_eq!(
            again.error_code(),
            Some(ErrorCode::MEETING_CANCELLED),
            "{flavor}"
        );
    }
    let canceled = || {
        mock.deliveries()
            .into_iter()
            .filter(|delivery| delivery.event == "meeting.canceled")
            .count()
    };
    assert!(eventually(WAIT, || canceled() >= FLAVORS.len()));
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(canceled(), FLAVORS.len(), "a refused cancel emits no event");
}

#[test]
fn an_event_answered_500_arrives_again_and_is_handled_once() {
    let (mock, receiver) = subscribed(true);
    for flavor in FLAVORS {
        let client = client(&mock, flavor);
        let (id, create_trace) = create(&client);
        receiver.wait_for("meeting.created", &create_trace, 1, WAIT);
        attempts(&mock, &create_trace, 1);

        receiver.script([EventAnswer::Status(500)]);
        let add_trace = add_backgrounds(&client, &id, &requests::add_backgrounds(USER, 2));
        let arrived = receiver.wait_for("meeting.medium-uploaded", &add_trace, 2, WAIT);
        assert_eq!(
            arrived[0], arrived[1],
            "{flavor}: the same event, delivered again"
        );
        let recorded = attempts(&mock, &add_trace, 2);
        let outcomes: Vec<_> = recorded
            .iter()
            .map(|delivery| (delivery.attempt, delivery.outcome.clone()))
            .collect();
        assert_eq!(
            outcomes,
            [
                (1, DeliveryOutcome::Status(500)),
                (2, DeliveryOutcome::Acknowledged)
            ],
            "{flavor}"
        );
        let handled: Vec<_> = receiver
            .handled()
            .into_iter()
            .filter(|event| event.trace_id() == Some(add_trace.as_str()))
            .collect();
        assert_eq!(handled.len(), 1, "{flavor}: handled once");
    }
}

#[test]
fn a_background_the_service_cannot_fetch_is_reported_as_a_failed_upload() {
    let (mock, receiver) = subscribed(false);
    let unreachable = "https://images.invalid/aurora.png";
    for flavor in FLAVORS {
        let client = client(&mock, flavor);
        let (id, _) = create(&client);
        let image = |md5: &str, url: &str| {
            BackgroundImage::builder()
                .image_md5(md5)
                .image_url(url)
                .build()
        };
        let request = AddMeetingBackgroundsRequest::builder()
            .userid(USER)
            .instanceid(InstanceId::Pc)
            .image_list([
                image(
                    "9e107d9d372bb6826bd81d3542a419d6",
                    "https://example.com/harbour.png",
                ),
                image("e4d909c290d0fb1ca068ffaddf22cbd0", unreachable),
            ])
            .build();
        let trace = add_backgrounds(&client, &id, &request);
        let arrived = receiver.wait_for("meeting.medium-uploaded", &trace, 1, WAIT);
        let item = medium_uploaded(&arrived[0]);
        assert_eq!(
            item.event_upload_status,
            Some(false),
            "{flavor}: upload them all again"
        );
        let results = item.upload_info.as_deref().unwrap();
        assert_eq!(results[0].upload_status, Some(true), "{flavor}");
        assert_eq!(results[0].error_msg.as_deref(), Some(""));
        assert_eq!(results[1].upload_status, Some(false), "{flavor}");
        assert_eq!(results[1].medium_url.as_deref(), Some(unreachable));
        let reason = results[1].error_msg.as_deref().unwrap();
        assert!(reason.contains("images.invalid"), "{flavor}: {reason}");
        // The call itself succeeded: the backgrounds are stored, the result comes only as the event.
        assert_eq!(mock.backgrounds(&id).unwrap().len(), 2);
    }
}

#[test]
fn failed_subscriptions_give_the_typed_error_and_subscribe_nothing() {
    let mock = MockServer::start_blocking().unwrap();
    let receiver = CallbackReceiver::start(webhook(true));
    let verification_failure = |answer: VerificationAnswer| -> VerificationFailure {
        receiver.answer_verifications(answer);
        match mock.subscribe_blocking(subscription(&receiver, true)) {
            Err(error @ SubscribeError::VerificationFailed { .. }) => {
                assert_eq!(error.code(), Some(ErrorCode::WEBHOOK_URL_UNAVAILABLE));
                assert!(error.to_string().contains("10002"), "{error}");
                let SubscribeError::VerificationFailed { failure } = error else {
                    unreachable!()
                };
                failure
            }
            other => panic!("{answer:?}: {other:?}"),
        }
    };
    assert_eq!(
        verification_failure(VerificationAnswer::WithNewline),
        VerificationFailure::WrongAnswer
    );
    assert_eq!(
        verification_failure(VerificationAnswer::Status(403)),
        VerificationFailure::Refused { status: 403 }
    );
    assert_eq!(
        verification_failure(VerificationAnswer::After(Duration::from_secs(2))),
        VerificationFailure::Timeout {
            timeout: Subscription::MIN_SPED_UP_TIMEOUT
        }
    );

    // A receiver with another Token refuses the signature.
    receiver.answer_verifications(VerificationAnswer::Correct);
    let other_token = Webhook::from_settings("anotherToken0000000000001", Some(AES_KEY)).unwrap();
    let error = mock
        .subscribe_blocking(Subscription::new(receiver.url(), other_token))
        .unwrap_err();
    assert!(
        matches!(
            &error,
            SubscribeError::VerificationFailed {
                failure: VerificationFailure::Refused { status: 400..=499 }
            }
        ),
        "{error:?}"
    );
    assert_eq!(receiver.refused().len(), 1, "{:?}", receiver.refused());

    // Nobody listens.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let dead_url = format!("http://{}/callback", closed.local_addr().unwrap());
    drop(closed);
    let error = mock
        .subscribe_blocking(Subscription::new(dead_url, webhook(false)))
        .unwrap_err();
    assert!(
        matches!(
            &error,
            SubscribeError::VerificationFailed {
                failure: VerificationFailure::Unreachable { .. }
            }
        ),
        "{error:?}"
    );
    assert_eq!(error.code(), Some(ErrorCode::WEBHOOK_URL_UNAVAILABLE));

    // https: refused before anything is sent.
    let before = receiver.wire_secrets().len();
    let https = receiver.url().replacen("http://", "https://", 1);
    let error = mock
        .subscribe_blocking(Subscription::new(https, webhook(true)))
        .unwrap_err();
    assert_eq!(
        error,
        SubscribeError::UnsupportedScheme {
            scheme: "https".to_owned()
        }
    );
    assert_eq!(error.code(), None);
    assert!(error.to_string().contains("http://"), "{error}");
    assert_eq!(receiver.wire_secrets().len(), before, "nothing was sent");

    // None of these subscribed: a call emits nothing.
    let (_, trace) = create(&client(&mock, Flavor::Blocking));
    std::thread::sleep(Duration::from_millis(100));
    assert!(
        mock.deliveries().is_empty(),
        "{trace}: {:?}",
        mock.deliveries()
    );
    assert!(receiver.arrived().is_empty());
}

#[test]
fn retries_follow_the_documented_schedule_and_stop_after_the_third() {
    // Slower than the other tests, so that the gaps are long next to a busy machine's jitter.
    const FACTOR: u32 = 500;
    let mock = MockServer::start_blocking().unwrap();
    let receiver = CallbackReceiver::start(webhook(false));
    mock.subscribe_blocking(Subscription::new(receiver.url(), webhook(false)).speed_up(FACTOR))
        .unwrap();
    receiver.script([EventAnswer::Status(503); 10]);
    let traces: Vec<String> = FLAVORS
        .iter()
        .map(|flavor| create(&client(&mock, *flavor)).1)
        .collect();
    let delays = RETRY_DELAYS.map(|delay| delay / FACTOR);
    for trace in &traces {
        let recorded = attempts(&mock, trace, 1 + RETRY_DELAYS.len());
        let numbers: Vec<u32> = recorded.iter().map(|delivery| delivery.attempt).collect();
        assert_eq!(numbers, [1, 2, 3, 4]);
        assert!(
            recorded
                .iter()
                .all(|delivery| delivery.outcome == DeliveryOutcome::Status(503)),
            "{recorded:?}"
        );
        for (index, pair) in recorded.windows(2).enumerate() {
            let gap = pair[1].started - pair[0].started;
            assert!(
                gap >= delays[index],
                "retry {}: {gap:?} < {:?}",
                index + 1,
                delays[index]
            );
            // Each gap is shorter than the next documented delay (twice the last one for the last).
            let bound = delays.get(index + 1).copied().unwrap_or(delays[index] * 2);
            assert!(gap < bound, "retry {}: {gap:?} ≥ {bound:?}", index + 1);
        }
    }
    // No fifth attempt, however long one waits past the schedule.
    std::thread::sleep(delays[2] * 2);
    for trace in &traces {
        assert_eq!(attempts(&mock, trace, 4).len(), 4);
    }
}

#[test]
fn every_wrong_answer_is_recorded_and_retried() {
    let (mock, receiver) = subscribed(true);
    receiver.script([
        EventAnswer::Status(502),
        EventAnswer::Body("OK"),
        EventAnswer::After(Duration::from_secs(2)),
    ]);
    let (_, trace) = create(&client(&mock, Flavor::Async));
    let outcomes: Vec<DeliveryOutcome> = attempts(&mock, &trace, 4)
        .into_iter()
        .map(|delivery| delivery.outcome)
        .collect();
    assert_eq!(
        outcomes,
        [
            DeliveryOutcome::Status(502),
            DeliveryOutcome::WrongBody,
            DeliveryOutcome::Timeout,
            DeliveryOutcome::Acknowledged,
        ]
    );
    assert_eq!(receiver.handled().len(), 1);
}

#[test]
fn a_receiver_gone_after_subscribing_is_unreachable_at_every_attempt() {
    let (mock, receiver) = subscribed(false);
    drop(receiver);
    let (_, trace) = create(&client(&mock, Flavor::Blocking));
    let recorded = attempts(&mock, &trace, 4);
    assert!(
        recorded
            .iter()
            .all(|delivery| matches!(delivery.outcome, DeliveryOutcome::Unreachable { .. })),
        "{recorded:?}"
    );
}

#[test]
fn a_receiver_that_never_answers_holds_up_no_call() {
    let mock = MockServer::start_blocking().unwrap();
    let receiver = CallbackReceiver::start(webhook(false));
    // Real time: the delivery waits the whole documented answer timeout.
    mock.subscribe_blocking(Subscription::new(receiver.url(), webhook(false)))
        .unwrap();
    receiver.script([EventAnswer::After(Duration::from_secs(60)); 4]);
    for flavor in FLAVORS {
        let client = client(&mock, flavor);
        let (id, trace) = create(&client);
        receiver.wait_for("meeting.created", &trace, 1, WAIT);
        add_backgrounds(&client, &id, &requests::add_backgrounds(USER, 2));
    }
    assert!(
        mock.deliveries().is_empty(),
        "every call was answered while its event's delivery was still waiting: {:?}",
        mock.deliveries()
    );
}

#[test]
fn stopping_the_mock_ends_its_retries() {
    let (mock, receiver) = subscribed(false);
    receiver.script([EventAnswer::Status(500); 4]);
    let (_, trace) = create(&client(&mock, Flavor::Blocking));
    receiver.wait_for("meeting.created", &trace, 1, WAIT);
    mock.shutdown_blocking();
    let arrived = receiver.arrived().len();
    std::thread::sleep(RETRY_DELAYS.iter().sum::<Duration>() / SPEED_UP * 2);
    assert_eq!(receiver.arrived().len(), arrived, "no retry after the stop");
}

#[test]
fn after_unsubscribing_calls_emit_nothing() {
    let (mock, receiver) = subscribed(false);
    let client = client(&mock, Flavor::Async);
    let (_, trace) = create(&client);
    receiver.wait_for("meeting.created", &trace, 1, WAIT);
    attempts(&mock, &trace, 1);
    mock.unsubscribe();
    create(&client);
    std::thread::sleep(Duration::from_millis(100));
    assert_eq!(receiver.arrived().len(), 1);
    assert_eq!(mock.deliveries().len(), 1);
}

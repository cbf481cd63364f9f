//! No log record, and no `Debug` of what the mock records, carries a secret of the event callbacks.
//!
//! A global subscriber keeps every `tracing` event and `log` record at TRACE (the `tracing-log` bridge, as
//! tracing-subscriber installs it by default) while the mock subscribes a receiver (plain and encrypted, and
//! failing), both clients make calls that emit events, and deliveries succeed, are refused, time out and are
//! retried. Neither the Token, the EncodingAESKey, any signature, any callback body nor any decrypted challenge
//! may appear in what was logged, in an error or in the `Debug` of a subscription, an error or a delivery record.

use std::time::Duration;

use wemeet::{AddMeetingBackgrounds, AddMeetingBackgroundsPath, CreateMeeting};
use wemeet_mock::{MockServer, Subscription};
use wemeet_testkit::requests;
use wemeet_tests::{
    AnyClient, CallbackReceiver, EventAnswer, FLAVORS, Setup, VerificationAnswer,
    capture_everything, eventually,
};
use wemeet_webhook::Webhook;

const TOKEN: &str = "logTestToken0000000000042";
const AES_KEY: &str = "bG9nLXRlc3QtZW5jb2Rpbmcta2V5LW9mLTMyLWJ5dGU";

#[test]
fn no_callback_secret_in_any_log_record_error_or_debug() {
    let logs = capture_everything();
    let mut printed = String::new();
    let mut wire_secrets = Vec::new();
    for key in [None, Some(AES_KEY)] {
        let webhook = Webhook::from_settings(TOKEN, key).unwrap();
        let mock = MockServer::start_blocking().unwrap();
        let receiver = CallbackReceiver::start(webhook.clone());
        let subscription = Subscription::new(receiver.url(), webhook).speed_up(1000);
        printed.push_str(&format!("{subscription:?}"));

        // A failed subscription: its error and its Debug.
        receiver.answer_verifications(VerificationAnswer::WithNewline);
        let error = mock.subscribe_blocking(subscription.clone()).unwrap_err();
        printed.push_str(&format!("{error} {error:?}"));
        receiver.answer_verifications(VerificationAnswer::Correct);
        mock.subscribe_blocking(subscription).unwrap();

        receiver.script([
            EventAnswer::Status(500),
            EventAnswer::Body("received"),
            EventAnswer::After(Duration::from_secs(1)),
        ]);
        for flavor in FLAVORS {
            let client =
                AnyClient::build(flavor, Setup::new(mock.base_url(), mock.credentials())).unwrap();
            let created = client
                .send::<CreateMeeting>(&(), &requests::create_meeting("logger"))
                .unwrap();
            let id = created.meeting_info_list.as_ref().unwrap()[0]
                .meeting_id
                .clone()
                .unwrap();
            client
                .send::<AddMeetingBackgrounds>(
                    &AddMeetingBackgroundsPath::new(id.as_str()),
                    &requests::add_backgrounds("logger", 2),
                )
                .unwrap();
        }
        // Four events, one of them retried three times before it is acknowledged.
        assert!(
            eventually(Duration::from_secs(10), || mock.deliveries().len() == 7),
            "{:?}",
            mock.deliveries()
        );
        printed.push_str(&format!("{:?}", mock.deliveries()));
        wire_secrets.extend(receiver.wire_secrets());
    }

    let text = format!("{}{printed}", logs.text());
    assert!(
        text.contains("wemeet-mock: event delivery attempted"),
        "the deliveries were logged: {text}"
    );
    assert!(
        text.contains("Timeout") && text.contains("WrongBody"),
        "{text}"
    );
    assert!(
        wire_secrets.len() > 14,
        "signatures, bodies and challenges: {wire_secrets:?}"
    );
    for secret in [TOKEN, AES_KEY]
        .into_iter()
        .chain(wire_secrets.iter().map(String::as_str))
    {
        assert!(!text.contains(secret), "{secret} was logged or printed");
    }
}

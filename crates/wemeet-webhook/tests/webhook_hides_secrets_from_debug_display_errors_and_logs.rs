//! The Token, the EncodingAESKey, signatures, bodies and decrypted text never appear in `Debug` or `Display`
//! output, in errors, or in what the crate logs, captured both through `log` and through `tracing`.
//!
//! The test build turns on tracing's `log` feature, with which an event reaches `log` while no tracing
//! subscriber is installed (an application that logs with `log` alone): the same calls run once that way, then
//! again with a subscriber. Not `log-always`: cargo unifies a dev-dependency's features into every build of the
//! workspace that needs dev-dependencies, and there, with `tracing-log` forwarding `log` back into tracing, every
//! event of every crate printed twice (`RUST_LOG=... cargo run --example quickstart`).

use std::io::Write;

use wemeet_testkit::{CapturedLogs, callback_headers};
use wemeet_webhook::{ConfigError, EncodingAesKey, Token, Webhook, WebhookError};

const TOKEN: &str = "SECRETtokenSECRETtoken123";
const KEY: &str = "S3cretK3yS3cretK3yS3cretK3yS3cretK3yS3cretK";
const SUBJECT: &str = "board-meeting-about-the-merger";
const CHALLENGE: &str = "challenge-that-only-the-receiver-may-echo";

/// A `log` logger writing every record, with its key-values, to a [`CapturedLogs`].
struct LogCapture(CapturedLogs);

impl log::Log for LogCapture {
    fn enabled(&self, _: &log::Metadata<'_>) -> bool {
        true
    }

    fn log(&self, record: &log::Record<'_>) {
        let mut sink = self.0.clone();
        let _ = writeln!(
            sink,
            "{} {}: {}",
            record.level(),
            record.target(),
            record.args()
        );
        for (key, value) in record.key_values().to_map().unwrap_or_default() {
            let _ = writeln!(sink, "  {key}={value}");
        }
    }

    fn flush(&self) {}
}

trait ToMap {
    fn to_map(&self) -> Option<Vec<(String, String)>>;
}

impl ToMap for dyn log::kv::Source + '_ {
    fn to_map(&self) -> Option<Vec<(String, String)>> {
        struct Collect(Vec<(String, String)>);
        impl<'kvs> log::kv::VisitSource<'kvs> for Collect {
            fn visit_pair(
                &mut self,
                key: log::kv::Key<'kvs>,
                value: log::kv::Value<'kvs>,
            ) -> Result<(), log::kv::Error> {
                self.0.push((key.to_string(), value.to_string()));
                Ok(())
            }
        }
        let mut collect = Collect(Vec::new());
        self.visit(&mut collect).ok()?;
        Some(collect.0)
    }
}

/// Every entry point, with every outcome: what it printed, and the secrets it handled.
fn exercise() -> (Vec<String>, Vec<String>) {
    let mut printed: Vec<String> = Vec::new();
    let mut forbidden: Vec<String> =
        vec![TOKEN.into(), KEY.into(), SUBJECT.into(), CHALLENGE.into()];
    let event = format!(
        r#"{{"event":"meeting.created","trace_id":"t-9","payload":[{{"meeting_info":{{"subject":"{SUBJECT}"}}}}]}}"#
    );
    forbidden.push(event.clone());

    for key in [None, Some(KEY)] {
        let webhook = Webhook::from_settings(TOKEN, key).unwrap();
        printed.push(format!("{webhook:?} {webhook:#?}"));
        let delivery = webhook.delivery(&event, 1_700_000_000_000, 7);
        let verification = webhook.url_verification(CHALLENGE, 1_700_000_000_000, 8);
        printed.push(format!(
            "{delivery:?} {verification:?} {:?}",
            delivery.headers()
        ));
        for secret in [
            delivery.headers().signature(),
            verification.headers().signature(),
            delivery.body(),
            verification.check_str(),
        ] {
            forbidden.push(secret.to_owned());
            forbidden.push(secret.to_uppercase());
        }
        let data = &delivery.body()[9..delivery.body().len() - 2];
        forbidden.push(data.to_owned());

        // Every outcome, successful or not, through every entry point.
        let h = delivery.headers();
        let ok = |name: &str| h.get(name);
        assert!(
            webhook
                .receive_event(delivery.body().as_bytes(), ok)
                .is_ok()
        );
        let v = verification.headers();
        assert!(
            webhook
                .verify_url(verification.check_str(), |name| v.get(name))
                .is_ok()
        );
        assert!(
            webhook
                .verify_url_query(&verification.query(), |name| v.get(name))
                .is_ok()
        );
        let good_request = delivery.to_request("http://127.0.0.1/").unwrap();
        printed.push(format!("{good_request:?}"));
        let received = webhook.receive(&good_request).unwrap();
        printed.push(format!("{:?}", received.response()));
        let verification_request = verification.to_request("http://127.0.0.1/").unwrap();
        let answered = webhook.receive(&verification_request).unwrap();
        assert_eq!(answered.response().body(), CHALLENGE.as_bytes());
        printed.push(format!("{answered:?} {answered:#?}"));

        let wrong_signature = "0".repeat(40);
        let bad_data_signature = webhook.sign("1", "2", "!!");
        let not_encrypted = Webhook::from_settings(TOKEN, None)
            .unwrap()
            .delivery(&event, 1, 2);
        let other_key =
            Webhook::from_settings(TOKEN, Some("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8"))
                .unwrap()
                .delivery(&event, 1, 2);
        let nh = not_encrypted.headers();
        let oh = other_key.headers();
        let errors: [Option<WebhookError>; 8] = [
            webhook
                .receive_event(
                    delivery.body().as_bytes(),
                    callback_headers("1", "2", &wrong_signature),
                )
                .err(),
            webhook
                .receive_event(delivery.body().as_bytes(), |_| None)
                .err(),
            webhook
                .receive_event(
                    br#"{"data":"!!"}"#,
                    callback_headers("1", "2", &bad_data_signature),
                )
                .err(),
            webhook.receive_event(event.as_bytes(), ok).err(),
            webhook
                .receive_event(not_encrypted.body().as_bytes(), |name| nh.get(name))
                .err(),
            webhook
                .receive_event(other_key.body().as_bytes(), |name| oh.get(name))
                .err(),
            webhook
                .verify_url(
                    verification.check_str(),
                    callback_headers("1", "2", &wrong_signature),
                )
                .err(),
            webhook.verify_url_query("x=1", |name| v.get(name)).err(),
        ];
        let errors: Vec<WebhookError> = errors.into_iter().flatten().collect();
        // Unencrypted, the plain delivery is this subscription's own and the other key's is only base64.
        assert!(errors.len() >= 6, "{errors:?}");
        for error in &errors {
            printed.push(format!("{error} {error:?} {:?}", error.response()));
        }
    }
    let config_errors: Vec<ConfigError> = [
        Token::new(format!("{TOKEN}\n")).map(|_| ()),
        Token::new(&TOKEN[1..]).map(|_| ()),
        EncodingAesKey::new(&format!("{KEY}=")).map(|_| ()),
        EncodingAesKey::new(&KEY.replace('S', "-")).map(|_| ()),
    ]
    .into_iter()
    .filter_map(Result::err)
    .collect();
    assert_eq!(config_errors.len(), 4);
    for error in &config_errors {
        printed.push(format!("{error} {error:?}"));
    }
    printed.push(format!(
        "{:?} {:?}",
        Token::new(TOKEN).unwrap(),
        EncodingAesKey::new(KEY).unwrap()
    ));

    (printed, forbidden)
}

#[test]
fn no_secret_in_debug_display_errors_or_logs() {
    // Through `log` first: no tracing subscriber is installed yet, so tracing hands every event to `log`.
    let logged = CapturedLogs::default();
    log::set_boxed_logger(Box::new(LogCapture(logged.clone()))).unwrap();
    log::set_max_level(log::LevelFilter::Trace);
    let (mut printed, mut forbidden) = exercise();

    // Then through a tracing subscriber (not `init()`: where the workspace builds tracing-subscriber with
    // `tracing-log` (the tests crate does), it would also take the `log` slot, which holds the capture above).
    let traced = CapturedLogs::default();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(traced.clone())
        .with_ansi(false)
        .finish();
    tracing::subscriber::set_global_default(subscriber).unwrap();
    let logged_before = logged.text().len();
    let (more_printed, more_forbidden) = exercise();
    printed.extend(more_printed);
    forbidden.extend(more_forbidden);
    assert_eq!(
        logged.text().len(),
        logged_before,
        "with a subscriber installed, events go to it alone, not to `log` as well"
    );

    let traced = traced.text();
    let logged = logged.text();
    assert!(
        traced.contains("wemeet webhook: event refused"),
        "tracing captured: {traced}"
    );
    assert!(
        logged.contains("wemeet webhook: event refused"),
        "log captured: {logged}"
    );
    assert!(
        logged.contains("URL verification answered"),
        "log captured: {logged}"
    );
    // The key's bytes would show as hex or as a byte list.
    let key_bytes = {
        use base64::Engine as _;
        use base64::engine::general_purpose::{GeneralPurpose, NO_PAD};
        // The key's last character has unused bits set, as most random keys do.
        GeneralPurpose::new(
            &base64::alphabet::STANDARD,
            NO_PAD.with_decode_allow_trailing_bits(true),
        )
        .decode(KEY)
        .unwrap()
    };
    forbidden.push(key_bytes.iter().map(|b| format!("{b:02x}")).collect());
    forbidden.push(
        format!("{:?}", &key_bytes[..8])
            .trim_end_matches(']')
            .to_owned(),
    );
    for text in printed.iter().chain([&traced, &logged]) {
        for secret in &forbidden {
            assert!(
                !text.contains(secret.as_str()),
                "{secret:?} leaked into: {text}"
            );
        }
    }
}

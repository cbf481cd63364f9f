//! Retry and timeout arithmetic holds for any configuration: whatever durations and attempt counts the builder is
//! given (`Duration::MAX` included), driving a call through failures never panics, never pauses longer than the
//! policy allows, never makes more attempts than configured, and stops within the call's budget.

use std::time::Duration;

use http::{HeaderMap, StatusCode};
use proptest::prelude::*;
use wemeet_core::{
    ClientBuilder, Config, Credentials, Error, FromConfig, RawResponse, RetryPolicy, Step,
};
use wemeet_types::{GetMeeting, GetMeetingPath, GetMeetingRequest, InstanceId, OperatorIdType};

struct NoTransport(Config);

impl FromConfig for NoTransport {
    fn from_config(config: Config) -> Result<Self, Error> {
        Ok(NoTransport(config))
    }
}

fn any_duration() -> impl Strategy<Value = Duration> {
    prop_oneof![
        Just(Duration::ZERO),
        Just(Duration::MAX),
        Just(Duration::from_secs(u64::MAX)),
        (0_u64..=u64::MAX, 0_u32..1_000_000_000)
            .prop_map(|(secs, nanos)| Duration::new(secs, nanos)),
        (0_u64..10_000).prop_map(Duration::from_millis),
    ]
}

/// What the scripted transport answers: a gateway error (retried on this idempotent GET), a rate limit (retried
/// once, after its pause) or a success.
fn answer(kind: u8) -> RawResponse {
    let (status, body): (u16, &[u8]) = match kind % 3 {
        0 => (502, b"<html>bad gateway</html>"),
        1 => (
            400,
            br#"{"error_info":{"error_code":190310,"message":"rate limited"}}"#,
        ),
        _ => (200, br#"{"meeting_number":0}"#),
    };
    RawResponse::new(
        StatusCode::from_u16(status).unwrap(),
        HeaderMap::new(),
        body.to_vec(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_configuration_drives_a_call_without_overflow(
        max_attempts in prop_oneof![Just(0_u32), Just(1), Just(3), Just(u32::MAX), 0_u32..20],
        initial in any_duration(),
        max in any_duration(),
        rate_limit_pause in any_duration(),
        jitter in any::<bool>(),
        attempt in any_duration(),
        call in any_duration(),
        connect in any_duration(),
        answers in proptest::collection::vec(any::<u8>(), 1..12),
    ) {
        let policy = RetryPolicy::default()
            .with_max_attempts(max_attempts)
            .with_backoff(initial, max)
            .with_rate_limit_pause(rate_limit_pause)
            .with_jitter(jitter);
        let built = ClientBuilder::<NoTransport>::new()
            .credentials(Credentials::builder().app_id("app").secret_id("sid").secret_key("skey").build())
            .base_url("http://127.0.0.1:9")
            .retry_policy(policy)
            .attempt_timeout(attempt)
            .call_timeout(call)
            .connect_timeout(connect)
            .build();
        let Ok(NoTransport(config)) = built else {
            // A configuration the builder refuses is refused with an error, which is fine.
            return Ok(());
        };
        let request = GetMeetingRequest::builder()
            .operator_id("tester")
            .operator_id_type(OperatorIdType::Userid)
            .instanceid(InstanceId::Pc)
            .build();
        let mut running = config
            .start::<GetMeeting>(&GetMeetingPath::new("1"), &request)
            .unwrap();
        let longest_pause = initial.max(max).max(rate_limit_pause);
        let mut attempts = 0_u32;
        for kind in answers {
            let Ok(attempt) = running.next_attempt() else {
                break; // the call's budget is spent
            };
            attempts += 1;
            prop_assert!(attempt.timeout <= config.timeouts().attempt);
            match running.complete(Ok(answer(kind))) {
                Step::Done(_) => break,
                Step::RetryAfter(pause) => {
                    prop_assert!(pause <= longest_pause, "{pause:?} > {longest_pause:?}");
                    prop_assert!(pause < config.timeouts().call, "a pause beyond the call's budget");
                }
            }
        }
        prop_assert!(attempts <= max_attempts.max(1));
    }
}

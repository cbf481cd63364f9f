//! When a failed attempt is tried again, and after how long.
//!
//! The rules, in order; the classes of error codes come from the vocabulary (`schemas/error-codes.json`) and the
//! retry class of each endpoint from the manifest (`schemas/endpoints.json`):
//! - bad input, an oversized body, configuration errors and a refused TLS certificate are never retried;
//! - a rate limit (class `rate-limit`, e.g. 190310, 190313) gets one retry, after at least
//!   [`RetryPolicy::rate_limit_pause`];
//! - quotas, authentication failures (e.g. an expired signature, 190300) and the caller's or the service's own
//!   errors are never retried;
//! - a request that certainly never reached the server (connect, DNS or TLS failure) is retried on any endpoint;
//! - a request that may have reached the server (timeout, dropped connection, 502/503/504, an error the service
//!   asks to retry) is retried only on an endpoint of class [`RetryClass::Idempotent`]: creating a meeting twice
//!   is worse than reporting a timeout.
//!
//! Every retry is signed anew, with a fresh nonce and timestamp. No configuration can make the arithmetic
//! overflow: pauses saturate.

use std::time::Duration;

use wemeet_types::{ErrorClass, RetryClass};

use crate::Error;

/// How failed attempts are retried. The default: at most 3 attempts, exponential backoff from 0.5 s doubling up
/// to 5 s, with jitter; rate limits wait at least 1 s before their one retry.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct RetryPolicy {
    /// Attempts in all, the first included; 1 disables retries.
    pub max_attempts: u32,
    /// The pause before the first retry; it doubles for each further retry.
    pub initial_backoff: Duration,
    /// The longest pause between two attempts.
    pub max_backoff: Duration,
    /// Whether pauses are randomized (between half and all of the backoff) so that clients spread out.
    pub jitter: bool,
    /// The least pause before retrying a rate-limited call (190310, 190313).
    pub rate_limit_pause: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(5),
            jitter: true,
            rate_limit_pause: Duration::from_secs(1),
        }
    }
}

/// Why a retry happens; recorded in the call's tracing span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RetryReason {
    RateLimited,
    NotSent,
    MayHaveBeenSent,
}

impl RetryPolicy {
    /// No retries: every call makes exactly one attempt.
    pub fn disabled() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..Self::default()
        }
    }

    /// Sets the number of attempts in all (at least 1).
    #[must_use]
    pub fn with_max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// Sets the first pause and the longest pause of the exponential backoff.
    #[must_use]
    pub fn with_backoff(mut self, initial: Duration, max: Duration) -> Self {
        self.initial_backoff = initial;
        self.max_backoff = max;
        self
    }

    /// Turns the randomization of pauses on or off.
    #[must_use]
    pub fn with_jitter(mut self, jitter: bool) -> Self {
        self.jitter = jitter;
        self
    }

    /// Sets the least pause before retrying a rate-limited call.
    #[must_use]
    pub fn with_rate_limit_pause(mut self, pause: Duration) -> Self {
        self.rate_limit_pause = pause;
        self
    }

    /// The pause before the next attempt, or `None` when `error` ends the call.
    ///
    /// `attempts` is the number of attempts made so far (1 after the first), `rate_limit_retries` how many of the
    /// retries so far were for a rate limit.
    pub(crate) fn next_delay(
        &self,
        error: &Error,
        retry: RetryClass,
        attempts: u32,
        rate_limit_retries: u32,
    ) -> Option<(Duration, RetryReason)> {
        if attempts >= self.max_attempts {
            return None;
        }
        let reason = Self::reason(error, retry)?;
        let backoff = self.backoff(attempts);
        match reason {
            RetryReason::RateLimited if rate_limit_retries > 0 => None,
            RetryReason::RateLimited => Some((backoff.max(self.rate_limit_pause), reason)),
            RetryReason::NotSent | RetryReason::MayHaveBeenSent => Some((backoff, reason)),
        }
    }

    fn reason(error: &Error, retry: RetryClass) -> Option<RetryReason> {
        let may_have_been_sent = retry
            .is_idempotent()
            .then_some(RetryReason::MayHaveBeenSent);
        match error {
            Error::Api { error_code, .. } => match error_code.class() {
                Some(ErrorClass::RateLimit) => Some(RetryReason::RateLimited),
                Some(ErrorClass::Transient) => may_have_been_sent,
                Some(ErrorClass::Auth | ErrorClass::Quota) => None,
                _ if error.is_retryable() => may_have_been_sent,
                _ => None,
            },
            Error::Transport(transport) if !transport.is_retryable() => None,
            Error::Transport(transport) if !transport.may_have_reached_server() => {
                Some(RetryReason::NotSent)
            }
            Error::Transport(_) => may_have_been_sent,
            Error::Decode { .. } if error.is_retryable() => may_have_been_sent,
            _ => None,
        }
    }

    /// The backoff after `attempts` attempts: `initial × 2^(attempts-1)`, capped, with jitter in `[½, 1]` of it.
    /// Saturates instead of overflowing, whatever the configuration.
    fn backoff(&self, attempts: u32) -> Duration {
        let exponent = attempts.saturating_sub(1).min(31);
        let base = self
            .initial_backoff
            .saturating_mul(1 << exponent)
            .min(self.max_backoff);
        if self.jitter {
            // `mul_f64` panics when the product does not fit a `Duration` (floating-point rounding of a huge
            // backoff can do that); the fallible conversion keeps the unjittered backoff instead.
            Duration::try_from_secs_f64(base.as_secs_f64() * (0.5 + unit_random() * 0.5))
                .map_or(base, |jittered| jittered.min(base))
        } else {
            base
        }
    }
}

/// A random number in `[0, 1)` from the operating system's generator (already linked for nonces), or ½ if it fails.
fn unit_random() -> f64 {
    let mut bits = [0_u8; 8];
    match getrandom::getrandom(&mut bits) {
        // The top 53 bits, scaled: every value a double can hold exactly in [0, 1).
        Ok(()) => (u64::from_le_bytes(bits) >> 11) as f64 / (1_u64 << 53) as f64,
        Err(_) => 0.5,
    }
}

#[cfg(test)]
mod tests {
    use http::StatusCode;

    use super::*;
    use crate::{TransportError, TransportErrorKind};

    fn api(status: u16, code: i64) -> Error {
        Error::Api {
            status: StatusCode::from_u16(status).unwrap(),
            error_code: code.into(),
            new_error_code: None,
            message: "m".into(),
            trace_id: None,
        }
    }

    fn transport(kind: TransportErrorKind) -> Error {
        Error::Transport(TransportError::new(kind, "boom"))
    }

    const IF_NOT_SENT: RetryClass = RetryClass::IfNotSent;
    const IDEMPOTENT: RetryClass = RetryClass::Idempotent;

    fn steady() -> RetryPolicy {
        RetryPolicy::default().with_jitter(false)
    }

    #[test]
    fn backoff_doubles_from_half_a_second_up_to_five() {
        let policy = steady().with_max_attempts(10);
        let delays: Vec<_> = (1..=6)
            .map(|attempt| {
                policy
                    .next_delay(
                        &transport(TransportErrorKind::Connect),
                        IF_NOT_SENT,
                        attempt,
                        0,
                    )
                    .unwrap()
                    .0
            })
            .collect();
        let ms: Vec<_> = delays.iter().map(Duration::as_millis).collect();
        assert_eq!(ms, [500, 1000, 2000, 4000, 5000, 5000]);
    }

    #[test]
    fn jitter_stays_between_half_and_all_of_the_backoff() {
        let policy = RetryPolicy::default();
        for _ in 0..200 {
            let (delay, _) = policy
                .next_delay(&transport(TransportErrorKind::Connect), IF_NOT_SENT, 2, 0)
                .unwrap();
            assert!(
                delay >= Duration::from_millis(500) && delay <= Duration::from_millis(1000),
                "{delay:?}"
            );
        }
    }

    #[test]
    fn a_refused_certificate_is_never_retried() {
        let error = transport(TransportErrorKind::Certificate);
        assert!(!error.may_have_reached_server());
        assert!(!error.is_retryable());
        for class in [IF_NOT_SENT, IDEMPOTENT] {
            assert!(steady().next_delay(&error, class, 1, 0).is_none());
        }
    }

    #[test]
    fn at_most_three_attempts_by_default() {
        let error = transport(TransportErrorKind::Connect);
        assert!(steady().next_delay(&error, IF_NOT_SENT, 2, 0).is_some());
        assert!(steady().next_delay(&error, IF_NOT_SENT, 3, 0).is_none());
        assert!(
            RetryPolicy::disabled()
                .next_delay(&error, IDEMPOTENT, 1, 0)
                .is_none()
        );
    }

    #[test]
    fn a_create_is_retried_only_when_it_never_left() {
        assert!(
            steady()
                .next_delay(&transport(TransportErrorKind::Connect), IF_NOT_SENT, 1, 0)
                .is_some()
        );
        for kind in [TransportErrorKind::Timeout, TransportErrorKind::Interrupted] {
            assert!(
                steady()
                    .next_delay(&transport(kind), IF_NOT_SENT, 1, 0)
                    .is_none(),
                "{kind:?}"
            );
            assert!(
                steady()
                    .next_delay(&transport(kind), IDEMPOTENT, 1, 0)
                    .is_some(),
                "{kind:?}"
            );
        }
        assert!(
            steady()
                .next_delay(&api(503, 1), IF_NOT_SENT, 1, 0)
                .is_none()
        );
        assert!(
            steady()
                .next_delay(&api(503, 1), IDEMPOTENT, 1, 0)
                .is_some()
        );
    }

    #[test]
    fn rate_limits_wait_at_least_a_second_and_are_retried_once() {
        for code in [190310, 190313] {
            let (delay, reason) = steady()
                .next_delay(&api(400, code), IF_NOT_SENT, 1, 0)
                .unwrap();
            assert_eq!(reason, RetryReason::RateLimited);
            assert!(delay >= Duration::from_secs(1));
            assert!(
                steady()
                    .next_delay(&api(400, code), IF_NOT_SENT, 2, 1)
                    .is_none()
            );
        }
    }

    #[test]
    fn quotas_expired_signatures_and_request_errors_are_final() {
        for code in [190311, 500029, 500168, 190300, 190004, 200003] {
            assert!(
                steady()
                    .next_delay(&api(400, code), IDEMPOTENT, 1, 0)
                    .is_none(),
                "{code}"
            );
            assert!(
                steady()
                    .next_delay(&api(502, code), IF_NOT_SENT, 1, 0)
                    .is_none(),
                "{code}"
            );
        }
    }
}

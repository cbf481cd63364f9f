//! The clock of the event callbacks: the documented retry delays and answer timeouts, optionally sped up for tests.

use std::time::Duration;

use wemeet_webhook::{EVENT_ANSWER_TIMEOUT, RETRY_DELAYS, URL_VERIFICATION_TIMEOUT};

/// How fast the callback clock runs: the documented delays and timeouts divided by a factor (1: real time).
///
/// Timeouts are divided too, but never below [`MIN_SCALED_TIMEOUT`]: a receiver on a busy test machine must not
/// be failed for the machine's slowness. Delays have no floor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Pace {
    factor: u32,
}

/// The shortest a sped-up timeout becomes (a documented timeout shorter than this stays as documented).
pub(crate) const MIN_SCALED_TIMEOUT: Duration = Duration::from_millis(250);

impl Pace {
    /// The documented times divided by `factor` (0 counts as 1).
    pub(crate) fn new(factor: u32) -> Self {
        Self {
            factor: factor.max(1),
        }
    }

    /// The speed-up factor.
    pub(crate) fn factor(self) -> u32 {
        self.factor
    }

    /// The waits before the retries of an event delivery ([`RETRY_DELAYS`], scaled).
    pub(crate) fn retry_delays(self) -> impl Iterator<Item = Duration> {
        RETRY_DELAYS
            .into_iter()
            .map(move |delay| delay / self.factor)
    }

    /// How long a delivery's answer is awaited ([`EVENT_ANSWER_TIMEOUT`], scaled).
    pub(crate) fn answer_timeout(self) -> Duration {
        self.timeout(EVENT_ANSWER_TIMEOUT)
    }

    /// How long the URL verification's answer is awaited ([`URL_VERIFICATION_TIMEOUT`], scaled).
    pub(crate) fn verification_timeout(self) -> Duration {
        self.timeout(URL_VERIFICATION_TIMEOUT)
    }

    fn timeout(self, documented: Duration) -> Duration {
        (documented / self.factor).max(MIN_SCALED_TIMEOUT.min(documented))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_time_is_the_documented_schedule() {
        let pace = Pace::new(1);
        assert_eq!(pace.retry_delays().collect::<Vec<_>>(), RETRY_DELAYS);
        assert_eq!(pace.answer_timeout(), EVENT_ANSWER_TIMEOUT);
        assert_eq!(pace.verification_timeout(), URL_VERIFICATION_TIMEOUT);
        assert_eq!(Pace::new(0), pace);
    }

    #[test]
    fn speeding_up_divides_the_delays_and_the_timeouts_down_to_a_floor() {
        let pace = Pace::new(60);
        let delays: Vec<_> = pace.retry_delays().collect();
        assert_eq!(
            delays,
            RETRY_DELAYS.map(|delay| delay / 60),
            "1, 3 and 6 minutes become 1, 3 and 6 seconds"
        );
        let tenfold = Pace::new(10);
        assert_eq!(tenfold.answer_timeout(), EVENT_ANSWER_TIMEOUT / 10);
        assert_eq!(
            tenfold.verification_timeout(),
            URL_VERIFICATION_TIMEOUT / 10
        );
        let fast = Pace::new(100_000);
        assert_eq!(fast.answer_timeout(), MIN_SCALED_TIMEOUT);
        assert_eq!(fast.verification_timeout(), MIN_SCALED_TIMEOUT);
        assert!(fast.retry_delays().all(|delay| delay < MIN_SCALED_TIMEOUT));
    }
}

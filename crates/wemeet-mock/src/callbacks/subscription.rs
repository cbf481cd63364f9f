//! An event subscription (消息通知) of the mock: where its callbacks go, how they are signed, and how fast their
//! clock runs; and why subscribing can fail.

use std::fmt;
use std::time::Duration;

use wemeet_types::ErrorCode;
use wemeet_webhook::Webhook;

use crate::callbacks::pace::Pace;

/// An event subscription: the callback URL, and the Token and optional EncodingAESKey ([`Webhook`]) the
/// callbacks are signed and encrypted with. Give it to [`MockServer::subscribe`](crate::MockServer::subscribe).
///
/// The mock then does what the service does: a URL verification when subscribing, and after each call that
/// emits an event (a create emits `meeting.created`, for one) a signed (and, with a key, encrypted) `POST`,
/// retried after [`RETRY_DELAYS`](wemeet_webhook::RETRY_DELAYS) until the receiver acknowledges it. Tests make that
/// clock faster with [`speed_up`](Self::speed_up).
///
/// `Debug` shows the URL, whether events are encrypted and the speed-up, never the Token or the key.
///
/// ```
/// use wemeet_mock::Subscription;
/// use wemeet_webhook::Webhook;
///
/// let webhook = Webhook::from_settings("bVPU6F8Htxl5XkAbp3jGV2xWp", None).unwrap();
/// // Retries a thousand times sooner than the service does.
/// let subscription = Subscription::new("http://127.0.0.1:2306/callback", webhook).speed_up(1000);
/// assert!(!format!("{subscription:?}").contains("bVPU6F8"));
/// ```
#[derive(Clone)]
pub struct Subscription {
    url: String,
    webhook: Webhook,
    pace: Pace,
}

impl Subscription {
    /// The shortest a sped-up answer timeout becomes.
    pub const MIN_SPED_UP_TIMEOUT: Duration = crate::callbacks::pace::MIN_SCALED_TIMEOUT;

    /// Callbacks to `url` (an absolute `http://` URL: the mock has no TLS client), signed and encrypted with the
    /// settings of `webhook`, on the documented clock.
    pub fn new(url: impl Into<String>, webhook: Webhook) -> Self {
        Self {
            url: url.into(),
            webhook,
            pace: Pace::new(1),
        }
    }

    /// Runs the callback clock `factor` times faster: the retry delays
    /// ([`RETRY_DELAYS`](wemeet_webhook::RETRY_DELAYS)) and the answer timeouts
    /// ([`EVENT_ANSWER_TIMEOUT`](wemeet_webhook::EVENT_ANSWER_TIMEOUT),
    /// [`URL_VERIFICATION_TIMEOUT`](wemeet_webhook::URL_VERIFICATION_TIMEOUT)) are divided by `factor`. Timeouts
    /// stop at [`MIN_SPED_UP_TIMEOUT`](Self::MIN_SPED_UP_TIMEOUT), so that a receiver on a busy test machine is
    /// not failed for the machine's slowness. 0 and 1 mean real time, the default.
    #[must_use]
    pub fn speed_up(mut self, factor: u32) -> Self {
        self.pace = Pace::new(factor);
        self
    }

    /// The callback URL.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The Token and EncodingAESKey the callbacks are signed and encrypted with.
    pub fn webhook(&self) -> &Webhook {
        &self.webhook
    }

    /// How many times faster than real time the callback clock runs.
    pub fn speed_up_factor(&self) -> u32 {
        self.pace.factor()
    }

    pub(crate) fn pace(&self) -> Pace {
        self.pace
    }
}

impl fmt::Debug for Subscription {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Subscription")
            .field("url", &self.url)
            .field("encrypted", &self.webhook.is_encrypted())
            .field("speed_up", &self.pace.factor())
            .finish()
    }
}

/// Why a subscription was refused. Nothing was subscribed: events go where they went before (or nowhere).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SubscribeError {
    /// The callback URL is not an absolute `http://` URL with a host; nothing was sent.
    #[error("invalid callback URL: {problem}")]
    InvalidUrl {
        /// What is wrong with it.
        problem: String,
    },
    /// The callback URL's scheme is not `http` (an `https://` URL, say); nothing was sent.
    #[error(
        "the callback URL must start with http://, not {scheme}://: wemeet-mock has no TLS client (put a \
         plain-http receiver on 127.0.0.1 in front of your tests)"
    )]
    UnsupportedScheme {
        /// The URL's scheme.
        scheme: String,
    },
    /// The URL verification failed, as saving the subscription fails on the service with error 10002
    /// ([`ErrorCode::WEBHOOK_URL_UNAVAILABLE`]).
    #[error("error {}: the callback URL is unavailable (通知 URL 不可用): the URL verification {failure}", ErrorCode::WEBHOOK_URL_UNAVAILABLE.get())]
    VerificationFailed {
        /// How the verification failed.
        failure: VerificationFailure,
    },
}

impl SubscribeError {
    /// The service's error code for this failure: 10002 for a failed URL verification; `None` for a URL the
    /// mock refuses before sending anything.
    pub fn code(&self) -> Option<ErrorCode> {
        match self {
            Self::VerificationFailed { .. } => Some(ErrorCode::WEBHOOK_URL_UNAVAILABLE),
            Self::InvalidUrl { .. } | Self::UnsupportedScheme { .. } => None,
        }
    }
}

/// How a URL verification failed: the receiver must answer HTTP 200 with exactly the challenge, in time.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum VerificationFailure {
    /// The receiver answered with another status than 200.
    #[error("was refused: the receiver answered HTTP {status}")]
    Refused {
        /// The status it answered with.
        status: u16,
    },
    /// The receiver answered 200 with a body other than the challenge (quotes or a newline added, say).
    #[error("got a wrong answer: HTTP 200, but the body is not exactly the decoded check_str")]
    WrongAnswer,
    /// No complete answer within the timeout.
    #[error("timed out: no complete answer within {timeout:?}")]
    Timeout {
        /// The timeout: [`URL_VERIFICATION_TIMEOUT`](wemeet_webhook::URL_VERIFICATION_TIMEOUT), sped up as the
        /// subscription says.
        timeout: Duration,
    },
    /// No connection could be made, or it broke before a complete answer.
    #[error("could not reach the receiver: {reason}")]
    Unreachable {
        /// The connection error.
        reason: String,
    },
}

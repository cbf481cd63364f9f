//! Subscribing: the URL verification `GET` the service sends when a subscription is saved.

use crate::callbacks::http_client::{self, Answer};
use crate::callbacks::subscription::{SubscribeError, Subscription, VerificationFailure};
use crate::callbacks::url::CallbackUrl;

/// Sends the URL verification of `subscription` to `url`: a `GET` with the `check_str` of a fresh random
/// challenge and the signed headers. The receiver must answer HTTP 200 with exactly the challenge within the
/// verification timeout; anything else is the service's error 10002.
pub(crate) async fn verify(
    subscription: &Subscription,
    url: &CallbackUrl,
) -> Result<(), SubscribeError> {
    let challenge = format!("{:032x}", crate::random::u128());
    let (timestamp, nonce) = http_client::stamp();
    let verification = subscription
        .webhook()
        .url_verification(&challenge, timestamp, nonce);
    let request = verification
        .to_request(&url.target)
        .map_err(|_| SubscribeError::InvalidUrl {
            problem: "its path and query do not make a request target".to_owned(),
        })?;
    let timeout = subscription.pace().verification_timeout();
    let failure = match http_client::send(url, request, challenge.as_bytes(), timeout).await {
        Answer::Expected => {
            tracing::debug!(url = url.authority, "wemeet-mock: URL verification passed");
            return Ok(());
        }
        Answer::Status(status) => VerificationFailure::Refused { status },
        Answer::WrongBody => VerificationFailure::WrongAnswer,
        Answer::Timeout => VerificationFailure::Timeout { timeout },
        Answer::Unreachable(reason) => VerificationFailure::Unreachable { reason },
    };
    let error = SubscribeError::VerificationFailed { failure };
    tracing::warn!(%error, "wemeet-mock: subscription refused");
    Err(error)
}
